/*
 * @fileoverview A SortedSet with closest-match navigation and descending views.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A sorted set with navigation methods. */
public interface NavigableSet<E> extends SortedSet<E> {
    /** Greatest element strictly less than {@code e}, or null. */
    E lower(E e);

    /** Greatest element less than or equal to {@code e}, or null. */
    E floor(E e);

    /** Least element greater than or equal to {@code e}, or null. */
    E ceiling(E e);

    /** Least element strictly greater than {@code e}, or null. */
    E higher(E e);

    /** Removes and returns the lowest element, or null. */
    E pollFirst();

    /** Removes and returns the highest element, or null. */
    E pollLast();

    /** Iterates in ascending order. */
    Iterator<E> iterator();

    /** Reverse-order view. */
    NavigableSet<E> descendingSet();

    /** Iterates in descending order. */
    Iterator<E> descendingIterator();

    /** View of a range with explicit inclusiveness. */
    NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive);

    /** View of the elements below (or equal to) {@code toElement}. */
    NavigableSet<E> headSet(E toElement, boolean inclusive);

    /** View of the elements above (or equal to) {@code fromElement}. */
    NavigableSet<E> tailSet(E fromElement, boolean inclusive);

    /** Same as subSet(from, true, to, false). */
    SortedSet<E> subSet(E fromElement, E toElement);

    /** Same as headSet(to, false). */
    SortedSet<E> headSet(E toElement);

    /** Same as tailSet(from, true). */
    SortedSet<E> tailSet(E fromElement);
}
