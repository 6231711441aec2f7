import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** A read-mostly configuration cache guarded by a ReentrantReadWriteLock: loads once per key, lock downgrading, invalidation. */
public class ConcReadWriteCache {
    static final class Cache<K, V> {
        private final Map<K, V> map = new HashMap<>();
        private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        private final Function<K, V> loader;
        final AtomicInteger loads = new AtomicInteger(), hits = new AtomicInteger();

        Cache(Function<K, V> loader) { this.loader = loader; }

        V get(K key) {
            rw.readLock().lock();
            try {
                V v = map.get(key);
                if (v != null) { hits.incrementAndGet(); return v; }
            } finally {
                rw.readLock().unlock();
            }
            rw.writeLock().lock();
            try {
                V v = map.get(key);
                if (v == null) {
                    v = loader.apply(key);
                    loads.incrementAndGet();
                    map.put(key, v);
                } else hits.incrementAndGet();
                rw.readLock().lock(); // downgrade: take the read lock before releasing the write lock
                try {
                    return v;
                } finally {
                    rw.writeLock().unlock();
                    rw.readLock().unlock();
                }
            } finally {
                if (rw.isWriteLockedByCurrentThread()) rw.writeLock().unlock();
            }
        }

        void invalidate(K key) {
            rw.writeLock().lock();
            try { map.remove(key); } finally { rw.writeLock().unlock(); }
        }

        Map<K, V> snapshot() {
            ReadWriteLock l = rw;
            l.readLock().lock();
            try { return new TreeMap<>(map); } finally { l.readLock().unlock(); }
        }
    }

    static String load(String key) {
        long h = 0;
        for (int i = 0; i < 2000; i++) h = h * 31 + key.charAt(i % key.length());
        return key.toUpperCase() + "#" + Long.toHexString(h & 0xffff);
    }

    public static void main(String[] args) throws Exception {
        Cache<String, String> cache = new Cache<>(ConcReadWriteCache::load);
        String[] keys = {"db.url", "db.user", "cache.size", "log.level", "feature.x"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            results.add(pool.submit(() -> {
                int len = 0;
                for (int i = 0; i < 100; i++) len += cache.get(keys[(i * 7 + seed) % keys.length]).length();
                return len;
            }));
        }
        int total = 0;
        for (Future<Integer> f : results) total += f.get();
        System.out.println("total length " + total + ", loads " + cache.loads.get() + ", hits " + cache.hits.get() + ", lookups " + (cache.loads.get() + cache.hits.get()));
        System.out.println(cache.snapshot());
        cache.invalidate("db.url");
        cache.invalidate("nope");
        System.out.println("after invalidate: " + cache.snapshot().keySet() + " reload " + cache.get("db.url") + " loads " + cache.loads.get());
        pool.shutdown();

        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        lock.readLock().lock();
        lock.readLock().lock();
        System.out.println("read holds " + lock.getReadHoldCount() + " readers " + lock.getReadLockCount() + " write locked " + lock.isWriteLocked());
        System.out.println("upgrade attempt tryLock: " + lock.writeLock().tryLock());
        Thread reader = new Thread(() -> {
            boolean got = lock.readLock().tryLock();
            System.out.println("another reader gets in: " + got);
            if (got) lock.readLock().unlock();
        });
        reader.start();
        reader.join();
        lock.readLock().unlock();
        lock.readLock().unlock();
        lock.writeLock().lock();
        Thread blocked = new Thread(() -> System.out.println("reader while writing: " + lock.readLock().tryLock()));
        blocked.start();
        blocked.join();
        System.out.println("write hold " + lock.getWriteHoldCount() + " by me " + lock.isWriteLockedByCurrentThread() + " lock " + lock.toString().substring(lock.toString().indexOf('[')));
        lock.writeLock().unlock();
        try {
            lock.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("IllegalMonitorStateException: " + e.getMessage());
        }
    }
}
