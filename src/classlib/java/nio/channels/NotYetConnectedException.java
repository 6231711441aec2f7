package java.nio.channels;

/** A channel that is not connected yet was read or written. */
public class NotYetConnectedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NotYetConnectedException() {
    }
}
