import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Caches derived data next to the objects it describes, the classic WeakHashMap use: parsed
 * documents get their word statistics memoized, listeners are registered without keeping their
 * owners alive, and a string interner canonicalizes tokens. Every key stays strongly reachable
 * here, so the output does not depend on when the collector runs.
 */
public class WeakCacheDemo {
    /** A document identified by its path; equal paths are the same document. */
    static final class Document {
        final String path;
        final String text;

        Document(String path, String text) {
            this.path = path;
            this.text = text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Document d && d.path.equals(path);
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }

        @Override
        public String toString() {
            return path;
        }
    }

    record Stats(int words, int distinct, String longest) {}

    static final class MemoCache<K, V> {
        private final Map<K, V> map = new WeakHashMap<>();
        private final Function<K, V> compute;
        int hits;
        int misses;

        MemoCache(Function<K, V> compute) {
            this.compute = compute;
        }

        V get(K key) {
            V v = map.get(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
            v = compute.apply(key);
            map.put(key, v);
            return v;
        }

        Map<K, V> view() {
            return map;
        }
    }

    static Stats analyze(Document d) {
        String[] words = d.text.toLowerCase().split("\\W+");
        Map<String, Integer> seen = new HashMap<>();
        String longest = "";
        for (String w : words) {
            if (w.isEmpty()) continue;
            seen.merge(w, 1, Integer::sum);
            if (w.length() > longest.length()) longest = w;
        }
        return new Stats(words.length, seen.size(), longest);
    }

    static final class Interner {
        private final WeakHashMap<String, WeakReference<String>> pool = new WeakHashMap<>();

        String intern(String s) {
            WeakReference<String> ref = pool.get(s);
            String canonical = ref == null ? null : ref.get();
            if (canonical == null) {
                pool.put(s, new WeakReference<>(s));
                return s;
            }
            return canonical;
        }
    }

    public static void main(String[] args) {
        List<Document> docs = new ArrayList<>();
        String[] texts = {
            "The quick brown fox jumps over the lazy dog",
            "A journey of a thousand miles begins with a single step",
            "To be or not to be that is the question",
            "All that glitters is not gold",
            "Brevity is the soul of wit",
            "The lady doth protest too much methinks",
        };
        for (int i = 0; i < 24; i++) {
            docs.add(new Document("/docs/" + (char) ('a' + i % 26) + i + ".txt", texts[i % texts.length] + " part " + i));
        }

        MemoCache<Document, Stats> cache = new MemoCache<>(WeakCacheDemo::analyze);
        for (int round = 0; round < 3; round++) {
            for (int i = round; i < docs.size(); i += round + 1) cache.get(docs.get(i));
        }
        cache.get(new Document("/docs/c2.txt", "ignored: equal path means same document"));
        System.out.println("hits=" + cache.hits + " misses=" + cache.misses + " cached=" + cache.view().size());
        System.out.println("cache order:");
        for (Map.Entry<Document, Stats> e : cache.view().entrySet()) {
            System.out.println("  " + e.getKey() + " -> " + e.getValue());
        }

        // Listener registry: owners map to their callbacks; removing an owner drops its listeners.
        Map<String, List<String>> listeners = new WeakHashMap<>();
        String[] owners = {"editor", "toolbar", "statusbar", "minimap", "outline", "terminal", "explorer"};
        for (String o : owners) {
            for (String ev : new String[] {"open", "save", "close"}) {
                if ((o.length() + ev.length()) % 3 != 0) listeners.computeIfAbsent(o, k -> new ArrayList<>()).add(ev);
            }
        }
        System.out.println("listeners " + listeners);
        Iterator<Map.Entry<String, List<String>>> it = listeners.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, List<String>> e = it.next();
            if (e.getValue().size() < 2) it.remove();
        }
        System.out.println("with 2+ events " + listeners.keySet() + " values " + listeners.values());
        List<String> clones = new ArrayList<>(); // keeps the new keys strongly reachable
        try {
            for (String k : listeners.keySet()) {
                String clone = k + "-clone";
                clones.add(clone);
                listeners.put(clone, List.of());
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("registering while iterating: " + e.getClass().getSimpleName());
        }
        listeners.replaceAll((k, v) -> List.of(String.join("+", v)));
        StringBuilder sb = new StringBuilder();
        listeners.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
        System.out.println("forEach order: " + sb.toString().trim() + " (clones " + clones + ")");

        // Interner: equal strings from different sources collapse to one instance.
        Interner interner = new Interner();
        List<String> tokens = new ArrayList<>();
        for (String t : texts) for (String w : t.toLowerCase().split(" ")) tokens.add(new String(w));
        int shared = 0;
        List<String> canon = new ArrayList<>();
        for (String t : tokens) {
            String c = interner.intern(t);
            if (c != t) shared++;
            canon.add(c);
        }
        System.out.println("tokens=" + tokens.size() + " shared=" + shared + " pool=" + interner.pool.size());
        System.out.println("pool keys " + interner.pool.keySet());

        // Growth, bulk copies and equality with other maps.
        WeakHashMap<Integer, String> numbers = new WeakHashMap<>(4);
        for (int i = 0; i < 50; i++) numbers.put(i * 37 % 101, "n" + i);
        System.out.println("numbers " + numbers.keySet());
        Map<Integer, String> copy = new WeakHashMap<>(numbers);
        WeakHashMap<Integer, String> bulk = new WeakHashMap<>();
        bulk.putAll(numbers);
        System.out.println("copy   " + copy.keySet());
        System.out.println("bulk   " + bulk.keySet());
        System.out.println("equal " + copy.equals(numbers) + " " + bulk.equals(new HashMap<>(numbers))
                + " hash " + (copy.hashCode() == numbers.hashCode()) + " removed " + bulk.remove(74) + " " + bulk.containsKey(74)
                + " containsValue " + bulk.containsValue("n49") + " " + bulk.size());

        // A weak reference to a strongly held object survives a collection.
        Document pinned = docs.get(5);
        WeakReference<Document> ref = new WeakReference<>(pinned);
        System.gc();
        System.out.println("pinned survives: " + (ref.get() == pinned) + ", refersTo " + ref.refersTo(pinned)
                + ", cached " + Objects.requireNonNull(cache.view().get(pinned)).longest());
    }
}
