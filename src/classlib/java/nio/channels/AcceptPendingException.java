package java.nio.channels;

/** An accept on an asynchronous server channel while a previous accept has not completed. */
public class AcceptPendingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AcceptPendingException() {
    }
}
