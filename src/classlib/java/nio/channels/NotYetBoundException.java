package java.nio.channels;

/** A server channel that is not bound yet was asked to accept. */
public class NotYetBoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NotYetBoundException() {
    }
}
