package java.lang.reflect;

/** A member of a class: a field, method or constructor. */
public interface Member {
    /** Identifies the public members of a class, inherited ones included. */
    int PUBLIC = 0;
    /** Identifies the members a class declares. */
    int DECLARED = 1;

    Class<?> getDeclaringClass();

    String getName();

    int getModifiers();

    boolean isSynthetic();
}
