package java.nio.channels;

/** A connection is already being established. */
public class ConnectionPendingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ConnectionPendingException() {
    }
}
