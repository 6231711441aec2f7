import java.util.LinkedHashMap;
import java.util.Map;

/** An LRU cache on LinkedHashMap (access order + removeEldestEntry), plus insertion-order behaviour on reinsertion. */
public class LruCache<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;
    int evictions;

    LruCache(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        boolean evict = size() > capacity;
        if (evict) evictions++;
        return evict;
    }

    static String fetch(LruCache<String, String> cache, String url, int[] misses) {
        String page = cache.get(url);
        if (page == null) {
            misses[0]++;
            page = "<html>" + url.length() + "</html>";
            cache.put(url, page);
        }
        return page;
    }

    public static void main(String[] args) {
        LruCache<String, String> cache = new LruCache<>(3);
        int[] misses = {0};
        String[] requests = {"/a", "/b", "/c", "/a", "/d", "/b", "/a", "/e", "/a", "/c"};
        for (String r : requests) {
            fetch(cache, r, misses);
            System.out.println("after " + r + ": " + cache.keySet());
        }
        System.out.println("misses " + misses[0] + " evictions " + cache.evictions);
        Map<String, Integer> insertion = new LinkedHashMap<>();
        insertion.put("z", 1);
        insertion.put("y", 2);
        insertion.put("x", 3);
        insertion.put("z", 4);
        insertion.remove("y");
        insertion.put("y", 5);
        System.out.println("insertion order " + insertion);
        LinkedHashMap<Integer, String> access = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 1; i <= 5; i++) access.put(i, "v" + i);
        access.get(2);
        access.getOrDefault(4, "none");
        access.put(1, "v1b");
        System.out.println("access order " + access);
        Map.Entry<Integer, String> eldest = access.entrySet().iterator().next();
        System.out.println("eldest " + eldest.getKey() + "=" + eldest.getValue());
    }
}
