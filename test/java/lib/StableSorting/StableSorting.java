import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Sorting records by several keys: List.sort and Arrays.sort on objects are stable; large random inputs check the merge paths. */
public class StableSorting {
    record Order(int id, String customer, int amountCents, int day) {}

    public static void main(String[] args) {
        Random rnd = new Random(11);
        String[] customers = {"acme", "globex", "initech", "umbrella", "hooli"};
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 40; i++) orders.add(new Order(i, customers[rnd.nextInt(customers.length)], 100 * rnd.nextInt(20), 1 + rnd.nextInt(5)));
        List<Order> byDay = new ArrayList<>(orders);
        byDay.sort(Comparator.comparingInt(Order::day));
        StringBuilder sb = new StringBuilder();
        for (Order o : byDay) sb.append(o.day()).append(':').append(o.id()).append(' ');
        System.out.println("stable by day: " + sb.toString().trim());
        List<Order> multi = new ArrayList<>(orders);
        multi.sort(Comparator.comparing(Order::customer).thenComparing(Order::amountCents, Comparator.reverseOrder()));
        for (Order o : multi.subList(0, 12)) System.out.println("  " + o);
        Order[] array = orders.toArray(new Order[0]);
        Arrays.sort(array, Comparator.comparingInt(o -> o.amountCents() / 500));
        sb.setLength(0);
        for (Order o : array) sb.append(o.id()).append(' ');
        System.out.println("bucketed by amount/500: " + sb.toString().trim());
        int[] big = new int[20000];
        for (int i = 0; i < big.length; i++) big[i] = rnd.nextInt(1000) - 500;
        Integer[] boxed = new Integer[big.length];
        for (int i = 0; i < big.length; i++) boxed[i] = big[i];
        Arrays.sort(big);
        Arrays.sort(boxed, Collections.reverseOrder());
        boolean ascending = true, descending = true;
        for (int i = 1; i < big.length; i++) {
            ascending &= big[i - 1] <= big[i];
            descending &= boxed[i - 1] >= boxed[i];
        }
        long checksum = 0;
        for (int i = 0; i < big.length; i += 997) checksum = checksum * 31 + big[i];
        System.out.println("ascending " + ascending + " descending " + descending + " checksum " + checksum + " min " + big[0] + " max " + boxed[0]);
        double[] ds = new double[10000];
        for (int i = 0; i < ds.length; i++) ds[i] = rnd.nextGaussian();
        Arrays.sort(ds);
        System.out.println("median gaussian " + ds[ds.length / 2] + " p99 " + ds[(int) (ds.length * 0.99)]);
        List<String> words = new ArrayList<>(List.of("pear", "Fig", "apple", "fig", "Apple", "banana", "kiwi", "Kiwi"));
        words.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive stable " + words);
        String[] strs = new String[2000];
        for (int i = 0; i < strs.length; i++) strs[i] = Integer.toString(rnd.nextInt(100000), 36);
        Arrays.sort(strs);
        System.out.println("string sort first " + strs[0] + " last " + strs[strs.length - 1] + " middle " + strs[1000]);
    }
}
