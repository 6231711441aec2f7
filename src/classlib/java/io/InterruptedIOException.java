package java.io;

/** Signals that an I/O operation has been interrupted (or, for sockets, timed out). */
public class InterruptedIOException extends IOException {
    private static final long serialVersionUID = 4020568460727500567L;

    /** Bytes transferred before the interruption. */
    public int bytesTransferred = 0;

    public InterruptedIOException() {
        super();
    }

    public InterruptedIOException(String message) {
        super(message);
    }
}
