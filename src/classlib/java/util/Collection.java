/*
 * @fileoverview The root interface of the collection hierarchy.
 * Tern class library (own implementation of the Java SE 17 API). stream() and
 * parallelStream() run over spliterator(), which by default takes the collection's iterator
 * (and size) when traversal starts.
 */
package java.util;

import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A group of elements. */
public interface Collection<E> extends Iterable<E> {
    /** Number of elements (Integer.MAX_VALUE if more). */
    int size();

    /** Returns true if there are no elements. */
    boolean isEmpty();

    /** Returns true if some element equals {@code o}. */
    boolean contains(Object o);

    /** Returns an iterator over the elements. */
    Iterator<E> iterator();

    /** Returns a new array holding the elements. */
    Object[] toArray();

    /** Returns the elements in {@code a} if it fits, else in a new array of its runtime type. */
    <T> T[] toArray(T[] a);

    /** Returns the elements in an array made by {@code generator}. */
    default <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    /** Ensures the collection contains {@code e}; true if it changed. */
    boolean add(E e);

    /** Removes one instance of {@code o}; true if it changed. */
    boolean remove(Object o);

    /** Returns true if every element of {@code c} is contained. */
    boolean containsAll(Collection<?> c);

    /** Adds every element of {@code c}; true if it changed. */
    boolean addAll(Collection<? extends E> c);

    /** Removes every element also in {@code c}; true if it changed. */
    boolean removeAll(Collection<?> c);

    /** Removes the elements matching {@code filter}; true if any was removed. */
    default boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        final Iterator<E> each = iterator();
        while (each.hasNext()) {
            if (filter.test(each.next())) {
                each.remove();
                removed = true;
            }
        }
        return removed;
    }

    /** Keeps only the elements also in {@code c}; true if it changed. */
    boolean retainAll(Collection<?> c);

    /** Removes every element. */
    void clear();

    /** Compares with another object per the collection's contract. */
    boolean equals(Object o);

    /** Hash code per the collection's contract. */
    int hashCode();

    /** A SIZED spliterator over the iterator, bound when traversal starts. */
    @Override default Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, 0);
    }

    /** A sequential stream of the elements. */
    default Stream<E> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /** A (nominally) parallel stream of the elements; Tern runs it sequentially. */
    default Stream<E> parallelStream() {
        return StreamSupport.stream(spliterator(), true);
    }
}
