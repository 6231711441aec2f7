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

    /**
     * A DISTINCT, SORTED, ORDERED, SIZED spliterator over the iterator, whose comparator is
     * the set's (null for natural order: a stream's sorted() then has nothing to do).
     */
    @Override default Spliterator<E> spliterator() {
        return new IteratorSpliterator<E>(this, Spliterator.DISTINCT | Spliterator.SORTED | Spliterator.ORDERED) {
            @Override public Comparator<? super E> getComparator() {
                return SortedSet.this.comparator();
            }
        };
    }
}
