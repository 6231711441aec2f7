package java.lang;

/** Thrown when field resolution fails (JVMS §5.4.3.2). */
public class NoSuchFieldError extends IncompatibleClassChangeError {
    public NoSuchFieldError() {
        super();
    }

    public NoSuchFieldError(String message) {
        super(message);
    }
}
