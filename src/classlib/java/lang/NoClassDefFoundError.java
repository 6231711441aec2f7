package java.lang;

/** Thrown when a class named at link time cannot be found (JVMS §5.3). */
public class NoClassDefFoundError extends LinkageError {
    public NoClassDefFoundError() {
        super();
    }

    public NoClassDefFoundError(String message) {
        super(message);
    }
}
