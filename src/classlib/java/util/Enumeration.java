/*
 * @fileoverview The legacy iteration protocol (Vector, Hashtable, StringTokenizer).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A legacy one-way cursor over elements. */
public interface Enumeration<E> {
    /** Returns true if more elements remain. */
    boolean hasMoreElements();

    /** Returns the next element or throws NoSuchElementException. */
    E nextElement();

    /** Adapts this enumeration to an Iterator (without remove). */
    default Iterator<E> asIterator() {
        return new Iterator<>() {
            @Override public boolean hasNext() {
                return hasMoreElements();
            }

            @Override public E next() {
                return nextElement();
            }
        };
    }
}
