package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A capability-based lock with write, read and optimistic read modes, returning stamps.
 *
 * <p>The state word follows the JDK's layout, so stamps have the same values: the low 7 bits
 * count readers, bit 7 is the write bit, and the bits above form a version that each write
 * release advances (the lock starts at 256; the first write stamp is 384). An optimistic stamp
 * is the version part, valid while no write lock was acquired since. Tern design: state changes
 * happen under a private monitor, where blocked acquirers wait; optimistic reads take no lock.
 */
public class StampedLock implements java.io.Serializable {
    private static final long serialVersionUID = -6001602636862214147L;

    private static final int LG_READERS = 7;
    private static final long RUNIT = 1L;
    private static final long WBIT = 1L << LG_READERS;
    private static final long RBITS = WBIT - 1L;
    private static final long RFULL = RBITS - 1L;
    private static final long ABITS = RBITS | WBIT;
    private static final long SBITS = ~RBITS;
    private static final long ORIGIN = WBIT << 1;

    private final transient Object lock = new Object();
    private transient volatile long state;
    /** Readers beyond RFULL (guarded by lock). */
    private transient int readerOverflow;

    private transient ReadLockView readLockView;
    private transient WriteLockView writeLockView;
    private transient ReadWriteLockView readWriteLockView;

    public StampedLock() {
        state = ORIGIN;
    }

    private static long unlockWriteState(long s) {
        return ((s += WBIT) == 0L) ? ORIGIN : s;
    }

    // ---- non-blocking attempts (lock held) ----

    private long tryWrite() {
        long s = state;
        if ((s & ABITS) == 0L) {
            long next = s + WBIT;
            state = next;
            return next;
        }
        return 0L;
    }

    private long tryRead() {
        long s = state;
        long m = s & ABITS;
        if (m == WBIT) {
            return 0L;
        }
        if (m < RFULL) {
            long next = s + RUNIT;
            state = next;
            return next;
        }
        readerOverflow++;
        return s;
    }

    /** Waits for an acquisition; 0 on timeout. Throws InterruptedException if interruptible. */
    private long acquire(boolean write, boolean interruptible, boolean timed, long nanos) throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        try {
            synchronized (lock) {
                for (;;) {
                    long stamp = write ? tryWrite() : tryRead();
                    if (stamp != 0L) {
                        return stamp;
                    }
                    try {
                        if (timed) {
                            long remaining = deadline - System.nanoTime();
                            if (remaining <= 0L) {
                                return 0L;
                            }
                            TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                        } else {
                            lock.wait();
                        }
                    } catch (InterruptedException ie) {
                        if (interruptible) {
                            throw ie;
                        }
                        interrupted = true;
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private long acquireUninterruptibly(boolean write) {
        try {
            return acquire(write, false, false, 0L);
        } catch (InterruptedException impossible) {
            throw new InternalError(impossible);
        }
    }

    // ---- write mode ----

    public long writeLock() {
        return acquireUninterruptibly(true);
    }

    public long tryWriteLock() {
        synchronized (lock) {
            return tryWrite();
        }
    }

    public long tryWriteLock(long time, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(time);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            long stamp = tryWrite();
            if (stamp != 0L || nanos <= 0L) {
                return stamp;
            }
        }
        return acquire(true, true, true, nanos);
    }

    public long writeLockInterruptibly() throws InterruptedException {
        return acquire(true, true, false, 0L);
    }

    // ---- read mode ----

    public long readLock() {
        return acquireUninterruptibly(false);
    }

    public long tryReadLock() {
        synchronized (lock) {
            return tryRead();
        }
    }

    public long tryReadLock(long time, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(time);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            long stamp = tryRead();
            if (stamp != 0L || nanos <= 0L) {
                return stamp;
            }
        }
        return acquire(false, true, true, nanos);
    }

    public long readLockInterruptibly() throws InterruptedException {
        return acquire(false, true, false, 0L);
    }

    // ---- optimistic reads ----

    public long tryOptimisticRead() {
        long s = state;
        return ((s & WBIT) == 0L) ? (s & SBITS) : 0L;
    }

    public boolean validate(long stamp) {
        return (stamp & SBITS) == (state & SBITS);
    }

    // ---- release ----

    private void releaseWrite(long s) {
        state = unlockWriteState(s);
        lock.notifyAll();
    }

    /** Releases one read hold (lock held); false if the stamp does not match a read hold. */
    private boolean releaseRead(long stamp) {
        long s = state;
        long m = s & ABITS;
        if ((stamp & RBITS) == 0L || (s & SBITS) != (stamp & SBITS) || m == 0L || m == WBIT) {
            return false;
        }
        if (m == RFULL && readerOverflow > 0) {
            readerOverflow--;
            return true;
        }
        state = s - RUNIT;
        if (m == RUNIT) {
            lock.notifyAll();
        }
        return true;
    }

    public void unlockWrite(long stamp) {
        synchronized (lock) {
            if (state != stamp || (stamp & WBIT) == 0L) {
                throw new IllegalMonitorStateException();
            }
            releaseWrite(stamp);
        }
    }

    public void unlockRead(long stamp) {
        synchronized (lock) {
            if (!releaseRead(stamp)) {
                throw new IllegalMonitorStateException();
            }
        }
    }

    public void unlock(long stamp) {
        if ((stamp & WBIT) != 0L) {
            unlockWrite(stamp);
        } else {
            unlockRead(stamp);
        }
    }

    public boolean tryUnlockWrite() {
        synchronized (lock) {
            long s = state;
            if ((s & WBIT) != 0L) {
                releaseWrite(s);
                return true;
            }
            return false;
        }
    }

    public boolean tryUnlockRead() {
        synchronized (lock) {
            long s = state;
            long m = s & ABITS;
            if (m != 0L && m < WBIT) {
                return releaseRead(s);
            }
            return false;
        }
    }

    // ---- conversions ----

    public long tryConvertToWriteLock(long stamp) {
        synchronized (lock) {
            long a = stamp & ABITS;
            long s = state;
            if ((s & SBITS) != (stamp & SBITS)) {
                return 0L;
            }
            long m = s & ABITS;
            if (m == 0L) {
                return (a != 0L) ? 0L : tryWrite();
            } else if (m == WBIT) {
                return (a != m) ? 0L : stamp;
            } else if (m == RUNIT && a != 0L) {
                long next = s - RUNIT + WBIT;
                state = next;
                return next;
            }
            return 0L;
        }
    }

    public long tryConvertToReadLock(long stamp) {
        synchronized (lock) {
            long s = state;
            if ((s & SBITS) != (stamp & SBITS)) {
                return 0L;
            }
            long a = stamp & ABITS;
            if (a >= WBIT) {
                if (s != stamp) {
                    return 0L;
                }
                long next = unlockWriteState(s) + RUNIT;
                state = next;
                lock.notifyAll();
                return next;
            } else if (a == 0L) {
                return tryRead();
            } else {
                return ((s & ABITS) == 0L) ? 0L : stamp;
            }
        }
    }

    public long tryConvertToOptimisticRead(long stamp) {
        synchronized (lock) {
            long s = state;
            if ((s & SBITS) != (stamp & SBITS)) {
                return 0L;
            }
            long a = stamp & ABITS;
            if (a >= WBIT) {
                if (s != stamp) {
                    return 0L;
                }
                releaseWrite(s);
                return state;
            } else if (a == 0L) {
                return stamp;
            }
            long m = s & ABITS;
            if (m == 0L) {
                return 0L;
            }
            releaseRead(s);
            return state & SBITS;
        }
    }

    // ---- inspection ----

    public boolean isWriteLocked() {
        return (state & WBIT) != 0L;
    }

    public boolean isReadLocked() {
        return (state & RBITS) != 0L;
    }

    public static boolean isWriteLockStamp(long stamp) {
        return (stamp & ABITS) == WBIT;
    }

    public static boolean isReadLockStamp(long stamp) {
        return (stamp & RBITS) != 0L;
    }

    public static boolean isLockStamp(long stamp) {
        return (stamp & ABITS) != 0L;
    }

    public static boolean isOptimisticReadStamp(long stamp) {
        return (stamp & ABITS) == 0L && stamp != 0L;
    }

    public int getReadLockCount() {
        synchronized (lock) {
            long readers = state & RBITS;
            if (readers >= RFULL) {
                readers += readerOverflow;
            }
            return (int) readers;
        }
    }

    @Override
    public String toString() {
        long s = state;
        return super.toString() + ((s & ABITS) == 0L ? "[Unlocked]"
                : (s & WBIT) != 0L ? "[Write-locked]" : "[Read-locks:" + getReadLockCount() + "]");
    }

    // ---- Lock views ----

    public Lock asReadLock() {
        ReadLockView v = readLockView;
        if (v == null) {
            v = new ReadLockView();
            readLockView = v;
        }
        return v;
    }

    public Lock asWriteLock() {
        WriteLockView v = writeLockView;
        if (v == null) {
            v = new WriteLockView();
            writeLockView = v;
        }
        return v;
    }

    public ReadWriteLock asReadWriteLock() {
        ReadWriteLockView v = readWriteLockView;
        if (v == null) {
            v = new ReadWriteLockView();
            readWriteLockView = v;
        }
        return v;
    }

    final class ReadLockView implements Lock {
        @Override
        public void lock() {
            readLock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            readLockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return tryReadLock() != 0L;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return tryReadLock(time, unit) != 0L;
        }

        @Override
        public void unlock() {
            if (!tryUnlockRead()) {
                throw new IllegalMonitorStateException();
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }

    final class WriteLockView implements Lock {
        @Override
        public void lock() {
            writeLock();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            writeLockInterruptibly();
        }

        @Override
        public boolean tryLock() {
            return tryWriteLock() != 0L;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return tryWriteLock(time, unit) != 0L;
        }

        @Override
        public void unlock() {
            if (!tryUnlockWrite()) {
                throw new IllegalMonitorStateException();
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }

    final class ReadWriteLockView implements ReadWriteLock {
        @Override
        public Lock readLock() {
            return asReadLock();
        }

        @Override
        public Lock writeLock() {
            return asWriteLock();
        }
    }
}
