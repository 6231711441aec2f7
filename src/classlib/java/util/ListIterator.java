/*
 * @fileoverview A bidirectional iterator over a List that can also modify it.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** An iterator for lists: moves both ways and supports set/add/remove. */
public interface ListIterator<E> extends Iterator<E> {
    /** Returns true if next() would return an element. */
    boolean hasNext();

    /** Returns the next element. */
    E next();

    /** Returns true if previous() would return an element. */
    boolean hasPrevious();

    /** Returns the previous element. */
    E previous();

    /** Index of the element next() would return. */
    int nextIndex();

    /** Index of the element previous() would return. */
    int previousIndex();

    /** Removes the last element returned by next() or previous(). */
    void remove();

    /** Replaces the last element returned by next() or previous(). */
    void set(E e);

    /** Inserts an element before the cursor. */
    void add(E e);
}
