package java.nio.channels;

/** An unresolved socket address was given to a channel. */
public class UnresolvedAddressException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnresolvedAddressException() {
    }
}
