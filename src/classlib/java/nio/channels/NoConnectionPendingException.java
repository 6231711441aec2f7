package java.nio.channels;

/** finishConnect without a pending connection. */
public class NoConnectionPendingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NoConnectionPendingException() {
    }
}
