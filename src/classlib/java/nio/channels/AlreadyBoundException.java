package java.nio.channels;

/** A channel that is already bound was bound again. */
public class AlreadyBoundException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AlreadyBoundException() {
    }
}
