package java.nio.channels;

/** An operation on a closed selector. */
public class ClosedSelectorException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ClosedSelectorException() {
    }
}
