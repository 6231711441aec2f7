package java.lang;

/** Thrown when a class named by Class.forName (or a loader) cannot be found. */
public class ClassNotFoundException extends ReflectiveOperationException {
    public ClassNotFoundException() {
        super((Throwable) null);
    }

    public ClassNotFoundException(String message) {
        super(message, null);
    }

    public ClassNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception raised while loading the class; the same as {@link #getCause()}. */
    public Throwable getException() {
        return getCause();
    }
}
