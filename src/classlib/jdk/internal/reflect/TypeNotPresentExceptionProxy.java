package jdk.internal.reflect;

/** A Class value whose class cannot be loaded. */
final class TypeNotPresentExceptionProxy extends ExceptionProxy {
    private static final long serialVersionUID = 5565925172427947573L;

    private final String typeName;
    private final Throwable cause;

    TypeNotPresentExceptionProxy(String typeName, Throwable cause) {
        this.typeName = typeName;
        this.cause = cause;
    }

    @Override
    protected RuntimeException generateException() {
        return new TypeNotPresentException(typeName, cause);
    }

    @Override
    public String toString() {
        return typeName + ".class /* Warning: type not present! */";
    }
}
