package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An unbounded blocking priority queue: a java.util.PriorityQueue (same binary-heap array order
 * as the JDK's, hence the same toString and iteration order) guarded by a private monitor.
 * Iterators walk a snapshot of the heap array.
 */
public class PriorityBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = 5595510919245408276L;

    private final PriorityQueue<E> q;
    private final Object lock = new Object();
    private int waiters;

    public PriorityBlockingQueue() {
        q = new PriorityQueue<>();
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        q = new PriorityQueue<>(initialCapacity, comparator);
    }

    @SuppressWarnings("unchecked")
    public PriorityBlockingQueue(Collection<? extends E> c) {
        if (c instanceof PriorityBlockingQueue) {
            PriorityBlockingQueue<? extends E> pbq = (PriorityBlockingQueue<? extends E>) c;
            synchronized (pbq.lock) {
                q = new PriorityQueue<E>((PriorityQueue<E>) pbq.q);
            }
        } else if (c instanceof SortedSet) {
            q = new PriorityQueue<E>((SortedSet<E>) c);
        } else if (c instanceof PriorityQueue) {
            q = new PriorityQueue<E>((PriorityQueue<E>) c);
        } else {
            q = new PriorityQueue<E>(c);
        }
    }

    private void changed() {
        if (waiters > 0) {
            lock.notifyAll();
        }
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            q.offer(e);
            changed();
            return true;
        }
    }

    @Override
    public void put(E e) {
        offer(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    @Override
    public E poll() {
        synchronized (lock) {
            return q.poll();
        }
    }

    @Override
    public E take() throws InterruptedException {
        synchronized (lock) {
            E x;
            while ((x = q.poll()) == null) {
                waiters++;
                try {
                    lock.wait();
                } finally {
                    waiters--;
                }
            }
            return x;
        }
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (lock) {
            E x;
            while ((x = q.poll()) == null) {
                if (nanos <= 0L) {
                    return null;
                }
                long deadline = System.nanoTime() + nanos;
                waiters++;
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, nanos);
                } finally {
                    waiters--;
                }
                nanos = deadline - System.nanoTime();
            }
            return x;
        }
    }

    @Override
    public E peek() {
        synchronized (lock) {
            return q.peek();
        }
    }

    public Comparator<? super E> comparator() {
        return q.comparator();
    }

    @Override
    public int size() {
        synchronized (lock) {
            return q.size();
        }
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean remove(Object o) {
        synchronized (lock) {
            return q.remove(o);
        }
    }

    @Override
    public boolean contains(Object o) {
        synchronized (lock) {
            return q.contains(o);
        }
    }

    @Override
    public String toString() {
        Object[] a = toArray();
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(a[i] == this ? "(this Collection)" : a[i]);
        }
        return sb.append(']').toString();
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
        if (maxElements <= 0) {
            return 0;
        }
        synchronized (lock) {
            int n = 0;
            while (n < maxElements) {
                E x = q.poll();
                if (x == null) {
                    break;
                }
                c.add(x);
                n++;
            }
            return n;
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            q.clear();
        }
    }

    @Override
    public Object[] toArray() {
        synchronized (lock) {
            return q.toArray();
        }
    }

    @Override
    public <T> T[] toArray(T[] a) {
        synchronized (lock) {
            return q.toArray(a);
        }
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        synchronized (lock) {
            return q.removeIf(filter);
        }
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        synchronized (lock) {
            return q.removeAll(c);
        }
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        synchronized (lock) {
            return q.retainAll(c);
        }
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Object e : toArray()) {
            @SuppressWarnings("unchecked")
            E x = (E) e;
            action.accept(x);
        }
    }

    /** Removes element {@code x} itself (identity), if still present. */
    private void removeIdentity(Object x) {
        synchronized (lock) {
            for (Iterator<E> it = q.iterator(); it.hasNext(); ) {
                if (it.next() == x) {
                    it.remove();
                    return;
                }
            }
        }
    }

    @Override
    public Iterator<E> iterator() {
        Object[] snapshot = toArray();
        return new Iterator<E>() {
            private int cursor;
            private Object lastRet;

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
                lastRet = snapshot[cursor++];
                return (E) lastRet;
            }

            @Override
            public void remove() {
                if (lastRet == null) {
                    throw new IllegalStateException();
                }
                removeIdentity(lastRet);
                lastRet = null;
            }
        };
    }
}
