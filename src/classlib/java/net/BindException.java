package java.net;

/** Signals that a socket could not be bound to a local address and port. */
public class BindException extends SocketException {
    private static final long serialVersionUID = 1L;

    public BindException(String msg) {
        super(msg);
    }

    public BindException() {
        super();
    }
}
