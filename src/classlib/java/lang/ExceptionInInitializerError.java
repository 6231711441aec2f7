package java.lang;

/** Thrown when a static initializer ends with an exception (JVMS §5.5, step 11). */
public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() {
        initCause(null);
    }

    /** Wraps the exception thrown by the initializer; it becomes the (final) cause. */
    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String message) {
        super(message, null);
    }

    /** The exception thrown by the static initializer; the same as {@link #getCause()}. */
    public Throwable getException() {
        return getCause();
    }
}
