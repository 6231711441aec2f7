/*
 * @fileoverview The Set interface and the immutable-set factories.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A collection without duplicate elements. */
public interface Set<E> extends Collection<E> {
    /** Number of elements. */
    int size();

    /** Returns true if there are no elements. */
    boolean isEmpty();

    /** Returns true if some element equals {@code o}. */
    boolean contains(Object o);

    /** Iterates over the elements. */
    Iterator<E> iterator();

    /** The elements in iteration order. */
    Object[] toArray();

    /** The elements in iteration order, in {@code a} if it fits. */
    <T> T[] toArray(T[] a);

    /** Adds {@code e} if absent. */
    boolean add(E e);

    /** Removes {@code o} if present. */
    boolean remove(Object o);

    /** Returns true if every element of {@code c} is contained. */
    boolean containsAll(Collection<?> c);

    /** Adds every element of {@code c} (set union). */
    boolean addAll(Collection<? extends E> c);

    /** Keeps only the elements also in {@code c} (intersection). */
    boolean retainAll(Collection<?> c);

    /** Removes every element also in {@code c} (difference). */
    boolean removeAll(Collection<?> c);

    /** Removes every element. */
    void clear();

    /** Equal to another set with the same elements. */
    boolean equals(Object o);

    /** Sum of the elements' hash codes. */
    int hashCode();

    /** The empty immutable set. */
    static <E> Set<E> of() {
        return ImmutableCollections.emptySet();
    }

    /** An immutable set of one element. */
    static <E> Set<E> of(E e1) {
        return new ImmutableCollections.Set12<>(e1);
    }

    /** An immutable set of two elements. */
    static <E> Set<E> of(E e1, E e2) {
        return new ImmutableCollections.Set12<>(e1, e2);
    }

    /** An immutable set of three elements. */
    static <E> Set<E> of(E e1, E e2, E e3) {
        return new ImmutableCollections.SetN<>(e1, e2, e3);
    }

    /** An immutable set of four elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4) {
        return new ImmutableCollections.SetN<>(e1, e2, e3, e4);
    }

    /** An immutable set of five elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5) {
        return new ImmutableCollections.SetN<>(e1, e2, e3, e4, e5);
    }

    /** An immutable set of six elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return new ImmutableCollections.SetN<>(e1, e2, e3, e4, e5, e6);
    }

    /** An immutable set of seven elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return new ImmutableCollections.SetN<>(e1, e2, e3, e4, e5, e6, e7);
    }

    /** An immutable set of eight elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return new ImmutableCollections.SetN<>(e1, e2, e3, e4, e5, e6, e7, e8);
    }

    /** An immutable set of nine elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return new ImmutableCollections.SetN<>(e1, e2, e3, e4, e5, e6, e7, e8, e9);
    }

    /** An immutable set of ten elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return new ImmutableCollections.SetN<>(e1, e2, e3, e4, e5, e6, e7, e8, e9, e10);
    }

    /** An immutable set of the given elements (nulls and duplicates rejected). */
    static <E> Set<E> of(E... elements) {
        switch (elements.length) {
            case 0:
                return ImmutableCollections.emptySet();
            case 1:
                return new ImmutableCollections.Set12<>(elements[0]);
            case 2:
                return new ImmutableCollections.Set12<>(elements[0], elements[1]);
            default:
                return new ImmutableCollections.SetN<>(elements);
        }
    }

    /** An immutable copy of {@code coll} (duplicates allowed), or {@code coll} if already one. */
    static <E> Set<E> copyOf(Collection<? extends E> coll) {
        return ImmutableCollections.setCopy(coll);
    }

    /** A DISTINCT, SIZED spliterator over the iterator. */
    @Override default Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, Spliterator.DISTINCT);
    }
}
