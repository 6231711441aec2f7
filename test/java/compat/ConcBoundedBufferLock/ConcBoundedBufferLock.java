import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Producer-consumer on a hand-written bounded buffer with ReentrantLock and two Conditions; sums prove nothing is lost. */
public class ConcBoundedBufferLock {
    static final class BoundedBuffer<T> {
        private final Object[] items;
        private int putAt, takeAt, count;
        private final ReentrantLock lock = new ReentrantLock(true);
        private final Condition notFull = lock.newCondition(), notEmpty = lock.newCondition();
        int maxSeen, fullWaits, emptyWaits;

        BoundedBuffer(int capacity) { items = new Object[capacity]; }

        void put(T t) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) { fullWaits++; notFull.await(); }
                items[putAt] = t;
                putAt = (putAt + 1) % items.length;
                count++;
                maxSeen = Math.max(maxSeen, count);
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        @SuppressWarnings("unchecked")
        T take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) { emptyWaits++; notEmpty.await(); }
                T t = (T) items[takeAt];
                items[takeAt] = null;
                takeAt = (takeAt + 1) % items.length;
                count--;
                notFull.signal();
                return t;
            } finally {
                lock.unlock();
            }
        }

        T poll(long ms) throws InterruptedException {
            lock.lock();
            try {
                long nanos = TimeUnit.MILLISECONDS.toNanos(ms);
                while (count == 0) {
                    if (nanos <= 0) return null;
                    nanos = notEmpty.awaitNanos(nanos);
                }
                @SuppressWarnings("unchecked") T t = (T) items[takeAt];
                items[takeAt] = null;
                takeAt = (takeAt + 1) % items.length;
                count--;
                notFull.signal();
                return t;
            } finally {
                lock.unlock();
            }
        }
    }

    record Item(int producer, int seq) {}

    public static void main(String[] args) throws InterruptedException {
        BoundedBuffer<Item> buf = new BoundedBuffer<>(5);
        int producers = 3, consumers = 2, perProducer = 200;
        long[] consumed = new long[consumers];
        int[] counts = new int[consumers];
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int id = p;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 1; i <= perProducer; i++) buf.put(new Item(id, i));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (int c = 0; c < consumers; c++) {
            int id = c;
            threads.add(new Thread(() -> {
                try {
                    Item it;
                    while ((it = buf.poll(300)) != null) {
                        if (it.seq() < 0) break;
                        consumed[id] += it.producer() * 1000L + it.seq();
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        long expected = 0;
        for (int p = 0; p < producers; p++) for (int i = 1; i <= perProducer; i++) expected += p * 1000L + i;
        System.out.println("items consumed " + (counts[0] + counts[1]) + " of " + producers * perProducer);
        System.out.println("checksum " + (consumed[0] + consumed[1]) + " expected " + expected + " match=" + (consumed[0] + consumed[1] == expected));
        System.out.println("buffer never exceeded capacity: " + (buf.maxSeen <= 5) + ", both consumers took part or one drained all: " + (counts[0] + counts[1] == 600));
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println("hold count " + lock.getHoldCount() + " locked " + lock.isLocked() + " by me " + lock.isHeldByCurrentThread() + " fair " + lock.isFair());
        Thread other = new Thread(() -> System.out.println("other thread tryLock: " + lock.tryLock()));
        other.start();
        other.join();
        lock.unlock();
        lock.unlock();
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock without holding: IllegalMonitorStateException");
        }
        Condition c = lock.newCondition();
        try {
            c.await();
        } catch (IllegalMonitorStateException e) {
            System.out.println("await without lock: IllegalMonitorStateException");
        }
        lock.lock();
        try {
            long start = System.nanoTime();
            boolean signalled = c.await(30, TimeUnit.MILLISECONDS);
            System.out.println("timed await signalled=" + signalled + " waited>=25ms " + (System.nanoTime() - start >= 25_000_000L));
        } finally {
            lock.unlock();
        }
    }
}
