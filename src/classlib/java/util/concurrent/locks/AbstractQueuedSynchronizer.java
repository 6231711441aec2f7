package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * A framework for blocking locks and synchronizers over one int of state and a FIFO queue of
 * waiting threads (the Java SE contract: subclasses define tryAcquire/tryRelease and/or the
 * shared variants; acquire/release do the queuing and parking).
 *
 * <p>Tern design: the state is changed with a VM compare-and-set native; the wait queue is a
 * plain doubly linked list guarded by this object's monitor (held only for a few field updates,
 * never while parked). A queued thread tries to acquire only when it is first in the queue;
 * every successful release unparks the first waiter, a cancelled first waiter passes the wake-up
 * on, and a shared acquire that leaves more to take wakes the next waiter (propagation).
 */
public abstract class AbstractQueuedSynchronizer extends AbstractOwnableSynchronizer
        implements java.io.Serializable {
    private static final long serialVersionUID = 7373984972572414691L;

    /** VM-known: compareAndSetState reads and writes this field. */
    private volatile int state;

    /** The oldest waiter (first in line), or null. Guarded by this. */
    private transient volatile Node head;
    /** The newest waiter, or null. Guarded by this. */
    private transient Node tail;

    /** A thread waiting to acquire. */
    static final class Node {
        final Thread thread;
        final boolean shared;
        Node prev;
        Node next;

        Node(Thread thread, boolean shared) {
            this.thread = thread;
            this.shared = shared;
        }
    }

    protected AbstractQueuedSynchronizer() {
    }

    protected final int getState() {
        return state;
    }

    protected final void setState(int newState) {
        state = newState;
    }

    /** VM: if the state is {@code expect}, sets it to {@code update} (atomically) and returns true. */
    protected final native boolean compareAndSetState(int expect, int update);

    protected boolean tryAcquire(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryRelease(int arg) {
        throw new UnsupportedOperationException();
    }

    protected int tryAcquireShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean tryReleaseShared(int arg) {
        throw new UnsupportedOperationException();
    }

    protected boolean isHeldExclusively() {
        throw new UnsupportedOperationException();
    }

    // ---- the queue ----

    private synchronized Node enqueue(boolean shared) {
        Node node = new Node(Thread.currentThread(), shared);
        Node t = tail;
        if (t == null) {
            head = node;
        } else {
            node.prev = t;
            t.next = node;
        }
        tail = node;
        return node;
    }

    /** Unlinks {@code node}; returns the thread of the new first waiter if node was first. */
    private synchronized Thread unlink(Node node) {
        Node p = node.prev;
        Node n = node.next;
        boolean wasFirst = (head == node);
        if (p == null) {
            if (wasFirst) {
                head = n;
            }
        } else {
            p.next = n;
        }
        if (n == null) {
            if (tail == node) {
                tail = p;
            }
        } else {
            n.prev = p;
        }
        node.prev = null;
        node.next = null;
        Node h = head;
        return (wasFirst && h != null) ? h.thread : null;
    }

    /** Unparks the first waiter, if any. */
    private void wakeFirst() {
        Node h = head;
        if (h != null) {
            LockSupport.unpark(h.thread);
        }
    }

    /**
     * Waits in the queue until the acquire succeeds (true), the time runs out (false) or, if
     * {@code interruptible}, the thread is interrupted (InterruptedException). An interrupt of
     * an uninterruptible wait is re-asserted on return.
     */
    private boolean acquireQueued(int arg, boolean shared, boolean interruptible, boolean timed, long nanos)
            throws InterruptedException {
        Node node = enqueue(shared);
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        boolean acquired = false;
        try {
            for (;;) {
                if (head == node) {
                    if (shared) {
                        int r = tryAcquireShared(arg);
                        if (r >= 0) {
                            acquired = true;
                            Thread next = unlink(node);
                            if (r > 0 && next != null) {
                                LockSupport.unpark(next);
                            }
                            return true;
                        }
                    } else if (tryAcquire(arg)) {
                        acquired = true;
                        unlink(node);
                        return true;
                    }
                }
                if (timed) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0L) {
                        return false;
                    }
                    LockSupport.parkNanos(this, remaining);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    if (interruptible) {
                        throw new InterruptedException();
                    }
                    interrupted = true;
                }
            }
        } finally {
            if (!acquired) {
                Thread next = unlink(node);
                if (next != null) {
                    LockSupport.unpark(next);
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Uninterruptible queued acquire (the interrupt status is kept). */
    private void acquireUninterruptibly(int arg, boolean shared) {
        try {
            acquireQueued(arg, shared, false, false, 0L);
        } catch (InterruptedException impossible) {
            throw new InternalError(impossible);
        }
    }

    // ---- exclusive mode ----

    public final void acquire(int arg) {
        if (!tryAcquire(arg)) {
            acquireUninterruptibly(arg, false);
        }
    }

    public final void acquireInterruptibly(int arg) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (!tryAcquire(arg)) {
            acquireQueued(arg, false, true, false, 0L);
        }
    }

    public final boolean tryAcquireNanos(int arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquire(arg)) {
            return true;
        }
        return nanosTimeout > 0L && acquireQueued(arg, false, true, true, nanosTimeout);
    }

    public final boolean release(int arg) {
        if (tryRelease(arg)) {
            wakeFirst();
            return true;
        }
        return false;
    }

    // ---- shared mode ----

    public final void acquireShared(int arg) {
        if (tryAcquireShared(arg) < 0) {
            acquireUninterruptibly(arg, true);
        }
    }

    public final void acquireSharedInterruptibly(int arg) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquireShared(arg) < 0) {
            acquireQueued(arg, true, true, false, 0L);
        }
    }

    public final boolean tryAcquireSharedNanos(int arg, long nanosTimeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (tryAcquireShared(arg) >= 0) {
            return true;
        }
        return nanosTimeout > 0L && acquireQueued(arg, true, true, true, nanosTimeout);
    }

    public final boolean releaseShared(int arg) {
        if (tryReleaseShared(arg)) {
            wakeFirst();
            return true;
        }
        return false;
    }

    // ---- queue inspection ----

    public final boolean hasQueuedThreads() {
        return head != null;
    }

    public final boolean hasContended() {
        return head != null;
    }

    public final synchronized Thread getFirstQueuedThread() {
        Node h = head;
        return (h == null) ? null : h.thread;
    }

    public final synchronized boolean isQueued(Thread thread) {
        if (thread == null) {
            throw new NullPointerException();
        }
        for (Node p = head; p != null; p = p.next) {
            if (p.thread == thread) {
                return true;
            }
        }
        return false;
    }

    /** True if some other thread has waited longer than the current thread (fair acquires). */
    public final boolean hasQueuedPredecessors() {
        Node h = head;
        return h != null && h.thread != Thread.currentThread();
    }

    /** For the read lock: is the first waiter an exclusive (writer) one? */
    final boolean apparentlyFirstQueuedIsExclusive() {
        Node h = head;
        return h != null && !h.shared;
    }

    public final synchronized int getQueueLength() {
        int n = 0;
        for (Node p = head; p != null; p = p.next) {
            n++;
        }
        return n;
    }

    private synchronized Collection<Thread> queuedThreads(int mode) {
        ArrayList<Thread> list = new ArrayList<>();
        for (Node p = tail; p != null; p = p.prev) {
            if (mode == 0 || (mode == 1) == !p.shared) {
                list.add(p.thread);
            }
        }
        return list;
    }

    public final Collection<Thread> getQueuedThreads() {
        return queuedThreads(0);
    }

    public final Collection<Thread> getExclusiveQueuedThreads() {
        return queuedThreads(1);
    }

    public final Collection<Thread> getSharedQueuedThreads() {
        return queuedThreads(2);
    }

    @Override
    public String toString() {
        return super.toString() + "[State = " + getState() + ", " + (hasQueuedThreads() ? "non" : "")
                + "empty queue]";
    }

    // ---- conditions ----

    public final boolean owns(ConditionObject condition) {
        return condition.isOwnedBy(this);
    }

    private ConditionObject checkOwned(ConditionObject condition) {
        if (!owns(condition)) {
            throw new IllegalArgumentException("Not owner");
        }
        return condition;
    }

    public final boolean hasWaiters(ConditionObject condition) {
        return checkOwned(condition).hasWaiters();
    }

    public final int getWaitQueueLength(ConditionObject condition) {
        return checkOwned(condition).getWaitQueueLength();
    }

    public final Collection<Thread> getWaitingThreads(ConditionObject condition) {
        return checkOwned(condition).getWaitingThreads();
    }

    /** A thread waiting on a condition. Fields guarded by the synchronizer's monitor. */
    static final class Waiter {
        final Thread thread;
        Waiter next;
        boolean signalled;
        boolean cancelled;
        int savedState;

        Waiter(Thread thread) {
            this.thread = thread;
        }
    }

    /**
     * A Condition for exclusive-mode synchronizers. await releases the synchronizer fully
     * (release(getState())), parks until signalled, then re-acquires with the saved state.
     */
    public class ConditionObject implements Condition, java.io.Serializable {
        private static final long serialVersionUID = 1173984872572414699L;

        /** Waiters in arrival order; guarded by the synchronizer's monitor. */
        private transient Waiter firstWaiter;
        private transient Waiter lastWaiter;

        public ConditionObject() {
        }

        final boolean isOwnedBy(AbstractQueuedSynchronizer sync) {
            return sync == AbstractQueuedSynchronizer.this;
        }

        /** Adds the current thread as a waiter and releases the synchronizer fully. */
        private Waiter enableWait() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Waiter w = new Waiter(Thread.currentThread());
            synchronized (AbstractQueuedSynchronizer.this) {
                if (lastWaiter == null) {
                    firstWaiter = w;
                } else {
                    lastWaiter.next = w;
                }
                lastWaiter = w;
            }
            int saved = getState();
            boolean released = false;
            try {
                released = release(saved);
            } finally {
                if (!released) {
                    cancel(w);
                }
            }
            if (!released) {
                throw new IllegalMonitorStateException();
            }
            w.savedState = saved;
            return w;
        }

        /** Removes an unsignalled waiter (timeout or interrupt); false if it was signalled first. */
        private boolean cancel(Waiter w) {
            synchronized (AbstractQueuedSynchronizer.this) {
                if (w.signalled) {
                    return false;
                }
                w.cancelled = true;
                Waiter prev = null;
                for (Waiter p = firstWaiter; p != null; prev = p, p = p.next) {
                    if (p == w) {
                        if (prev == null) {
                            firstWaiter = p.next;
                        } else {
                            prev.next = p.next;
                        }
                        if (lastWaiter == p) {
                            lastWaiter = prev;
                        }
                        break;
                    }
                }
                w.next = null;
                return true;
            }
        }

        private boolean isSignalled(Waiter w) {
            synchronized (AbstractQueuedSynchronizer.this) {
                return w.signalled;
            }
        }

        /**
         * Parks until signalled, timed out or (if interruptible) interrupted, then re-acquires.
         * Untimed: returns 1. Timed: the nanoseconds left (at most 0 when it timed out), or, if
         * {@code asBoolean}, 1 when signalled and 0 when timed out.
         */
        private long doAwait(boolean interruptible, boolean timed, long nanos, boolean asBoolean)
                throws InterruptedException {
            if (interruptible && Thread.interrupted()) {
                throw new InterruptedException();
            }
            long deadline = timed ? System.nanoTime() + nanos : 0L;
            Waiter w = enableWait();
            boolean throwInterrupt = false;
            boolean reinterrupt = false;
            boolean timedOut = false;
            while (!isSignalled(w)) {
                if (timed) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0L) {
                        if (cancel(w)) {
                            timedOut = true;
                            break;
                        }
                        continue;
                    }
                    LockSupport.parkNanos(this, remaining);
                } else {
                    LockSupport.park(this);
                }
                if (Thread.interrupted()) {
                    if (interruptible) {
                        if (cancel(w)) {
                            throwInterrupt = true;
                        } else {
                            reinterrupt = true;
                        }
                        break;
                    }
                    reinterrupt = true;
                }
            }
            acquire(w.savedState);
            if (throwInterrupt) {
                throw new InterruptedException();
            }
            if (reinterrupt) {
                Thread.currentThread().interrupt();
            }
            if (!timed) {
                return 1L;
            }
            if (asBoolean) {
                return timedOut ? 0L : 1L;
            }
            long remaining = deadline - System.nanoTime();
            if (timedOut) {
                return Math.min(remaining, 0L);
            }
            return (remaining <= nanos) ? remaining : Long.MIN_VALUE;
        }

        @Override
        public final void await() throws InterruptedException {
            doAwait(true, false, 0L, false);
        }

        @Override
        public final void awaitUninterruptibly() {
            try {
                doAwait(false, false, 0L, false);
            } catch (InterruptedException impossible) {
                throw new InternalError(impossible);
            }
        }

        @Override
        public final long awaitNanos(long nanosTimeout) throws InterruptedException {
            return doAwait(true, true, nanosTimeout, false);
        }

        @Override
        public final boolean await(long time, TimeUnit unit) throws InterruptedException {
            return doAwait(true, true, unit.toNanos(time), true) != 0L;
        }

        @Override
        public final void signal() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Thread t = null;
            synchronized (AbstractQueuedSynchronizer.this) {
                Waiter w = firstWaiter;
                if (w != null) {
                    firstWaiter = w.next;
                    if (firstWaiter == null) {
                        lastWaiter = null;
                    }
                    w.next = null;
                    w.signalled = true;
                    t = w.thread;
                }
            }
            if (t != null) {
                LockSupport.unpark(t);
            }
        }

        @Override
        public final void signalAll() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            Waiter w;
            synchronized (AbstractQueuedSynchronizer.this) {
                w = firstWaiter;
                firstWaiter = null;
                lastWaiter = null;
                for (Waiter p = w; p != null; p = p.next) {
                    p.signalled = true;
                }
            }
            while (w != null) {
                Waiter next = w.next;
                w.next = null;
                LockSupport.unpark(w.thread);
                w = next;
            }
        }

        protected final boolean hasWaiters() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                return firstWaiter != null;
            }
        }

        protected final int getWaitQueueLength() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                int n = 0;
                for (Waiter p = firstWaiter; p != null; p = p.next) {
                    n++;
                }
                return n;
            }
        }

        protected final Collection<Thread> getWaitingThreads() {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            synchronized (AbstractQueuedSynchronizer.this) {
                ArrayList<Thread> list = new ArrayList<>();
                for (Waiter p = firstWaiter; p != null; p = p.next) {
                    list.add(p.thread);
                }
                return list;
            }
        }
    }
}
