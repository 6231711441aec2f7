package java.net;

/** Signals that a connection was refused by the remote host. */
public class ConnectException extends SocketException {
    private static final long serialVersionUID = 1L;

    public ConnectException(String msg) {
        super(msg);
    }

    public ConnectException() {
        super();
    }
}
