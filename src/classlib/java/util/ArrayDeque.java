/*
 * @fileoverview The resizable circular-array Deque. One slot is always free (the tail), capacity
 * grows by (n + 2) while small and by half later; nulls are rejected. Iterators are weakly
 * fail-fast like the JDK's: they count the elements present at creation and throw
 * ConcurrentModificationException when they step on a vacated slot.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A Deque backed by a circular array. */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    /** Circular storage; slots outside [head, tail) are null, so elements[tail] is null. */
    transient Object[] elements;
    /** Index of the first element. */
    transient int head;
    /** Index where addLast stores the next element. */
    transient int tail;

    /** An empty deque with room for 16 elements. */
    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    /** An empty deque with room for {@code numElements} elements. */
    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1
                : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE
                : numElements + 1];
    }

    /** A deque of the elements of {@code c}, first to last in iteration order. */
    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        copyElements(c);
    }

    /** Grows by at least {@code needed} slots, keeping the elements contiguous modulo length. */
    private void grow(int needed) {
        final int oldCapacity = elements.length;
        int newCapacity;
        int jump = (oldCapacity < 64) ? (oldCapacity + 2) : (oldCapacity >> 1);
        if (jump < needed || (newCapacity = (oldCapacity + jump)) - MAX_ARRAY_SIZE > 0) {
            newCapacity = newCapacity(needed, jump);
        }
        final Object[] es = elements = Arrays.copyOf(elements, newCapacity);
        // a wrapped sequence (or a full array, where tail == head) moves its head part to the end
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = (head += newSpace); i < to; i++) {
                es[i] = null;
            }
        }
    }

    private int newCapacity(int needed, int jump) {
        final int oldCapacity = elements.length;
        final int minCapacity;
        if ((minCapacity = oldCapacity + needed) - MAX_ARRAY_SIZE > 0) {
            if (minCapacity < 0) {
                throw new IllegalStateException("Sorry, deque too big");
            }
            return Integer.MAX_VALUE;
        }
        if (needed > jump) {
            return minCapacity;
        }
        return (oldCapacity + jump - MAX_ARRAY_SIZE < 0) ? oldCapacity + jump : MAX_ARRAY_SIZE;
    }

    static int inc(int i, int modulus) {
        if (++i >= modulus) {
            i = 0;
        }
        return i;
    }

    static int dec(int i, int modulus) {
        if (--i < 0) {
            i = modulus - 1;
        }
        return i;
    }

    /** (i - j) modulo {@code modulus}, for indices in [0, modulus). */
    static int sub(int i, int j, int modulus) {
        if ((i -= j) < 0) {
            i += modulus;
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    static <E> E elementAt(Object[] es, int i) {
        return (E) es[i];
    }

    /** The element at {@code i}, which must be present; a vacated slot means interference. */
    static <E> E nonNullElementAt(Object[] es, int i) {
        @SuppressWarnings("unchecked") E e = (E) es[i];
        if (e == null) {
            throw new ConcurrentModificationException();
        }
        return e;
    }

    @Override public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        final Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail) {
            grow(1);
        }
    }

    @Override public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        final Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length))) {
            grow(1);
        }
    }

    @Override public boolean addAll(Collection<? extends E> c) {
        final int s;
        final int needed;
        if ((needed = (s = size()) + c.size() + 1 - elements.length) > 0) {
            grow(needed);
        }
        copyElements(c);
        return size() > s;
    }

    private void copyElements(Collection<? extends E> c) {
        for (E e : c) {
            addLast(e);
        }
    }

    @Override public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    @Override public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override public E pollFirst() {
        final Object[] es;
        final int h;
        E e = elementAt(es = elements, h = head);
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    @Override public E pollLast() {
        final Object[] es;
        final int t;
        E e = elementAt(es = elements, t = dec(tail, es.length));
        if (e != null) {
            es[tail = t] = null;
        }
        return e;
    }

    @Override public E getFirst() {
        E e = elementAt(elements, head);
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override public E getLast() {
        final Object[] es = elements;
        E e = elementAt(es, dec(tail, es.length));
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override public E peekFirst() {
        return elementAt(elements, head);
    }

    @Override public E peekLast() {
        final Object[] es;
        return elementAt(es = elements, dec(tail, es.length));
    }

    @Override public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    @Override public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = tail; i != head; ) {
                i = dec(i, es.length);
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    @Override public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override public boolean offer(E e) {
        return offerLast(e);
    }

    @Override public E remove() {
        return removeFirst();
    }

    @Override public E poll() {
        return pollFirst();
    }

    @Override public E element() {
        return getFirst();
    }

    @Override public E peek() {
        return peekFirst();
    }

    @Override public void push(E e) {
        addFirst(e);
    }

    @Override public E pop() {
        return removeFirst();
    }

    /**
     * Removes the element at slot {@code i}, moving whichever side is shorter. Returns true if
     * the elements after {@code i} moved one slot towards the head (iterators adjust for it).
     */
    boolean delete(int i) {
        final Object[] es = elements;
        final int capacity = es.length;
        final int h = head;
        final int t = tail;
        final int front = sub(i, h, capacity);
        final int back = sub(t, i, capacity) - 1;
        if (front < back) {
            for (int k = i; k != h; ) {
                int p = dec(k, capacity);
                es[k] = es[p];
                k = p;
            }
            es[h] = null;
            head = inc(h, capacity);
            return false;
        } else {
            int newTail = dec(t, capacity);
            for (int k = i; k != newTail; ) {
                int n = inc(k, capacity);
                es[k] = es[n];
                k = n;
            }
            es[newTail] = null;
            tail = newTail;
            return true;
        }
    }

    @Override public int size() {
        return sub(tail, head, elements.length);
    }

    @Override public boolean isEmpty() {
        return head == tail;
    }

    @Override public Iterator<E> iterator() {
        return new DeqIterator();
    }

    @Override public Iterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    /** Head-to-tail iterator over the elements present when it was created. */
    private class DeqIterator implements Iterator<E> {
        /** Slot of the element next() returns. */
        int cursor;
        /** Elements not yet returned. */
        int remaining = size();
        /** Slot of the last returned element, or -1. */
        int lastRet = -1;

        DeqIterator() {
            cursor = head;
        }

        @Override public final boolean hasNext() {
            return remaining > 0;
        }

        @Override public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            final Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            cursor = inc(lastRet = cursor, es.length);
            remaining--;
            return e;
        }

        /** Adjusts the cursor after delete(lastRet). */
        void postDelete(boolean leftShifted) {
            if (leftShifted) {
                cursor = dec(cursor, elements.length);
            }
        }

        @Override public final void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            postDelete(delete(lastRet));
            lastRet = -1;
        }

        @Override public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (remaining > 0) {
                action.accept(next());
            }
        }
    }

    /** Tail-to-head iterator. */
    private class DescendingIterator extends DeqIterator {
        DescendingIterator() {
            cursor = dec(tail, elements.length);
        }

        @Override public final E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            final Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            cursor = dec(lastRet = cursor, es.length);
            remaining--;
            return e;
        }

        @Override void postDelete(boolean leftShifted) {
            if (!leftShifted) {
                cursor = inc(cursor, elements.length);
            }
        }
    }

    @Override public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        final Object[] es = elements;
        final int end = tail;
        for (int i = head; i != end; i = inc(i, es.length)) {
            action.accept(elementAt(es, i));
        }
        if (end != tail || es != elements) {
            throw new ConcurrentModificationException();
        }
    }

    @Override public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    @Override public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> c.contains(e));
    }

    @Override public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> !c.contains(e));
    }

    /** Tests every element first, then compacts, so a throwing filter changes nothing. */
    private boolean bulkRemove(Predicate<? super E> filter) {
        final Object[] es = elements;
        final int capacity = es.length;
        final int n = size();
        boolean[] dead = null;
        for (int k = 0, i = head; k < n; k++, i = inc(i, capacity)) {
            if (filter.test(elementAt(es, i))) {
                if (dead == null) {
                    dead = new boolean[n];
                }
                dead[k] = true;
            }
        }
        if (dead == null) {
            return false;
        }
        int w = head;
        for (int k = 0, i = head; k < n; k++, i = inc(i, capacity)) {
            if (!dead[k]) {
                es[w] = es[i];
                w = inc(w, capacity);
            }
        }
        for (int i = w; i != tail; i = inc(i, capacity)) {
            es[i] = null;
        }
        tail = w;
        return true;
    }

    @Override public boolean contains(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override public void clear() {
        final Object[] es = elements;
        for (int i = head; i != tail; i = inc(i, es.length)) {
            es[i] = null;
        }
        head = tail = 0;
    }

    @Override public Object[] toArray() {
        return toArray(new Object[size()]);
    }

    @SuppressWarnings("unchecked")
    @Override public <T> T[] toArray(T[] a) {
        final int size = size();
        if (size > a.length) {
            a = (T[]) Arrays.newArray(a.getClass().getComponentType(), size);
        }
        final Object[] es = elements;
        Object[] out = a;
        for (int k = 0, i = head; k < size; k++, i = inc(i, es.length)) {
            out[k] = es[i];
        }
        if (size < a.length) {
            a[size] = null;
        }
        return a;
    }

    /** A copy of this deque. */
    @Override public ArrayDeque<E> clone() {
        try {
            @SuppressWarnings("unchecked") ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
