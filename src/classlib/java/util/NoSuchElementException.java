/*
 * @fileoverview Thrown by iterators, Optional.get and similar accessors when no element exists.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Signals that the requested element does not exist. */
public class NoSuchElementException extends RuntimeException {
    /** Creates an exception without a detail message. */
    public NoSuchElementException() {
        super();
    }

    /** Creates an exception with the given detail message. */
    public NoSuchElementException(String s) {
        super(s);
    }

    /** Creates an exception with a detail message and a cause. */
    public NoSuchElementException(String s, Throwable cause) {
        super(s, cause);
    }

    /** Creates an exception whose message is the cause's toString(). */
    public NoSuchElementException(Throwable cause) {
        super(cause);
    }
}
