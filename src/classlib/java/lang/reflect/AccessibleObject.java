/*
 * @fileoverview Base class of reflected members; its static initializer registers the factory
 * through which java.lang.Class makes Constructor and Method objects. Tern class library.
 */
package java.lang.reflect;

import jdk.internal.reflect.TernReflection;

/**
 * The accessible flag of a reflected member. Tern does not enforce Java language access checks
 * for reflection: {@code setAccessible} records the flag and every member is usable.
 */
public class AccessibleObject {
    static {
        TernReflection.setFactory(new ReflectionFactory());
    }

    boolean override;

    /** Constructor for subclasses (the JDK's is protected and deprecated too). */
    @Deprecated(since = "17")
    protected AccessibleObject() {
    }

    /** Sets the accessible flag of each element. */
    public static void setAccessible(AccessibleObject[] array, boolean flag) {
        for (AccessibleObject ao : array) {
            ao.setAccessible(flag);
        }
    }

    /** Sets the accessible flag. */
    public void setAccessible(boolean flag) {
        override = flag;
    }

    /** Sets the accessible flag to true; always succeeds here. */
    public final boolean trySetAccessible() {
        override = true;
        return true;
    }

    /** The accessible flag. */
    @Deprecated(since = "9")
    public boolean isAccessible() {
        return override;
    }

    /** Whether the caller can access this member for {@code obj}: always true in Tern. */
    public final boolean canAccess(Object obj) {
        return true;
    }
}
