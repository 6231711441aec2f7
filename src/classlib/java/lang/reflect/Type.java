package java.lang.reflect;

/** The common superinterface of every type in the Java language: classes, parameterized types, arrays, type variables. */
public interface Type {
    /** A description of the type, with its type arguments. */
    default String getTypeName() {
        return toString();
    }
}
