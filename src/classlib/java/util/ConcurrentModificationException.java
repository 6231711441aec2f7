/*
 * @fileoverview Thrown by fail-fast iterators and bulk operations that detect a structural
 * modification made behind their back. Tern class library.
 */
package java.util;

/** Signals a concurrent (usually same-thread, interleaved) structural modification. */
public class ConcurrentModificationException extends RuntimeException {
    /** Creates an exception without a detail message. */
    public ConcurrentModificationException() {
    }

    /** Creates an exception with the given detail message. */
    public ConcurrentModificationException(String message) {
        super(message);
    }

    /** Creates an exception with the given cause. */
    public ConcurrentModificationException(Throwable cause) {
        super(cause);
    }

    /** Creates an exception with a detail message and a cause. */
    public ConcurrentModificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
