package java.net;

/** Signals that a timeout has occurred on a socket read, accept or connect. */
public class SocketTimeoutException extends java.io.InterruptedIOException {
    private static final long serialVersionUID = 1L;

    public SocketTimeoutException(String msg) {
        super(msg);
    }

    public SocketTimeoutException() {
        super();
    }
}
