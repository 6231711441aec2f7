package java.lang.reflect;

import jdk.internal.reflect.MethodAccessor;

/**
 * The VM's side of reflective calls (natives only). The Constructor and Method objects themselves
 * are made by the VM (java.lang.Class.getDeclaredMembers0), which sets Executable's fields.
 */
final class ReflectAccess {
    private ReflectAccess() {
    }

    /** VM: the parameter types of a method descriptor, then its return type. */
    static native Class<?>[] types0(Class<?> context, String descriptor);

    /** VM: an object that calls {@code c.name(descriptor)} (kinds: Executable.CONSTRUCTOR ...). */
    static native MethodAccessor newAccessor0(Class<?> c, String name, String descriptor, int kind);

    /** VM: an object that reads and writes field {@code c.name} of type {@code descriptor}. */
    static native jdk.internal.reflect.FieldAccessor newFieldAccessor0(Class<?> c, String name, String descriptor, boolean isStatic);
}
