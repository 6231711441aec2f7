package java.lang;

/** Thrown when access control fails at link time (JVMS §5.4.4). */
public class IllegalAccessError extends IncompatibleClassChangeError {
    public IllegalAccessError() {
        super();
    }

    public IllegalAccessError(String message) {
        super(message);
    }
}
