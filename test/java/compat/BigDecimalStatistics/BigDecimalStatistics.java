import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Sales statistics over exact decimal amounts: totals, mean, deviation, median, buckets, duplicates. */
public class BigDecimalStatistics {
    static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);

    record Sale(String region, BigDecimal amount) {}

    public static void main(String[] args) {
        Random rnd = new Random(31337);
        String[] regions = {"north", "south", "east", "west"};
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            BigDecimal amount = BigDecimal.valueOf(rnd.nextInt(500000), 2);
            if (i % 37 == 0) amount = amount.setScale(3); // same value, different scale
            sales.add(new Sale(regions[rnd.nextInt(regions.length)], amount));
        }
        BigDecimal total = sales.stream().map(Sale::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal n = BigDecimal.valueOf(sales.size());
        BigDecimal mean = total.divide(n, MC);
        BigDecimal sumSq = BigDecimal.ZERO;
        for (Sale s : sales) {
            BigDecimal d = s.amount().subtract(mean);
            sumSq = sumSq.add(d.multiply(d));
        }
        BigDecimal variance = sumSq.divide(n.subtract(BigDecimal.ONE), MC);
        BigDecimal stddev = variance.sqrt(MC);
        System.out.println("count " + sales.size() + " total " + total + " mean " + mean.setScale(4, RoundingMode.HALF_EVEN));
        System.out.println("variance " + variance + " stddev " + stddev + " (" + stddev.round(new MathContext(5)) + ")");
        List<BigDecimal> sorted = sales.stream().map(Sale::amount).sorted().collect(Collectors.toList());
        BigDecimal median = sorted.get(199).add(sorted.get(200)).divide(BigDecimal.valueOf(2));
        System.out.println("min " + sorted.get(0) + " max " + sorted.get(sorted.size() - 1) + " median " + median
                + " max via Collections " + Collections.max(sorted));
        Map<String, BigDecimal> byRegion = new TreeMap<>();
        for (Sale s : sales) byRegion.merge(s.region(), s.amount(), BigDecimal::add);
        for (Map.Entry<String, BigDecimal> e : byRegion.entrySet()) {
            BigDecimal share = e.getValue().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
            System.out.println("  " + e.getKey() + " " + e.getValue() + " = " + share + "%");
        }
        // Buckets of 500.00 width by divideToIntegralValue.
        Map<BigDecimal, Integer> buckets = new TreeMap<>();
        BigDecimal width = new BigDecimal("500.00");
        for (Sale s : sales) buckets.merge(s.amount().divideToIntegralValue(width).setScale(0, RoundingMode.UNNECESSARY), 1, Integer::sum);
        StringBuilder hist = new StringBuilder("histogram:");
        for (Map.Entry<BigDecimal, Integer> e : buckets.entrySet()) hist.append(' ').append(e.getKey().multiply(width).toPlainString()).append('=').append(e.getValue());
        System.out.println(hist);
        // equals vs compareTo: HashSet keeps 1.50 and 1.500 apart, TreeSet merges them.
        HashSet<BigDecimal> hashed = new HashSet<>();
        TreeSet<BigDecimal> tree = new TreeSet<>();
        HashSet<BigDecimal> stripped = new HashSet<>();
        for (Sale s : sales) {
            hashed.add(s.amount());
            tree.add(s.amount());
            stripped.add(s.amount().stripTrailingZeros());
        }
        System.out.println("distinct: hash " + hashed.size() + ", tree " + tree.size() + ", stripped hash " + stripped.size());
        Map<Integer, Long> scales = sales.stream().collect(Collectors.groupingBy(s -> s.amount().scale(), TreeMap::new, Collectors.counting()));
        System.out.println("scales " + scales);
        Map<BigDecimal, Integer> counts = new HashMap<>();
        for (Sale s : sales) counts.merge(s.amount().setScale(2), 1, Integer::sum);
        int dupes = 0;
        for (int c : counts.values()) if (c > 1) dupes++;
        System.out.println("duplicated amounts after normalizing scale: " + dupes);
        BigDecimal avgAsDouble = BigDecimal.valueOf(sorted.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0));
        System.out.println("double average " + avgAsDouble + " differs from exact by " + avgAsDouble.subtract(mean).abs().round(new MathContext(3)));
        System.out.println("sum of squares digits " + sumSq.precision() + " scale " + sumSq.scale() + " eng " + sumSq.round(new MathContext(6)).toEngineeringString());
    }
}
