package java.net;

/** Signals that a URL string could not be parsed or has an unknown protocol. */
public class MalformedURLException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    public MalformedURLException(String msg) {
        super(msg);
    }

    public MalformedURLException() {
        super();
    }
}
