package java.lang;

/** Thrown when a type named by its string name cannot be found. */
public class TypeNotPresentException extends RuntimeException {
    private final String typeName;

    public TypeNotPresentException(String typeName, Throwable cause) {
        super("Type " + typeName + " not present", cause);
        this.typeName = typeName;
    }

    /** The name of the missing type. */
    public String typeName() {
        return typeName;
    }
}
