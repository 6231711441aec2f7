import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Quarterly sales report over an in-program dataset: grouping, partitioning, toMap merges, summaries and rankings. */
public class StreamSalesReport {
    enum Region { NORTH, SOUTH, EAST, WEST }

    record Sale(int id, String rep, Region region, String product, int quarter, int units, double unitPrice) {
        double revenue() { return units * unitPrice; }
    }

    static List<Sale> dataset() {
        String[] reps = {"ana", "bo", "cleo", "dev", "eli"};
        String[] products = {"widget", "gadget", "doohickey", "gizmo"};
        double[] prices = {2.5, 12.0, 7.25, 30.0};
        java.util.Random rnd = new java.util.Random(17);
        return java.util.stream.IntStream.rangeClosed(1, 60).mapToObj(i -> {
            int p = rnd.nextInt(products.length);
            return new Sale(i, reps[rnd.nextInt(reps.length)], Region.values()[rnd.nextInt(4)], products[p], 1 + rnd.nextInt(4), 1 + rnd.nextInt(40), prices[p]);
        }).toList();
    }

    static String money(double d) { return "$" + Math.round(d * 100) / 100.0; }

    public static void main(String[] args) {
        List<Sale> sales = dataset();
        System.out.println(sales.size() + " sales, first " + sales.get(0));
        Map<Region, Double> byRegion = sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.summingDouble(Sale::revenue)));
        byRegion.forEach((r, v) -> System.out.println("  " + r + " " + money(v)));
        Map<Integer, Map<String, Integer>> unitsByQuarterProduct = sales.stream().collect(
            Collectors.groupingBy(Sale::quarter, TreeMap::new, Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.summingInt(Sale::units))));
        System.out.println("units by quarter/product " + unitsByQuarterProduct);
        Map<Boolean, Long> bigDeals = sales.stream().collect(Collectors.partitioningBy(s -> s.revenue() >= 200, Collectors.counting()));
        System.out.println("deals >= $200: " + bigDeals);
        Map<String, Double> repTotals = sales.stream().collect(Collectors.toMap(Sale::rep, Sale::revenue, Double::sum, TreeMap::new));
        System.out.println("rep totals " + repTotals.entrySet().stream().map(e -> e.getKey() + "=" + money(e.getValue())).collect(Collectors.joining(", ", "{", "}")));
        List<String> ranking = repTotals.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(Map.Entry::getKey).toList();
        System.out.println("ranking " + ranking);
        IntSummaryStatistics unitStats = sales.stream().mapToInt(Sale::units).summaryStatistics();
        DoubleSummaryStatistics revStats = sales.stream().collect(Collectors.summarizingDouble(Sale::revenue));
        System.out.println(unitStats);
        System.out.println("revenue count=" + revStats.getCount() + " min=" + revStats.getMin() + " max=" + revStats.getMax() + " avg=" + money(revStats.getAverage()) + " sum=" + money(revStats.getSum()));
        Map<String, Optional<Sale>> biggestPerProduct = sales.stream().collect(Collectors.groupingBy(Sale::product, TreeMap::new, Collectors.maxBy(Comparator.comparingDouble(Sale::revenue))));
        biggestPerProduct.forEach((p, s) -> System.out.println("  biggest " + p + ": #" + s.map(Sale::id).orElse(-1) + " " + s.map(x -> money(x.revenue())).orElse("-")));
        Map<Region, List<Integer>> idsByRegion = sales.stream().filter(s -> s.quarter() == 4)
            .collect(Collectors.groupingBy(Sale::region, () -> new java.util.EnumMap<>(Region.class), Collectors.mapping(Sale::id, Collectors.toList())));
        System.out.println("Q4 ids " + idsByRegion);
        Map<String, Long> productMix = sales.stream().collect(Collectors.groupingBy(Sale::product, LinkedHashMap::new, Collectors.counting()));
        System.out.println("mix in first-seen order " + productMix);
        double avgPrice = sales.stream().collect(Collectors.averagingDouble(Sale::unitPrice));
        String topThree = sales.stream().sorted(Comparator.comparingDouble(Sale::revenue).reversed().thenComparingInt(Sale::id)).limit(3)
            .map(s -> "#" + s.id() + "(" + s.rep() + "," + money(s.revenue()) + ")").collect(Collectors.joining(" "));
        System.out.println("avg unit price " + avgPrice + ", top three " + topThree);
        var result = sales.stream().collect(Collectors.teeing(Collectors.summingInt(Sale::units), Collectors.counting(), (u, c) -> (double) u / c));
        System.out.println("units per sale " + result);
        String quarters = Stream.of(1, 2, 3, 4).map(q -> "Q" + q + ":" + sales.stream().filter(s -> s.quarter() == q).count()).collect(Collectors.joining("|"));
        System.out.println(quarters);
        Map<String, Set> reps = null;
        System.out.println(reps == null ? "reps by region " + sales.stream().collect(Collectors.groupingBy(Sale::region, TreeMap::new,
            Collectors.mapping(Sale::rep, Collectors.toCollection(java.util.TreeSet::new)))) : "");
    }

    interface Set {}
}
