package java.lang;

/** Thrown when a class is its own superclass or superinterface (JVMS §5.3.5). */
public class ClassCircularityError extends LinkageError {
    public ClassCircularityError() {
        super();
    }

    public ClassCircularityError(String message) {
        super(message);
    }
}
