import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A database-connection pool limited by a Semaphore: fair permits, tryAcquire with timeout, and the peak concurrency observed. */
public class ConcSemaphorePool {
    static final class Connection {
        final int id;
        int queries;
        Connection(int id) { this.id = id; }
    }

    static final class Pool {
        private final Semaphore permits;
        private final Deque<Connection> idle = new ArrayDeque<>();
        final AtomicInteger inUse = new AtomicInteger(), peak = new AtomicInteger();

        Pool(int size) {
            permits = new Semaphore(size, true);
            for (int i = 1; i <= size; i++) idle.add(new Connection(i));
        }

        Connection acquire() throws InterruptedException {
            permits.acquire();
            int now = inUse.incrementAndGet();
            peak.accumulateAndGet(now, Math::max);
            synchronized (idle) { return idle.pop(); }
        }

        Connection tryAcquire(long ms) throws InterruptedException {
            if (!permits.tryAcquire(ms, TimeUnit.MILLISECONDS)) return null;
            inUse.incrementAndGet();
            synchronized (idle) { return idle.pop(); }
        }

        void release(Connection c) {
            synchronized (idle) { idle.push(c); }
            inUse.decrementAndGet();
            permits.release();
        }

        int available() { return permits.availablePermits(); }
    }

    public static void main(String[] args) throws InterruptedException {
        Pool pool = new Pool(3);
        Map<Integer, Integer> queriesByConnection = new TreeMap<>();
        AtomicInteger done = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            Thread t = new Thread(() -> {
                for (int q = 0; q < 25; q++) {
                    try {
                        Connection conn = pool.acquire();
                        try {
                            conn.queries++;
                            if (q % 5 == 0) Thread.sleep(1);
                            else Thread.yield();
                            done.incrementAndGet();
                        } finally {
                            pool.release(conn);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            clients.add(t);
            t.start();
        }
        for (Thread t : clients) t.join();
        synchronized (pool.idle) { for (Connection c : pool.idle) queriesByConnection.put(c.id, c.queries); }
        int sum = queriesByConnection.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("queries done " + done + ", counted on connections " + sum + ", connections " + queriesByConnection.keySet());
        System.out.println("peak in use <= 3: " + (pool.peak.get() <= 3) + ", peak reached 3: " + (pool.peak.get() == 3) + ", available now " + pool.available());

        Connection a = pool.acquire(), b = pool.acquire(), c = pool.acquire();
        long start = System.nanoTime();
        Connection d = pool.tryAcquire(40);
        System.out.println("fourth connection while exhausted: " + d + ", waited >= 35ms " + (System.nanoTime() - start >= 35_000_000L));
        Thread releaser = new Thread(() -> {
            try { Thread.sleep(20); } catch (InterruptedException e) { return; }
            pool.release(b);
        });
        releaser.start();
        Connection e = pool.tryAcquire(5000);
        System.out.println("got the released connection: " + (e == b));
        releaser.join();
        pool.release(a);
        pool.release(c);
        pool.release(e);
        Semaphore s = new Semaphore(0);
        s.release(5);
        System.out.println("permits " + s.availablePermits() + " acquire(3) " + s.tryAcquire(3) + " drain " + s.drainPermits() + " left " + s.availablePermits()
            + " fair " + s.isFair() + " " + s.toString().substring(s.toString().indexOf('[')));
        try {
            s.release(-1);
        } catch (IllegalArgumentException ex) {
            System.out.println("release(-1): IllegalArgumentException");
        }
    }
}
