/*
 * @fileoverview A double-ended queue, also usable as a stack.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A linear collection supporting insertion and removal at both ends. */
public interface Deque<E> extends Queue<E> {
    /** Inserts at the front, throwing when full. */
    void addFirst(E e);

    /** Inserts at the end, throwing when full. */
    void addLast(E e);

    /** Inserts at the front; false when full. */
    boolean offerFirst(E e);

    /** Inserts at the end; false when full. */
    boolean offerLast(E e);

    /** Removes the first element, throwing when empty. */
    E removeFirst();

    /** Removes the last element, throwing when empty. */
    E removeLast();

    /** Removes the first element, or returns null. */
    E pollFirst();

    /** Removes the last element, or returns null. */
    E pollLast();

    /** Returns the first element, throwing when empty. */
    E getFirst();

    /** Returns the last element, throwing when empty. */
    E getLast();

    /** Returns the first element, or null. */
    E peekFirst();

    /** Returns the last element, or null. */
    E peekLast();

    /** Removes the first occurrence of {@code o}. */
    boolean removeFirstOccurrence(Object o);

    /** Removes the last occurrence of {@code o}. */
    boolean removeLastOccurrence(Object o);

    /** Same as addLast. */
    boolean add(E e);

    /** Same as offerLast. */
    boolean offer(E e);

    /** Same as removeFirst. */
    E remove();

    /** Same as pollFirst. */
    E poll();

    /** Same as getFirst. */
    E element();

    /** Same as peekFirst. */
    E peek();

    /** Adds every element of {@code c} at the end. */
    boolean addAll(Collection<? extends E> c);

    /** Stack push: same as addFirst. */
    void push(E e);

    /** Stack pop: same as removeFirst. */
    E pop();

    /** Same as removeFirstOccurrence. */
    boolean remove(Object o);

    /** Returns true if some element equals {@code o}. */
    boolean contains(Object o);

    /** Number of elements. */
    int size();

    /** Iterates first to last. */
    Iterator<E> iterator();

    /** Iterates last to first. */
    Iterator<E> descendingIterator();
}
