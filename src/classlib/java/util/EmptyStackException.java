/*
 * @fileoverview Thrown by Stack.pop and Stack.peek on an empty stack. Tern class library.
 */
package java.util;

/** Signals that a Stack is empty. */
public class EmptyStackException extends RuntimeException {
    /** Creates the exception; it never carries a message (like the JDK's). */
    public EmptyStackException() {
    }
}
