import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Timed waits that expire (elapsed time checked, never printed) and TimeUnit arithmetic. */
public class Timeouts {
    static long start;

    static void begin() {
        start = System.nanoTime();
    }

    static String waited(long minMillis) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return ms >= minMillis - 2 ? "waited" : "too short (" + ms + ")";
    }

    public static void main(String[] args) throws Exception {
        begin();
        Object r = new LinkedBlockingQueue<String>().poll(30, TimeUnit.MILLISECONDS);
        System.out.println("poll: " + r + " " + waited(30));

        ArrayBlockingQueue<Integer> full = new ArrayBlockingQueue<>(1, true);
        full.put(1);
        begin();
        System.out.println("offer: " + full.offer(2, 30, TimeUnit.MILLISECONDS) + " " + waited(30));

        begin();
        System.out.println("sync offer: " + new SynchronousQueue<String>().offer("x", 20, TimeUnit.MILLISECONDS) + " " + waited(20));

        Semaphore sem = new Semaphore(0);
        begin();
        System.out.println("tryAcquire: " + sem.tryAcquire(25, TimeUnit.MILLISECONDS) + " " + waited(25));

        CountDownLatch latch = new CountDownLatch(1);
        begin();
        System.out.println("latch await: " + latch.await(25, TimeUnit.MILLISECONDS) + " " + waited(25));

        ReentrantLock lock = new ReentrantLock();
        Condition c = lock.newCondition();
        lock.lock();
        try {
            begin();
            System.out.println("condition await: " + c.await(25, TimeUnit.MILLISECONDS) + " " + waited(25));
        } finally {
            lock.unlock();
        }

        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        Future<String> slow = pool.submit(() -> {
            release.await();
            return "finished";
        });
        begin();
        try {
            slow.get(30, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("future get: " + e + " " + waited(30) + " done=" + slow.isDone());
        }
        release.countDown();
        System.out.println("then: " + slow.get(5, TimeUnit.SECONDS));
        pool.shutdown();
        begin();
        System.out.println("awaitTermination: " + pool.awaitTermination(5, TimeUnit.SECONDS));

        begin();
        try {
            new CompletableFuture<String>().get(20, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("cf get: " + e + " " + waited(20));
        }

        begin();
        TimeUnit.MILLISECONDS.sleep(20);
        System.out.println("TimeUnit.sleep " + waited(20));
        Object mon = new Object();
        synchronized (mon) {
            begin();
            TimeUnit.MILLISECONDS.timedWait(mon, 20);
            System.out.println("timedWait " + waited(20));
        }
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                // interrupted below
            }
        });
        sleeper.start();
        begin();
        TimeUnit.MILLISECONDS.timedJoin(sleeper, 20);
        System.out.println("timedJoin alive=" + sleeper.isAlive() + " " + waited(20));
        sleeper.interrupt();
        sleeper.join();

        // TimeUnit arithmetic.
        for (TimeUnit u : TimeUnit.values()) {
            System.out.println(u + " " + u.ordinal() + ": 1 = " + u.toNanos(1) + "ns = " + u.toMicros(1) + "us = " + u.toMillis(1)
                    + "ms = " + u.toSeconds(1) + "s = " + u.toMinutes(1) + "m = " + u.toHours(1) + "h = " + u.toDays(1) + "d");
        }
        System.out.println(TimeUnit.HOURS.convert(7201, TimeUnit.SECONDS) + " " + TimeUnit.SECONDS.convert(-1999, TimeUnit.MILLISECONDS)
                + " " + TimeUnit.NANOSECONDS.convert(Long.MAX_VALUE / 2, TimeUnit.MICROSECONDS)
                + " " + TimeUnit.MILLISECONDS.convert(Long.MIN_VALUE / 10, TimeUnit.DAYS)
                + " " + TimeUnit.DAYS.toHours(-3) + " " + TimeUnit.valueOf("MINUTES").toSeconds(2));
        System.out.println(TimeUnit.MICROSECONDS.toMillis(999) + " " + TimeUnit.MICROSECONDS.toMillis(1000) + " " + TimeUnit.NANOSECONDS.toSeconds(-1_500_000_000L));
    }
}
