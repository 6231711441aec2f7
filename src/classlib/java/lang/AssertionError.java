package java.lang;

/** Thrown by a failed {@code assert} statement. */
public class AssertionError extends Error {
    public AssertionError() {
    }

    /** The message is String.valueOf(detail); a Throwable detail also becomes the cause. */
    public AssertionError(Object detailMessage) {
        super(String.valueOf(detailMessage));
        if (detailMessage instanceof Throwable) {
            initCause((Throwable) detailMessage);
        }
    }

    public AssertionError(boolean detailMessage) {
        this(String.valueOf(detailMessage));
    }

    public AssertionError(char detailMessage) {
        this(String.valueOf(detailMessage));
    }

    public AssertionError(int detailMessage) {
        this(String.valueOf(detailMessage));
    }

    public AssertionError(long detailMessage) {
        this(String.valueOf(detailMessage));
    }

    public AssertionError(float detailMessage) {
        this(String.valueOf(detailMessage));
    }

    public AssertionError(double detailMessage) {
        this(String.valueOf(detailMessage));
    }

    public AssertionError(String message, Throwable cause) {
        super(message, cause);
    }

    /** The string constructor the primitive overloads share (never a Throwable cause). */
    private AssertionError(String detailMessage) {
        super(detailMessage);
    }
}
