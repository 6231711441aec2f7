/* Tern class library (own implementation of the Java SE 17 API). */
package java.security;

/** See the Java SE API. */
public class GeneralSecurityException extends Exception {
    private static final long serialVersionUID = 1L;

    public GeneralSecurityException() {
        super();
    }

    public GeneralSecurityException(String msg) {
        super(msg);
    }

    public GeneralSecurityException(String message, Throwable cause) {
        super(message, cause);
    }

    public GeneralSecurityException(Throwable cause) {
        super(cause);
    }
}
