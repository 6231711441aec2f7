package java.nio.channels;

/** A write on an asynchronous channel while a previous write has not completed. */
public class WritePendingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public WritePendingException() {
    }
}
