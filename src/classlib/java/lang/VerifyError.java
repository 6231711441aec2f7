package java.lang;

/** Thrown when a class file fails verification (JVMS §4.10). */
public class VerifyError extends LinkageError {
    public VerifyError() {
        super();
    }

    public VerifyError(String message) {
        super(message);
    }
}
