package java.lang;

/** Thrown when a class changed incompatibly since compilation (JVMS §5.4.3). */
public class IncompatibleClassChangeError extends LinkageError {
    public IncompatibleClassChangeError() {
        super();
    }

    public IncompatibleClassChangeError(String message) {
        super(message);
    }
}
