package java.nio;

/** Thrown by buffer operations (no message, as in the JDK). */
public class BufferOverflowException extends RuntimeException {
    public BufferOverflowException() {
    }
}
