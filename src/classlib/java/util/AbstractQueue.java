/*
 * @fileoverview Skeletal Queue: the throwing methods in terms of offer/poll/peek.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Skeletal implementation of a Queue that does not accept nulls. */
public abstract class AbstractQueue<E> extends AbstractCollection<E> implements Queue<E> {
    /** For subclasses. */
    protected AbstractQueue() {
    }

    /** offer(e), throwing IllegalStateException("Queue full") on refusal. */
    @Override public boolean add(E e) {
        if (offer(e)) {
            return true;
        } else {
            throw new IllegalStateException("Queue full");
        }
    }

    /** poll(), throwing NoSuchElementException when empty. */
    @Override public E remove() {
        E x = poll();
        if (x != null) {
            return x;
        } else {
            throw new NoSuchElementException();
        }
    }

    /** peek(), throwing NoSuchElementException when empty. */
    @Override public E element() {
        E x = peek();
        if (x != null) {
            return x;
        } else {
            throw new NoSuchElementException();
        }
    }

    /** Polls until empty. */
    @Override public void clear() {
        while (poll() != null) {
        }
    }

    /** Adds each element of {@code c}; a queue cannot be added to itself. */
    @Override public boolean addAll(Collection<? extends E> c) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean modified = false;
        for (E e : c) {
            if (add(e)) {
                modified = true;
            }
        }
        return modified;
    }
}
