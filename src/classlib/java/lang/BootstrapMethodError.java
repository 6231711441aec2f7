package java.lang;

/** Thrown when an invokedynamic bootstrap method fails (JVMS §6.5 invokedynamic). */
public class BootstrapMethodError extends LinkageError {
    public BootstrapMethodError() {
        super();
    }

    public BootstrapMethodError(String message) {
        super(message);
    }

    public BootstrapMethodError(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message is {@code cause.toString()}, as in the JDK. */
    public BootstrapMethodError(Throwable cause) {
        super(cause == null ? null : cause.toString());
        initCause(cause);
    }
}
