package java.nio.channels;

/** A read on an asynchronous channel while a previous read has not completed. */
public class ReadPendingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ReadPendingException() {
    }
}
