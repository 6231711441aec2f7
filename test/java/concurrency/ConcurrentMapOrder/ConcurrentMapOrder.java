import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Single-threaded ConcurrentHashMap iteration order: sizing, resizes, collisions, compute, removal. */
public class ConcurrentMapOrder {
    /** Keys with chosen hash codes (equal when ids are equal). */
    static final class Key {
        final int hash;
        final int id;

        Key(int hash, int id) {
            this.hash = hash;
            this.id = id;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).id == id;
        }

        @Override
        public String toString() {
            return hash + "/" + id;
        }
    }

    public static void main(String[] args) {
        ConcurrentHashMap<Integer, Integer> ints = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) {
            ints.put(i * 37 - 500, i);
        }
        System.out.println(ints);

        // The same twelve keys: HashMap resizes later than ConcurrentHashMap.
        Map<String, Integer> hm = new HashMap<>();
        Map<String, Integer> chm = new ConcurrentHashMap<>();
        for (int i = 0; i < 12; i++) {
            hm.put("k" + (i * 7), i);
            chm.put("k" + (i * 7), i);
        }
        System.out.println("HashMap: " + hm);
        System.out.println("CHM:     " + chm);

        for (int cap : new int[] {0, 1, 5, 16, 33}) {
            ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(cap);
            for (int i = 0; i < 9; i++) {
                m.put("w" + (i * 13), i);
            }
            System.out.println("cap " + cap + ": " + m);
        }
        Map<String, Integer> src = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            src.put("s" + i, i);
        }
        System.out.println("copy: " + new ConcurrentHashMap<>(src));
        ConcurrentHashMap<String, Integer> viaPutAll = new ConcurrentHashMap<>();
        viaPutAll.putAll(Map.of("only", 1));
        viaPutAll.put("second", 2);
        viaPutAll.put("third", 3);
        System.out.println("putAll then puts: " + viaPutAll);

        // Colliding keys: bins grow, the small table doubles instead of treeifying, then tree bins.
        ConcurrentHashMap<Key, Integer> coll = new ConcurrentHashMap<>();
        for (int i = 0; i < 12; i++) {
            coll.put(new Key(5, i), i);
        }
        coll.put(new Key(69, 100), 100);
        coll.put(new Key(133, 101), 101);
        System.out.println("collisions: " + coll);
        coll.computeIfAbsent(new Key(5, 50), k -> 50);
        coll.merge(new Key(5, 51), 51, Integer::sum);
        coll.compute(new Key(5, 52), (k, v) -> 52);
        System.out.println("tree bin adds: " + coll);

        // compute/merge append at the bin's tail; resizes split bins keeping tail runs.
        ConcurrentHashMap<Key, String> split = new ConcurrentHashMap<>();
        int[] hashes = {1, 17, 33, 49, 1 + 64, 17 + 64, 33 + 128};
        int id = 0;
        for (int h : hashes) {
            split.computeIfAbsent(new Key(h, id++), k -> "c");
            split.merge(new Key(h, id++), "m", String::concat);
        }
        System.out.println("before resize: " + split);
        for (int i = 0; i < 12; i++) {
            split.put(new Key(1000 + i, 500 + i), "f");
        }
        System.out.println("after resize:  " + split);

        ConcurrentHashMap<String, Integer> rem = new ConcurrentHashMap<>();
        for (int i = 0; i < 20; i++) {
            rem.put("r" + i, i);
        }
        for (String k : rem.keySet()) {
            if (rem.get(k) % 3 == 0) {
                rem.remove(k);
            }
        }
        System.out.println("removed while iterating: " + rem);
        rem.replaceAll((k, v) -> v * 10);
        System.out.println("replaceAll: " + rem.values());
        rem.clear();
        rem.put("again", 1);
        System.out.println("after clear: " + rem + " " + rem.isEmpty() + " " + rem.size());
        System.out.println("search keys: " + ints.searchKeys(Long.MAX_VALUE, k -> k > 700 ? k : null) + " reduce: " + ints.reduceValues(Long.MAX_VALUE, Integer::sum)
                + " keys enumeration first: " + ints.keys().nextElement());
    }
}
