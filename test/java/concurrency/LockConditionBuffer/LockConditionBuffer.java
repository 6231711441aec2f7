import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** A ReentrantLock/Condition bounded buffer, lock introspection, tryLock, interruptible locking, read-write locks. */
public class LockConditionBuffer {
    static final class BoundedBuffer {
        private final int[] items;
        private int putIndex;
        private int takeIndex;
        private int count;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notFull = lock.newCondition();
        private final Condition notEmpty = lock.newCondition();
        int maxCount;

        BoundedBuffer(int capacity) {
            items = new int[capacity];
        }

        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) {
                    notFull.await();
                }
                items[putIndex] = x;
                putIndex = (putIndex + 1) % items.length;
                count++;
                maxCount = Math.max(maxCount, count);
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) {
                    notEmpty.await();
                }
                int x = items[takeIndex];
                takeIndex = (takeIndex + 1) % items.length;
                count--;
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        BoundedBuffer buf = new BoundedBuffer(5);
        int producers = 3;
        int per = 400;
        Thread[] ps = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            final int sign = p % 2 == 0 ? 1 : -1;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= per; i++) {
                        buf.put(sign * i);
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        long[] sum = new long[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < producers * per; i++) {
                    sum[0] += buf.take();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        consumer.start();
        for (Thread t : ps) {
            t.start();
        }
        for (Thread t : ps) {
            t.join();
        }
        consumer.join();
        System.out.println("buffer sum=" + sum[0] + " max fill <= 5: " + (buf.maxCount <= 5));

        ReentrantLock lock = new ReentrantLock();
        System.out.println("locked=" + lock.isLocked() + " held=" + lock.isHeldByCurrentThread() + " holds=" + lock.getHoldCount()
                + " fair=" + lock.isFair() + " fairLock=" + new ReentrantLock(true).isFair());
        lock.lock();
        lock.lock();
        System.out.println("after 2x lock: holds=" + lock.getHoldCount() + " locked=" + lock.isLocked());
        boolean[] otherGot = new boolean[3];
        Thread other = new Thread(() -> {
            otherGot[0] = lock.tryLock();
            try {
                otherGot[1] = lock.tryLock(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        other.join();
        System.out.println("other thread tryLock=" + otherGot[0] + " timed tryLock=" + otherGot[1]);
        lock.unlock();
        lock.unlock();
        System.out.println("after unlocks: locked=" + lock.isLocked() + " holds=" + lock.getHoldCount());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock not held: " + e);
        }

        // lockInterruptibly: a waiter is interrupted while the lock is held.
        lock.lock();
        String[] outcome = new String[1];
        Thread blocked = new Thread(() -> {
            try {
                lock.lockInterruptibly();
                outcome[0] = "acquired";
                lock.unlock();
            } catch (InterruptedException e) {
                outcome[0] = "interrupted: " + e;
            }
        });
        blocked.start();
        while (!lock.hasQueuedThread(blocked)) {
            Thread.sleep(1);
        }
        System.out.println("queue length=" + lock.getQueueLength());
        blocked.interrupt();
        blocked.join();
        lock.unlock();
        System.out.println("lockInterruptibly -> " + outcome[0]);

        // Condition timeouts and signalling.
        Condition cond = lock.newCondition();
        lock.lock();
        try {
            long left = cond.awaitNanos(TimeUnit.MILLISECONDS.toNanos(15));
            System.out.println("awaitNanos timed out: " + (left <= 0));
            System.out.println("await(time) -> " + cond.await(5, TimeUnit.MILLISECONDS) + " still held=" + lock.isHeldByCurrentThread());
        } finally {
            lock.unlock();
        }
        try {
            cond.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("signal without lock: " + e.getClass().getName());
        }
        boolean[] woke = new boolean[1];
        Thread sleeper = new Thread(() -> {
            lock.lock();
            try {
                woke[0] = cond.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                lock.unlock();
            }
        });
        sleeper.start();
        while (true) {
            lock.lock();
            try {
                if (lock.hasWaiters(cond)) {
                    System.out.println("waiters=" + lock.getWaitQueueLength(cond));
                    cond.signalAll();
                    break;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
        sleeper.join();
        System.out.println("signalled before timeout: " + woke[0]);

        // Read-write lock: readers share, the writer excludes.
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Lock r = rw.readLock();
        Lock w = rw.writeLock();
        r.lock();
        r.lock();
        System.out.println("read locks=" + rw.getReadLockCount() + " my read holds=" + rw.getReadHoldCount()
                + " write locked=" + rw.isWriteLocked());
        boolean[] writerGot = new boolean[2];
        Thread writer = new Thread(() -> {
            writerGot[0] = w.tryLock();
            r.lock();
            writerGot[1] = true;
            r.unlock();
        });
        writer.start();
        writer.join();
        System.out.println("writer tryLock while read-held=" + writerGot[0] + " other reader got in=" + writerGot[1]);
        r.unlock();
        r.unlock();
        w.lock();
        r.lock();
        System.out.println("downgrade: write holds=" + rw.getWriteHoldCount() + " read holds=" + rw.getReadHoldCount()
                + " by me=" + rw.isWriteLockedByCurrentThread());
        w.unlock();
        r.unlock();
        int[] shared = new int[1];
        Thread[] writers = new Thread[4];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = new Thread(() -> {
                for (int k = 0; k < 500; k++) {
                    w.lock();
                    try {
                        shared[0]++;
                    } finally {
                        w.unlock();
                    }
                }
            });
            writers[i].start();
        }
        for (Thread t : writers) {
            t.join();
        }
        System.out.println("shared=" + shared[0] + " final read locks=" + rw.getReadLockCount() + " write locked=" + rw.isWriteLocked());
        try {
            r.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("read unlock not held: " + e.getMessage());
        }
    }
}
