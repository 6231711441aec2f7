package java.nio;

/** Thrown by buffer operations (no message, as in the JDK). */
public class ReadOnlyBufferException extends UnsupportedOperationException {
    public ReadOnlyBufferException() {
    }
}
