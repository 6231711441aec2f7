package java.net;

/** Signals that an unknown service exception has occurred. */
public class UnknownServiceException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public UnknownServiceException(String msg) {
        super(msg);
    }

    public UnknownServiceException() {
        super();
    }
}
