package java.net;

/** Thrown when a socket operation fails. */
public class SocketException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public SocketException(String msg) {
        super(msg);
    }

    public SocketException() {
        super();
    }
}
