package java.net;

/** Signals that the IP address of a host could not be determined. */
public class UnknownHostException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public UnknownHostException(String msg) {
        super(msg);
    }

    public UnknownHostException() {
        super();
    }
}
