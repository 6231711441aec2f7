import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Web-hit counters under contention: AtomicLong, LongAdder, LongAccumulator, CAS loops, ConcurrentHashMap merge/compute. */
public class ConcCountersAndAdders {
    record Hit(String path, int status, int bytes) {}

    static List<Hit> traffic(int worker) {
        String[] paths = {"/", "/login", "/api/items", "/api/cart", "/static/app.js"};
        int[] statuses = {200, 200, 200, 304, 404, 500};
        List<Hit> hits = new ArrayList<>();
        long x = worker * 7919L + 1;
        for (int i = 0; i < 400; i++) {
            x = (x * 1103515245 + 12345) & 0x7fffffff;
            hits.add(new Hit(paths[(int) (x % paths.length)], statuses[(int) (x / 7 % statuses.length)], (int) (x % 5000)));
        }
        return hits;
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicLong requests = new AtomicLong();
        LongAdder bytes = new LongAdder();
        LongAccumulator biggest = new LongAccumulator(Long::max, Long.MIN_VALUE);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicBoolean sawNotModified = new AtomicBoolean();
        ConcurrentHashMap<String, LongAdder> perPath = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, Integer> perStatus = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Integer> maxBytes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 6; w++) {
            List<Hit> mine = traffic(w);
            pool.execute(() -> {
                for (Hit h : mine) {
                    requests.incrementAndGet();
                    bytes.add(h.bytes());
                    biggest.accumulate(h.bytes());
                    perPath.computeIfAbsent(h.path(), k -> new LongAdder()).increment();
                    perStatus.merge(h.status(), 1, Integer::sum);
                    maxBytes.compute(h.path(), (k, v) -> v == null ? h.bytes() : Math.max(v, h.bytes()));
                    if (h.status() >= 500) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, "5xx seen");
                    }
                    if (h.status() == 304) sawNotModified.set(true);
                    if ((requests.get() & 63) == 0) Thread.yield();
                }
            });
        }
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
        long expectedBytes = 0;
        for (int w = 0; w < 6; w++) for (Hit h : traffic(w)) expectedBytes += h.bytes();
        System.out.println("requests " + requests + " bytes " + bytes.sum() + " (expected " + expectedBytes + ") max " + biggest.get());
        System.out.println("errors " + errors + " first " + firstError.get() + " 304 seen " + sawNotModified.get());
        Map<String, Long> paths = new TreeMap<>();
        perPath.forEach((k, v) -> paths.put(k, v.sum()));
        System.out.println("per path " + paths);
        System.out.println("per status " + new TreeMap<>(perStatus) + " max bytes " + new TreeMap<>(maxBytes));
        long total = perPath.reduceValuesToLong(1, LongAdder::sum, 0L, Long::sum);
        System.out.println("reduce total " + total + ", mapping count " + perPath.mappingCount() + ", search " + perPath.search(1, (k, v) -> k.startsWith("/static") ? k : null));

        AtomicInteger cas = new AtomicInteger(10);
        System.out.println("CAS 10->20 " + cas.compareAndSet(10, 20) + ", CAS 10->30 " + cas.compareAndSet(10, 30) + ", value " + cas.get()
            + ", getAndUpdate " + cas.getAndUpdate(v -> v * 3) + " -> " + cas.get() + ", accumulateAndGet " + cas.accumulateAndGet(5, Math::min)
            + ", getAndAdd " + cas.getAndAdd(-2) + " -> " + cas);
        AtomicLong big = new AtomicLong(Long.MAX_VALUE);
        System.out.println("overflow wraps " + big.incrementAndGet() + ", updateAndGet " + big.updateAndGet(v -> v / 2) + ", adder reset " + sumThenReset(bytes) + " -> " + bytes.sum());
        AtomicReference<List<String>> ref = new AtomicReference<>(List.of());
        for (String s : new String[] {"a", "b", "c"}) ref.updateAndGet(l -> { List<String> n = new ArrayList<>(l); n.add(s); return List.copyOf(n); });
        System.out.println("ref " + ref.get() + " getAndSet " + ref.getAndSet(List.of("z")) + " now " + ref);
    }

    static long sumThenReset(LongAdder a) { return a.sumThenReset(); }
}
