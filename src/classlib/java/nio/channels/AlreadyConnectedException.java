package java.nio.channels;

/** A channel that is already connected was connected again. */
public class AlreadyConnectedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AlreadyConnectedException() {
    }
}
