/*
 * @fileoverview A member (field, method or constructor) of a class. Tern class library.
 */
package java.lang.reflect;

/** Identifying information about a single member. */
public interface Member {
    /** Identifies the set of all public members of a class, including inherited ones. */
    int PUBLIC = 0;

    /** Identifies the set of declared members of a class. */
    int DECLARED = 1;

    Class<?> getDeclaringClass();

    String getName();

    int getModifiers();

    boolean isSynthetic();
}
