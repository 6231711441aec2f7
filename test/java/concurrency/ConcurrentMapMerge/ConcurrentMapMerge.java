import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** ConcurrentHashMap: concurrent merge/compute counting, then single-threaded views and iteration order. */
public class ConcurrentMapMerge {
    static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"};

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, LongAdder> adders = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, List<Integer>> groups = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Integer> computed = new ConcurrentHashMap<>();
        int threads = 8;
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    String w = WORDS[(i * 7 + id) % WORDS.length];
                    counts.merge(w, 1, Integer::sum);
                    adders.computeIfAbsent(w, k -> new LongAdder()).increment();
                    computed.compute(w, (k, v) -> v == null ? k.length() : v + k.length());
                    if (i % 50 == 0) {
                        groups.computeIfAbsent(i % 3, k -> new ArrayList<>());
                        groups.computeIfPresent(i % 3, (k, list) -> {
                            List<Integer> copy = new ArrayList<>(list);
                            copy.add(id);
                            return copy;
                        });
                    }
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("merge counts: " + new TreeMap<>(counts));
        TreeMap<String, Long> adderView = new TreeMap<>();
        adders.forEach((k, v) -> adderView.put(k, v.sum()));
        System.out.println("adder counts: " + adderView);
        System.out.println("computed: " + new TreeMap<>(computed));
        int groupSizes = 0;
        for (List<Integer> l : groups.values()) {
            groupSizes += l.size();
        }
        System.out.println("group entries=" + groupSizes + " keys=" + new TreeMap<>(groups).keySet());

        // Single-threaded: iteration order must match HotSpot's table layout.
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (int i = 0; i < 30; i++) {
            m.put("key" + i, i);
        }
        System.out.println(m);
        System.out.println(m.keySet());
        System.out.println(m.values());
        m.keySet().removeIf(k -> k.endsWith("3"));
        m.values().remove(7);
        m.entrySet().removeIf(e -> e.getValue() > 25);
        System.out.println(m.size() + " " + m);
        System.out.println(m.putIfAbsent("key1", 100) + " " + m.putIfAbsent("new", 100) + " " + m.replace("key2", 200)
                + " " + m.replace("key4", 4, 400) + " " + m.remove("key5", 999) + " " + m.getOrDefault("missing", -1));
        System.out.println(m.computeIfAbsent("key1", k -> 0) + " " + m.computeIfPresent("key6", (k, v) -> null) + " "
                + m.containsKey("key6") + " " + m.merge("key8", 10, (a, b) -> null) + " " + m.containsKey("key8"));
        System.out.println(m);
        ConcurrentHashMap<Integer, String> nums = new ConcurrentHashMap<>(4);
        for (int i = 100; i > 0; i -= 7) {
            nums.put(i, "n" + i);
        }
        System.out.println(nums);
        System.out.println("reduceValues: " + nums.reduceValues(Long.MAX_VALUE, (a, b) -> a.length() >= b.length() ? a : b)
                + " search: " + nums.search(Long.MAX_VALUE, (k, v) -> k > 90 ? v : null)
                + " mappingCount: " + nums.mappingCount());
        ConcurrentHashMap<String, Integer> copy = new ConcurrentHashMap<>(Map.of("x", 1, "y", 2, "z", 3));
        System.out.println(copy + " equals TreeMap: " + copy.equals(new TreeMap<>(copy)) + " hash equal: "
                + (copy.hashCode() == new TreeMap<>(copy).hashCode()));
        Set<String> set = ConcurrentHashMap.newKeySet();
        for (String w : WORDS) {
            set.add(w);
        }
        set.add("alpha");
        System.out.println(set.size() + " " + set);
        ConcurrentHashMap.KeySetView<String, Boolean> view = new ConcurrentHashMap<String, Boolean>().keySet(Boolean.FALSE);
        view.add("q");
        System.out.println(view.getMap() + " " + view.getMappedValue());
        // Colliding hash codes ("Aa" and "BB" share one) land in the same bin.
        ConcurrentMap<String, Integer> coll = new ConcurrentHashMap<>();
        String[] parts = {"Aa", "BB"};
        int n = 0;
        for (String p1 : parts) {
            for (String p2 : parts) {
                for (String p3 : parts) {
                    coll.put(p1 + p2 + p3, n++);
                }
            }
        }
        coll.put("zz", 99);
        System.out.println(coll);
        try {
            m.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key -> NullPointerException");
        }
        try {
            m.put("k", null);
        } catch (NullPointerException e) {
            System.out.println("null value -> NullPointerException");
        }
    }
}
