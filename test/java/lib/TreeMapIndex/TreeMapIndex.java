import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A TreeMap as a time-series index and a price table: navigation (floor/ceiling/higher/lower), sub-maps, descending views, polling. */
public class TreeMapIndex {
    public static void main(String[] args) {
        TreeMap<Integer, String> events = new TreeMap<>();
        int[] times = {930, 1015, 845, 1200, 1330, 1545, 905, 1700};
        String[] names = {"standup", "design review", "email", "lunch", "pairing", "demo", "coffee", "wrap-up"};
        for (int i = 0; i < times.length; i++) events.put(times[i], names[i]);
        System.out.println(events);
        System.out.println("first " + events.firstKey() + " last " + events.lastEntry());
        for (int t : new int[] {800, 930, 1100, 1800}) {
            System.out.println("at " + t + ": floor " + events.floorEntry(t) + " ceiling " + events.ceilingKey(t) + " lower " + events.lowerKey(t) + " higher " + events.higherEntry(t));
        }
        System.out.println("morning " + events.headMap(1200));
        System.out.println("afternoon inclusive " + events.tailMap(1200, true));
        NavigableMap<Integer, String> window = events.subMap(900, true, 1330, false);
        System.out.println("window " + window + " size " + window.size());
        System.out.println("descending " + events.descendingMap().keySet());
        window.remove(1015);
        System.out.println("after removing via view " + events.containsKey(1015));
        System.out.println("pollFirst " + events.pollFirstEntry() + " pollLast " + events.pollLastEntry() + " size " + events.size());
        TreeMap<String, Double> prices = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        prices.put("banana", 0.25);
        prices.put("Apple", 0.5);
        prices.put("cherry", 3.0);
        prices.put("APPLE", 0.55);
        System.out.println("case-insensitive " + prices + " get apple " + prices.get("apple"));
        TreeMap<Double, String> grades = new TreeMap<>();
        grades.put(0.0, "F");
        grades.put(60.0, "D");
        grades.put(70.0, "C");
        grades.put(80.0, "B");
        grades.put(90.0, "A");
        StringBuilder sb = new StringBuilder();
        for (double score : new double[] {59.9, 60, 75.5, 89.99, 100}) sb.append(score).append('=').append(grades.floorEntry(score).getValue()).append(' ');
        System.out.println(sb.toString().trim());
        TreeMap<String, Integer> wordCounts = new TreeMap<>();
        for (String w : new String[] {"to", "be", "or", "not", "to", "be", "that", "is"}) wordCounts.merge(w, 1, Integer::sum);
        for (Map.Entry<String, Integer> e : wordCounts.entrySet()) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
        System.out.println("firstEntry " + wordCounts.firstEntry() + " ceilingKey 'p' " + wordCounts.ceilingKey("p") + " navigableKeySet " + wordCounts.navigableKeySet().descendingSet());
    }
}
