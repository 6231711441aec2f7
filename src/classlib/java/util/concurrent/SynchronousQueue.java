package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;

/**
 * A blocking queue without capacity: each insert waits for a matching remove and vice versa.
 * Waiting producers or consumers form a list; a fair queue matches the longest waiting one
 * (FIFO), a non-fair one the most recent (LIFO, as the JDK's stack). Guarded by a private
 * monitor.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -3223113410248163686L;

    /** A waiting producer (item != null) or consumer (item == null). Guarded by lock. */
    private static final class Waiter {
        final boolean isData;
        Object item;
        boolean matched;
        Waiter prev;
        Waiter next;

        Waiter(boolean isData, Object item) {
            this.isData = isData;
            this.item = item;
        }
    }

    private final boolean fair;
    private final Object lock = new Object();
    /** Waiters in arrival order; all of the same kind (producers or consumers). */
    private Waiter head;
    private Waiter tail;

    public SynchronousQueue() {
        this(false);
    }

    public SynchronousQueue(boolean fair) {
        this.fair = fair;
    }

    private void link(Waiter w) {
        w.prev = tail;
        if (tail == null) {
            head = w;
        } else {
            tail.next = w;
        }
        tail = w;
    }

    private void unlink(Waiter w) {
        if (w.prev == null) {
            head = w.next;
        } else {
            w.prev.next = w.next;
        }
        if (w.next == null) {
            tail = w.prev;
        } else {
            w.next.prev = w.prev;
        }
        w.prev = null;
        w.next = null;
    }

    /**
     * Hands e to a waiting consumer (e != null) or takes an item from a waiting producer
     * (e == null); waits for a partner when mode allows (0 no wait, 1 timed, 2 untimed).
     * Returns the item received (consumer), e itself (producer), or null on failure.
     */
    private Object transfer(Object e, int mode, long nanos) throws InterruptedException {
        boolean isData = (e != null);
        synchronized (lock) {
            Waiter partner = fair ? head : tail;
            if (partner != null && partner.isData != isData) {
                unlink(partner);
                Object x = partner.item;
                partner.item = e;
                partner.matched = true;
                lock.notifyAll();
                return isData ? e : x;
            }
            if (mode == 0) {
                return null;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Waiter w = new Waiter(isData, e);
            link(w);
            long deadline = (mode == 1) ? System.nanoTime() + nanos : 0L;
            try {
                while (!w.matched) {
                    if (mode == 1) {
                        long remaining = deadline - System.nanoTime();
                        if (remaining <= 0L) {
                            unlink(w);
                            return null;
                        }
                        TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                    } else {
                        lock.wait();
                    }
                }
            } catch (InterruptedException ie) {
                if (!w.matched) {
                    unlink(w);
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            return isData ? e : w.item;
        }
    }

    @Override
    public void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        transfer(e, 2, 0L);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        return transfer(e, 1, unit.toNanos(timeout)) != null;
    }

    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        try {
            return transfer(e, 0, 0L) != null;
        } catch (InterruptedException impossible) {
            throw new Error(impossible);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public E take() throws InterruptedException {
        return (E) transfer(null, 2, 0L);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return (E) transfer(null, 1, unit.toNanos(timeout));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E poll() {
        try {
            return (E) transfer(null, 0, 0L);
        } catch (InterruptedException impossible) {
            throw new Error(impossible);
        }
    }

    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public int remainingCapacity() {
        return 0;
    }

    @Override
    public void clear() {
    }

    @Override
    public boolean contains(Object o) {
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return false;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return c.isEmpty();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return false;
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return false;
    }

    @Override
    public E peek() {
        return null;
    }

    @Override
    public Iterator<E> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public Object[] toArray() {
        return new Object[0];
    }

    @Override
    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    @Override
    public String toString() {
        return "[]";
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) {
            c.add(e);
        }
        return n;
    }
}
