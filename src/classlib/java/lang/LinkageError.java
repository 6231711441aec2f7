package java.lang;

/** Thrown when a class depends on another that changed incompatibly (JVMS §5.3, §5.4). */
public class LinkageError extends Error {
    public LinkageError() {
        super();
    }

    public LinkageError(String message) {
        super(message);
    }

    public LinkageError(String message, Throwable cause) {
        super(message, cause);
    }
}
