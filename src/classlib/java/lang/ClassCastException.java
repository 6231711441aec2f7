package java.lang;

/** Thrown by a checkcast (or Class.cast) that fails. */
public class ClassCastException extends RuntimeException {
    public ClassCastException() {
        super();
    }

    public ClassCastException(String message) {
        super(message);
    }
}
