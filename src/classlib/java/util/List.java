/*
 * @fileoverview The List interface, its default methods and the immutable-list factories.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.UnaryOperator;

/** An ordered collection with positional access. */
public interface List<E> extends Collection<E> {
    /** Number of elements. */
    int size();

    /** Returns true if there are no elements. */
    boolean isEmpty();

    /** Returns true if some element equals {@code o}. */
    boolean contains(Object o);

    /** Iterates in index order. */
    Iterator<E> iterator();

    /** The elements in index order. */
    Object[] toArray();

    /** The elements in index order, in {@code a} if it fits. */
    <T> T[] toArray(T[] a);

    /** Appends {@code e}. */
    boolean add(E e);

    /** Removes the first occurrence of {@code o}. */
    boolean remove(Object o);

    /** Returns true if every element of {@code c} is contained. */
    boolean containsAll(Collection<?> c);

    /** Appends every element of {@code c}. */
    boolean addAll(Collection<? extends E> c);

    /** Inserts every element of {@code c} at {@code index}. */
    boolean addAll(int index, Collection<? extends E> c);

    /** Removes every element also in {@code c}. */
    boolean removeAll(Collection<?> c);

    /** Keeps only the elements also in {@code c}. */
    boolean retainAll(Collection<?> c);

    /** Replaces each element with {@code operator.apply(element)}. */
    default void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        final ListIterator<E> li = this.listIterator();
        while (li.hasNext()) {
            li.set(operator.apply(li.next()));
        }
    }

    /** Sorts stably with {@code c} (null: natural ordering), writing back through a list iterator. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    default void sort(Comparator<? super E> c) {
        Object[] a = this.toArray();
        Arrays.sort(a, (Comparator) c);
        ListIterator<E> i = this.listIterator();
        for (Object e : a) {
            i.next();
            i.set((E) e);
        }
    }

    /** Removes every element. */
    void clear();

    /** Equal to another list with equal elements in the same order. */
    boolean equals(Object o);

    /** 31-based polynomial hash of the elements. */
    int hashCode();

    /** The element at {@code index}. */
    E get(int index);

    /** Replaces the element at {@code index}; returns the old one. */
    E set(int index, E element);

    /** Inserts {@code element} at {@code index}. */
    void add(int index, E element);

    /** Removes the element at {@code index}; returns it. */
    E remove(int index);

    /** Index of the first occurrence of {@code o}, or -1. */
    int indexOf(Object o);

    /** Index of the last occurrence of {@code o}, or -1. */
    int lastIndexOf(Object o);

    /** A list iterator starting at 0. */
    ListIterator<E> listIterator();

    /** A list iterator starting at {@code index}. */
    ListIterator<E> listIterator(int index);

    /** A view of the range [fromIndex, toIndex). */
    List<E> subList(int fromIndex, int toIndex);

    /** The empty immutable list. */
    static <E> List<E> of() {
        return ImmutableCollections.emptyList();
    }

    /** An immutable list of one element. */
    static <E> List<E> of(E e1) {
        return new ImmutableCollections.List12<>(e1);
    }

    /** An immutable list of two elements. */
    static <E> List<E> of(E e1, E e2) {
        return new ImmutableCollections.List12<>(e1, e2);
    }

    /** An immutable list of three elements. */
    static <E> List<E> of(E e1, E e2, E e3) {
        return ImmutableCollections.listFromTrustedArray(e1, e2, e3);
    }

    /** An immutable list of four elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4) {
        return ImmutableCollections.listFromTrustedArray(e1, e2, e3, e4);
    }

    /** An immutable list of five elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5) {
        return ImmutableCollections.listFromTrustedArray(e1, e2, e3, e4, e5);
    }

    /** An immutable list of six elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return ImmutableCollections.listFromTrustedArray(e1, e2, e3, e4, e5, e6);
    }

    /** An immutable list of seven elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return ImmutableCollections.listFromTrustedArray(e1, e2, e3, e4, e5, e6, e7);
    }

    /** An immutable list of eight elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return ImmutableCollections.listFromTrustedArray(e1, e2, e3, e4, e5, e6, e7, e8);
    }

    /** An immutable list of nine elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return ImmutableCollections.listFromTrustedArray(e1, e2, e3, e4, e5, e6, e7, e8, e9);
    }

    /** An immutable list of ten elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return ImmutableCollections.listFromTrustedArray(e1, e2, e3, e4, e5, e6, e7, e8, e9, e10);
    }

    /** An immutable list of the given elements (nulls rejected). */
    static <E> List<E> of(E... elements) {
        switch (elements.length) {
            case 0:
                return ImmutableCollections.emptyList();
            case 1:
                return new ImmutableCollections.List12<>(elements[0]);
            case 2:
                return new ImmutableCollections.List12<>(elements[0], elements[1]);
            default:
                return ImmutableCollections.listFromArray(elements);
        }
    }

    /** An immutable copy of {@code coll}, or {@code coll} itself if already an immutable list. */
    static <E> List<E> copyOf(Collection<? extends E> coll) {
        return ImmutableCollections.listCopy(coll);
    }

    /** An ORDERED, SIZED spliterator over the iterator. */
    @Override default Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, Spliterator.ORDERED);
    }
}
