/*
 * @fileoverview A collection holding elements prior to processing (FIFO, priority...).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A queue: insertion, removal and inspection in throwing and value-returning forms. */
public interface Queue<E> extends Collection<E> {
    /** Inserts, throwing IllegalStateException when full. */
    boolean add(E e);

    /** Inserts, returning false when full. */
    boolean offer(E e);

    /** Removes the head, throwing NoSuchElementException when empty. */
    E remove();

    /** Removes the head, returning null when empty. */
    E poll();

    /** Returns the head, throwing NoSuchElementException when empty. */
    E element();

    /** Returns the head, or null when empty. */
    E peek();
}
