/*
 * @fileoverview The legacy LIFO stack on top of Vector.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A last-in-first-out stack of objects. */
public class Stack<E> extends Vector<E> {
    /** An empty stack. */
    public Stack() {
    }

    /** Pushes {@code item}; returns it. */
    public E push(E item) {
        addElement(item);
        return item;
    }

    /** Removes and returns the top item, or EmptyStackException. */
    public synchronized E pop() {
        E obj;
        int len = size();
        obj = peek();
        removeElementAt(len - 1);
        return obj;
    }

    /** The top item, or EmptyStackException. */
    public synchronized E peek() {
        int len = size();
        if (len == 0) {
            throw new EmptyStackException();
        }
        return elementAt(len - 1);
    }

    /** True if the stack is empty. */
    public boolean empty() {
        return size() == 0;
    }

    /** 1-based distance of {@code o} from the top, or -1. */
    public synchronized int search(Object o) {
        int i = lastIndexOf(o);
        if (i >= 0) {
            return size() - i;
        }
        return -1;
    }
}
