package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Shared engine of ArrayBlockingQueue, LinkedBlockingQueue, LinkedBlockingDeque,
 * ConcurrentLinkedQueue and ConcurrentLinkedDeque (each delegates to one): an ArrayDeque guarded
 * by a private monitor, with an optional capacity. Blocking operations wait on the monitor
 * (parking only the calling green thread); every change that can unblock someone wakes all
 * waiters, who re-check their condition. Iterators walk a snapshot (weakly consistent, never
 * ConcurrentModificationException); their remove() removes the returned element itself (by
 * identity).
 */
final class LockedDeque<E> implements java.io.Serializable {
    private static final long serialVersionUID = -387911632671998426L;

    final ArrayDeque<E> items;
    final int capacity;
    final Object lock = new Object();
    /** The collection this engine runs (for "(this Collection)" in toString). */
    private final Object owner;
    /** Threads waiting on the lock (to skip notifyAll when nobody waits). */
    private int waiters;

    LockedDeque(int capacity, Object owner) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        this.capacity = capacity;
        this.owner = owner;
        this.items = new ArrayDeque<>(Math.min(capacity, 16));
    }

    /** Adds the elements of c (no nulls; IllegalArgumentException past the capacity). */
    void init(java.util.Collection<? extends E> c) {
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (items.size() >= capacity) {
                throw new IllegalArgumentException();
            }
            items.addLast(e);
        }
    }

    /** Wakes every waiter (lock held). */
    private void changed() {
        if (waiters > 0) {
            lock.notifyAll();
        }
    }

    /** Waits on the lock for at most nanos (0 = no limit); the nanos left (lock held). */
    private long await(boolean timed, long nanos) throws InterruptedException {
        waiters++;
        try {
            if (!timed) {
                lock.wait();
                return 1L;
            }
            long deadline = System.nanoTime() + nanos;
            TimeUnit.NANOSECONDS.timedWait(lock, nanos);
            return deadline - System.nanoTime();
        } finally {
            waiters--;
        }
    }

    private boolean insert(E e, boolean first) {
        if (items.size() >= capacity) {
            return false;
        }
        if (first) {
            items.addFirst(e);
        } else {
            items.addLast(e);
        }
        changed();
        return true;
    }

    private E extract(boolean first) {
        E x = first ? items.pollFirst() : items.pollLast();
        if (x != null) {
            changed();
        }
        return x;
    }

    // ---- non-blocking ----

    public boolean offerFirst(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            return insert(e, true);
        }
    }

    public boolean offerLast(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            return insert(e, false);
        }
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E pollFirst() {
        synchronized (lock) {
            return extract(true);
        }
    }

    public E pollLast() {
        synchronized (lock) {
            return extract(false);
        }
    }

    public E poll() {
        return pollFirst();
    }

    public E peekFirst() {
        synchronized (lock) {
            return items.peekFirst();
        }
    }

    public E peekLast() {
        synchronized (lock) {
            return items.peekLast();
        }
    }

    public E peek() {
        return peekFirst();
    }

    // ---- blocking ----

    public void putFirst(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        synchronized (lock) {
            while (!insert(e, true)) {
                await(false, 0L);
            }
        }
    }

    public void putLast(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        synchronized (lock) {
            while (!insert(e, false)) {
                await(false, 0L);
            }
        }
    }

    public void put(E e) throws InterruptedException {
        putLast(e);
    }

    private boolean timedInsert(E e, boolean first, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        synchronized (lock) {
            while (!insert(e, first)) {
                if (nanos <= 0L) {
                    return false;
                }
                nanos = await(true, nanos);
            }
            return true;
        }
    }

    public boolean offerFirst(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return timedInsert(e, true, timeout, unit);
    }

    public boolean offerLast(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return timedInsert(e, false, timeout, unit);
    }

    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return timedInsert(e, false, timeout, unit);
    }

    public E takeFirst() throws InterruptedException {
        synchronized (lock) {
            E x;
            while ((x = extract(true)) == null) {
                await(false, 0L);
            }
            return x;
        }
    }

    public E takeLast() throws InterruptedException {
        synchronized (lock) {
            E x;
            while ((x = extract(false)) == null) {
                await(false, 0L);
            }
            return x;
        }
    }

    public E take() throws InterruptedException {
        return takeFirst();
    }

    private E timedExtract(boolean first, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (lock) {
            E x;
            while ((x = extract(first)) == null) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = await(true, nanos);
            }
            return x;
        }
    }

    public E pollFirst(long timeout, TimeUnit unit) throws InterruptedException {
        return timedExtract(true, timeout, unit);
    }

    public E pollLast(long timeout, TimeUnit unit) throws InterruptedException {
        return timedExtract(false, timeout, unit);
    }

    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return timedExtract(true, timeout, unit);
    }

    // ---- throwing variants ----

    public void addFirst(E e) {
        if (!offerFirst(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    public void addLast(E e) {
        if (!offerLast(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    public E removeFirst() {
        E x = pollFirst();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    public E removeLast() {
        E x = pollLast();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    public E getFirst() {
        E x = peekFirst();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    public E getLast() {
        E x = peekLast();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    // ---- collection ----

    public boolean removeFirstOccurrence(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            boolean removed = items.removeFirstOccurrence(o);
            if (removed) {
                changed();
            }
            return removed;
        }
    }

    public boolean removeLastOccurrence(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            boolean removed = items.removeLastOccurrence(o);
            if (removed) {
                changed();
            }
            return removed;
        }
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            return items.contains(o);
        }
    }

    public int size() {
        synchronized (lock) {
            return items.size();
        }
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public int remainingCapacity() {
        synchronized (lock) {
            return capacity - items.size();
        }
    }

    public void clear() {
        synchronized (lock) {
            items.clear();
            changed();
        }
    }

    public Object[] toArray() {
        synchronized (lock) {
            return items.toArray();
        }
    }

    public <T> T[] toArray(T[] a) {
        synchronized (lock) {
            return items.toArray(a);
        }
    }

    public String toString() {
        Object[] a = toArray();
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(a[i] == owner ? "(this Collection)" : a[i]);
        }
        return sb.append(']').toString();
    }

    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == owner) {
            throw new IllegalArgumentException();
        }
        if (maxElements <= 0) {
            return 0;
        }
        synchronized (lock) {
            int n = 0;
            while (n < maxElements) {
                E x = items.pollFirst();
                if (x == null) {
                    break;
                }
                c.add(x);
                n++;
            }
            if (n > 0) {
                changed();
            }
            return n;
        }
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        synchronized (lock) {
            boolean removed = items.removeIf(filter);
            if (removed) {
                changed();
            }
            return removed;
        }
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    /** Removes element {@code x} itself (identity), if still present. */
    final void removeIdentity(Object x) {
        synchronized (lock) {
            for (Iterator<E> it = items.iterator(); it.hasNext(); ) {
                if (it.next() == x) {
                    it.remove();
                    changed();
                    return;
                }
            }
        }
    }

    /** Iterates over a snapshot, forwards or backwards. */
    final class SnapshotIterator implements Iterator<E> {
        private final Object[] snapshot;
        private final boolean descending;
        private int cursor;
        private Object lastReturned;

        SnapshotIterator(boolean descending) {
            this.snapshot = toArray();
            this.descending = descending;
        }

        @Override
        public boolean hasNext() {
            return cursor < snapshot.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= snapshot.length) {
                throw new NoSuchElementException();
            }
            int i = descending ? snapshot.length - 1 - cursor : cursor;
            cursor++;
            lastReturned = snapshot[i];
            return (E) lastReturned;
        }

        @Override
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            removeIdentity(lastReturned);
            lastReturned = null;
        }
    }

    public Iterator<E> iterator() {
        return new SnapshotIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new SnapshotIterator(true);
    }
}
