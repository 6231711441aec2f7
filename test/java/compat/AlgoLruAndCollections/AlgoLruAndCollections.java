import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/** Data-structure workbench: an LRU cache on LinkedHashMap, LFU counts, sliding-window max with a deque, navigable maps, and iterator rules. */
public class AlgoLruAndCollections {
    static final class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        final List<K> evicted = new ArrayList<>();
        LruCache(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) evicted.add(eldest.getKey());
            return evict;
        }
    }

    static int[] slidingMax(int[] a, int k) {
        int[] out = new int[a.length - k + 1];
        Deque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < a.length; i++) {
            while (!dq.isEmpty() && dq.peekFirst() <= i - k) dq.pollFirst();
            while (!dq.isEmpty() && a[dq.peekLast()] <= a[i]) dq.pollLast();
            dq.offerLast(i);
            if (i >= k - 1) out[i - k + 1] = a[dq.peekFirst()];
        }
        return out;
    }

    public static void main(String[] args) {
        LruCache<String, Integer> lru = new LruCache<>(3);
        for (String op : new String[] {"a", "b", "c", "a", "d", "b", "e", "a", "c"}) {
            lru.merge(op, 1, Integer::sum);
            lru.get("a");
        }
        System.out.println("lru " + lru + " evicted " + lru.evicted);
        Map<String, Integer> freq = new HashMap<>();
        String stream = "abracadabraalakazam";
        for (char c : stream.toCharArray()) freq.merge(String.valueOf(c), 1, Integer::sum);
        PriorityQueue<Map.Entry<String, Integer>> pq = new PriorityQueue<>((x, y) -> x.getValue().equals(y.getValue()) ? y.getKey().compareTo(x.getKey()) : x.getValue() - y.getValue());
        for (Map.Entry<String, Integer> e : freq.entrySet()) { pq.offer(e); if (pq.size() > 3) pq.poll(); }
        List<String> top = new ArrayList<>();
        while (!pq.isEmpty()) top.add(pq.poll().getKey());
        Collections.reverse(top);
        System.out.println("top-3 letters " + top + " from " + new TreeMap<>(freq));
        System.out.println("sliding max " + java.util.Arrays.toString(slidingMax(new int[] {1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9}, 3)));

        NavigableMap<Integer, String> grades = new TreeMap<>(Map.of(90, "A", 80, "B", 70, "C", 60, "D", 0, "F"));
        StringBuilder sb = new StringBuilder();
        for (int score : new int[] {95, 80, 79, 61, 59, 0}) sb.append(score).append('=').append(grades.floorEntry(score).getValue()).append(' ');
        System.out.println(sb.toString().trim() + " | head(70) " + grades.headMap(70) + " tail(70) " + grades.tailMap(70, false) + " desc " + grades.descendingMap());
        System.out.println("ceiling(65) " + grades.ceilingKey(65) + " higher(90) " + grades.higherKey(90) + " lower(0) " + grades.lowerKey(0)
            + " first " + grades.firstEntry() + " pollLast " + grades.pollLastEntry() + " -> " + grades.keySet());
        NavigableSet<String> words = new TreeSet<>(List.of("pear", "apple", "fig", "banana", "cherry", "date", "kiwi"));
        System.out.println("subSet(b,f) " + words.subSet("b", "f") + " headSet(date,true) " + words.headSet("date", true) + " descending " + words.descendingSet()
            + " pollFirst " + words.pollFirst() + " ceiling(c) " + words.ceiling("c") + " floor(z) " + words.floor("z"));
        TreeSet<String> byLength = new TreeSet<>(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()));
        byLength.addAll(words);
        System.out.println("by length " + byLength + " comparator-equal add: " + byLength.add("plum"));

        List<Integer> nums = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        try {
            for (Integer n : nums) if (n == 3) nums.remove(n);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME while removing in for-each: " + e.getClass().getName());
        }
        for (Iterator<Integer> it = nums.iterator(); it.hasNext();) if (it.next() % 2 == 0) it.remove();
        System.out.println("after iterator.remove " + nums + ", removeIf " + (nums.removeIf(n -> n > 4) ? nums : "none"));
        LinkedList<String> linked = new LinkedList<>(List.of("x", "y", "z"));
        ListIterator<String> li = linked.listIterator();
        while (li.hasNext()) {
            String s = li.next();
            if (s.equals("y")) { li.set("Y"); li.add("y2"); }
        }
        while (li.hasPrevious()) if (li.previous().equals("x")) li.remove();
        linked.addFirst("start");
        linked.offerLast("end");
        System.out.println("linked " + linked + " peekLast " + linked.peekLast() + " indexOf(z) " + linked.indexOf("z") + " pop " + linked.pop() + " -> " + linked);
        List<Integer> fixed = java.util.Arrays.asList(3, 1, 2);
        Collections.sort(fixed);
        try {
            fixed.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("Arrays.asList add: UnsupportedOperationException, list " + fixed);
        }
        try {
            List.of(1).set(0, 2);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of set: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        List<Integer> rot = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7));
        Collections.rotate(rot, 3);
        List<Integer> sw = new ArrayList<>(rot);
        Collections.swap(sw, 0, 6);
        System.out.println("rotate " + rot + " swap " + sw + " frequency " + Collections.frequency(List.of(1, 2, 1, 1), 1) + " nCopies " + Collections.nCopies(3, "ab")
            + " disjoint " + Collections.disjoint(List.of(1, 2), List.of(3)) + " max " + Collections.max(rot) + " min " + Collections.min(rot, Collections.reverseOrder())
            + " indexOfSubList " + Collections.indexOfSubList(rot, List.of(1, 2)) + " unmodifiable " + Collections.unmodifiableList(rot).getClass().getSimpleName().isEmpty());
    }
}
