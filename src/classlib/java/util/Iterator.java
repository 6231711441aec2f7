/*
 * @fileoverview The iteration protocol used by every collection and by the enhanced for loop.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;

/** An iterator over a sequence of elements. */
public interface Iterator<E> {
    /** Returns true if next() would return an element. */
    boolean hasNext();

    /** Returns the next element or throws NoSuchElementException. */
    E next();

    /** Removes the last returned element; unsupported unless overridden. */
    default void remove() {
        throw new UnsupportedOperationException("remove");
    }

    /** Feeds every remaining element to {@code action}. */
    default void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        while (hasNext())
            action.accept(next());
    }
}
