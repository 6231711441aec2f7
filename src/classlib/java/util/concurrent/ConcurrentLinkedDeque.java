package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.Predicate;

/** An unbounded thread-safe deque, nulls refused (engine: LockedDeque). */
public class ConcurrentLinkedDeque<E> extends AbstractCollection<E> implements java.util.Deque<E>, java.io.Serializable {
    private static final long serialVersionUID = 876323262645176354L;

    /** The engine: an ArrayDeque under a private monitor. */
    private final LockedDeque<E> d;

    public ConcurrentLinkedDeque() {
        d = new LockedDeque<>(Integer.MAX_VALUE, this);
    }

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
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

    @Override
    public void addFirst(E e) {
        d.addFirst(e);
    }

    @Override
    public void addLast(E e) {
        d.addLast(e);
    }

    @Override
    public boolean offerFirst(E e) {
        return d.offerFirst(e);
    }

    @Override
    public boolean offerLast(E e) {
        return d.offerLast(e);
    }

    @Override
    public E removeFirst() {
        return d.removeFirst();
    }

    @Override
    public E removeLast() {
        return d.removeLast();
    }

    @Override
    public E pollFirst() {
        return d.pollFirst();
    }

    @Override
    public E pollLast() {
        return d.pollLast();
    }

    @Override
    public E getFirst() {
        return d.getFirst();
    }

    @Override
    public E getLast() {
        return d.getLast();
    }

    @Override
    public E peekFirst() {
        return d.peekFirst();
    }

    @Override
    public E peekLast() {
        return d.peekLast();
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        return d.removeFirstOccurrence(o);
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        return d.removeLastOccurrence(o);
    }

    @Override
    public E remove() {
        return d.removeFirst();
    }

    @Override
    public E element() {
        return d.getFirst();
    }

    @Override
    public void push(E e) {
        d.addFirst(e);
    }

    @Override
    public E pop() {
        return d.removeFirst();
    }

    @Override
    public Iterator<E> descendingIterator() {
        return d.descendingIterator();
    }
}
