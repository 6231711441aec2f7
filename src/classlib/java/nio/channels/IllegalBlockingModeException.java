package java.nio.channels;

/** An operation that needs another blocking mode. */
public class IllegalBlockingModeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IllegalBlockingModeException() {
    }
}
