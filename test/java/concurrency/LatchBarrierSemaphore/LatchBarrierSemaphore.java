import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Latches, a cyclic barrier over several generations, a semaphore bounding concurrency, an exchanger. */
public class LatchBarrierSemaphore {
    public static void main(String[] args) throws Exception {
        // Start gate and end gate.
        int workers = 6;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(workers);
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < workers; i++) {
            new Thread(() -> {
                try {
                    start.await();
                    ran.incrementAndGet();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        System.out.println("before start: ran=" + ran.get() + " count=" + done.getCount());
        start.countDown();
        done.await();
        System.out.println("after: ran=" + ran.get() + " count=" + done.getCount());
        System.out.println("await on open latch: " + done.await(1, TimeUnit.MILLISECONDS));

        // Barrier: 4 parties, 5 rounds; the action records each round's total.
        int parties = 4;
        int rounds = 5;
        int[] partial = new int[parties];
        List<Integer> totals = new ArrayList<>();
        CyclicBarrier barrier = new CyclicBarrier(parties, () -> {
            int s = 0;
            for (int v : partial) {
                s += v;
            }
            totals.add(s);
        });
        Thread[] ts = new Thread[parties];
        AtomicInteger zeroIndexes = new AtomicInteger();
        for (int p = 0; p < parties; p++) {
            final int id = p;
            ts[p] = new Thread(() -> {
                try {
                    for (int r = 1; r <= rounds; r++) {
                        partial[id] = r * (id + 1);
                        if (barrier.await() == 0) {
                            zeroIndexes.incrementAndGet();
                        }
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    throw new IllegalStateException(e);
                }
            });
            ts[p].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("round totals: " + totals + " last-arrivals=" + zeroIndexes.get());
        System.out.println("parties=" + barrier.getParties() + " waiting=" + barrier.getNumberWaiting()
                + " broken=" + barrier.isBroken());

        // Breaking a barrier with a timeout.
        CyclicBarrier two = new CyclicBarrier(2);
        Thread waiter = new Thread(() -> {
            try {
                two.await();
                System.out.println("waiter passed?!");
            } catch (BrokenBarrierException e) {
                System.out.println("waiter: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                System.out.println("waiter interrupted");
            }
        });
        waiter.start();
        while (two.getNumberWaiting() == 0) {
            Thread.sleep(1);
        }
        try {
            new CyclicBarrier(3).await(10, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("timed await: " + e);
        }
        two.reset();
        waiter.join();
        System.out.println("after reset broken=" + two.isBroken());

        // Semaphore: at most 3 holders at once.
        Semaphore sem = new Semaphore(3, true);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        Thread[] users = new Thread[10];
        for (int i = 0; i < users.length; i++) {
            users[i] = new Thread(() -> {
                for (int k = 0; k < 20; k++) {
                    try {
                        sem.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                    } finally {
                        sem.release();
                    }
                }
            });
            users[i].start();
        }
        for (Thread t : users) {
            t.join();
        }
        System.out.println("max inside <= 3: " + (maxInside.get() <= 3 && maxInside.get() >= 1) + " permits=" + sem.availablePermits());
        System.out.println("tryAcquire(4)=" + sem.tryAcquire(4) + " tryAcquire(2)=" + sem.tryAcquire(2)
                + " left=" + sem.availablePermits() + " drained=" + sem.drainPermits());
        sem.release(5);
        System.out.println("after release(5): " + sem.availablePermits() + " fair=" + sem.isFair());

        // Exchanger: two threads swap buffers three times.
        Exchanger<String> ex = new Exchanger<>();
        StringBuilder got = new StringBuilder();
        Thread partner = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) {
                    String mine = ex.exchange("p" + i);
                    synchronized (got) {
                        got.append("partner<-").append(mine).append(' ');
                    }
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        partner.start();
        List<String> mainGot = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mainGot.add(ex.exchange("m" + i));
        }
        partner.join();
        System.out.println("main got " + mainGot + "; " + got.toString().trim());
    }
}
