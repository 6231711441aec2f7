package java.lang;

/** Thrown when an abstract method is invoked (JVMS §6.5 invokevirtual). */
public class AbstractMethodError extends IncompatibleClassChangeError {
    public AbstractMethodError() {
        super();
    }

    public AbstractMethodError(String message) {
        super(message);
    }
}
