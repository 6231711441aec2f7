package java.lang;

/** Thrown when class-file bytes are malformed (JVMS §4). */
public class ClassFormatError extends LinkageError {
    public ClassFormatError() {
        super();
    }

    public ClassFormatError(String message) {
        super(message);
    }
}
