package java.nio.channels;

/** An asynchronous operation whose timeout elapsed before it completed. */
public class InterruptedByTimeoutException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public InterruptedByTimeoutException() {
    }
}
