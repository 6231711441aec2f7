package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.Predicate;

/** An unbounded thread-safe FIFO queue, nulls refused (engine: LockedDeque). */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements java.util.Queue<E>, java.io.Serializable {
    private static final long serialVersionUID = 196745693267521676L;

    /** The engine: an ArrayDeque under a private monitor. */
    private final LockedDeque<E> d;

    public ConcurrentLinkedQueue() {
        d = new LockedDeque<>(Integer.MAX_VALUE, this);
    }

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        this();
        d.init(c);
    }

    @Override
    public boolean add(E e) {
        d.addLast(e);
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean modified = false;
        for (E e : c) {
            d.addLast(e);
            modified = true;
        }
        return modified;
    }

    @Override
    public boolean offer(E e) {
        return d.offerLast(e);
    }

    @Override
    public E poll() {
        return d.pollFirst();
    }

    @Override
    public E peek() {
        return d.peekFirst();
    }

    @Override
    public int size() {
        return d.size();
    }

    @Override
    public boolean isEmpty() {
        return d.isEmpty();
    }

    @Override
    public boolean remove(Object o) {
        return d.removeFirstOccurrence(o);
    }

    @Override
    public boolean contains(Object o) {
        return d.contains(o);
    }

    @Override
    public Object[] toArray() {
        return d.toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return d.toArray(a);
    }

    @Override
    public String toString() {
        return d.toString();
    }

    @Override
    public void clear() {
        d.clear();
    }

    @Override
    public Iterator<E> iterator() {
        return d.iterator();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        return d.removeIf(filter);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return d.removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return d.retainAll(c);
    }
}
