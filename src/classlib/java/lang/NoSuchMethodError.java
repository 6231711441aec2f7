package java.lang;

/** Thrown when method resolution fails (JVMS §5.4.3.3). */
public class NoSuchMethodError extends IncompatibleClassChangeError {
    public NoSuchMethodError() {
        super();
    }

    public NoSuchMethodError(String message) {
        super(message);
    }
}
