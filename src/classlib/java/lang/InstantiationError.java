package java.lang;

/** Thrown when new names an abstract class or interface (JVMS §6.5 new). */
public class InstantiationError extends IncompatibleClassChangeError {
    public InstantiationError() {
        super();
    }

    public InstantiationError(String message) {
        super(message);
    }
}
