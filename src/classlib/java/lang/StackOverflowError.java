package java.lang;

/** Thrown when a thread exceeds its stack (-Xss). */
public class StackOverflowError extends VirtualMachineError {
    public StackOverflowError() {
        super();
    }

    public StackOverflowError(String message) {
        super(message);
    }
}
