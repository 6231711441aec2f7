package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.Predicate;

/** A bounded blocking FIFO queue with a fixed capacity (engine: LockedDeque). */
public class ArrayBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -817911632652898426L;

    /** The engine: an ArrayDeque under a private monitor. */
    private final LockedDeque<E> d;

    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        d = new LockedDeque<>(capacity, this);
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        d.init(c);
    }

    @Override
    public boolean add(E e) {
        if (d.offerLast(e)) {
            return true;
        }
        throw new IllegalStateException("Queue full");
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

    @Override
    public void put(E e) throws InterruptedException {
        d.putLast(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return d.offerLast(e, timeout, unit);
    }

    @Override
    public E take() throws InterruptedException {
        return d.takeFirst();
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return d.pollFirst(timeout, unit);
    }

    @Override
    public int remainingCapacity() {
        return d.remainingCapacity();
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return d.drainTo(c);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        return d.drainTo(c, maxElements);
    }
}
