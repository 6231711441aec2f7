package java.util.concurrent;

/** The result of a value-producing task could not be retrieved because it was cancelled. */
public class CancellationException extends IllegalStateException {
    private static final long serialVersionUID = -9202173006928992231L;

    public CancellationException() {
    }

    public CancellationException(String message) {
        super(message);
    }
}
