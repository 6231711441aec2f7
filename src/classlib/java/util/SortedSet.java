/*
 * @fileoverview A Set ordered by its elements' natural ordering or a Comparator.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A totally ordered set. */
public interface SortedSet<E> extends Set<E> {
    /** The ordering comparator, or null for natural ordering. */
    Comparator<? super E> comparator();

    /** View of the elements in [fromElement, toElement). */
    SortedSet<E> subSet(E fromElement, E toElement);

    /** View of the elements below {@code toElement}. */
    SortedSet<E> headSet(E toElement);

    /** View of the elements at or above {@code fromElement}. */
    SortedSet<E> tailSet(E fromElement);

    /** The lowest element. */
    E first();

    /** The highest element. */
    E last();
}
