package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * An unbounded blocking queue of Delayed elements, taken only once their delay has expired
 * (earliest first). A PriorityQueue guarded by a private monitor.
 */
public class DelayQueue<E extends Delayed> extends AbstractQueue<E> implements BlockingQueue<E> {
    private final PriorityQueue<E> q = new PriorityQueue<>();
    private final Object lock = new Object();

    public DelayQueue() {
    }

    public DelayQueue(Collection<? extends E> c) {
        addAll(c);
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
            lock.notifyAll();
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
            E first = q.peek();
            return (first == null || first.getDelay(TimeUnit.NANOSECONDS) > 0) ? null : q.poll();
        }
    }

    @Override
    public E take() throws InterruptedException {
        synchronized (lock) {
            for (;;) {
                E first = q.peek();
                if (first == null) {
                    lock.wait();
                } else {
                    long delay = first.getDelay(TimeUnit.NANOSECONDS);
                    if (delay <= 0L) {
                        return q.poll();
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, delay);
                }
            }
        }
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        long deadline = System.nanoTime() + nanos;
        synchronized (lock) {
            for (;;) {
                E first = q.peek();
                long delay = (first == null) ? Long.MAX_VALUE : first.getDelay(TimeUnit.NANOSECONDS);
                if (first != null && delay <= 0L) {
                    return q.poll();
                }
                nanos = deadline - System.nanoTime();
                if (nanos <= 0L) {
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, Math.min(nanos, delay));
            }
        }
    }

    @Override
    public E peek() {
        synchronized (lock) {
            return q.peek();
        }
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
                synchronized (lock) {
                    for (Iterator<E> it = q.iterator(); it.hasNext(); ) {
                        if (it.next() == lastRet) {
                            it.remove();
                            break;
                        }
                    }
                }
                lastRet = null;
            }
        };
    }
}
