package java.nio.channels;

/** A use of a cancelled selection key. */
public class CancelledKeyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public CancelledKeyException() {
    }
}
