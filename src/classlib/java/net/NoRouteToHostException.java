package java.net;

/** Signals that the remote host cannot be reached. */
public class NoRouteToHostException extends SocketException {
    private static final long serialVersionUID = 1L;

    public NoRouteToHostException(String msg) {
        super(msg);
    }

    public NoRouteToHostException() {
        super();
    }
}
