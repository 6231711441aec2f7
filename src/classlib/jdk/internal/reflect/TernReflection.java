/*
 * @fileoverview The VM side of java.lang.reflect's constructors and methods (natives in
 * src/natives/jdk/internal/reflect/TernReflection.ts), and the bridge through which java.lang.Class
 * obtains Constructor and Method objects whose constructors are private to java.lang.reflect.
 * Not exported: user code cannot see this package. Tern class library.
 */
package jdk.internal.reflect;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/** Reflection support shared by java.lang.Class and java.lang.reflect. */
public final class TernReflection {
    private TernReflection() {
    }

    /** Calls one constructor or method; implemented by classes the VM spins (src/runtime/reflect-invoker.ts). */
    public interface Invoker {
        /** Calls the member with exactly typed, already checked arguments; a constructor returns the new object. */
        Object invoke(Object target, Object[] args) throws Throwable;
    }

    /** Makes Constructor and Method objects; registered by java.lang.reflect.AccessibleObject. */
    public interface Factory {
        Constructor<?>[] constructors(Class<?> c, boolean publicOnly);

        Method[] methods(Class<?> c, boolean publicOnly);
    }

    private static Factory factory;

    /** Called once, by AccessibleObject's static initializer. */
    public static void setFactory(Factory f) {
        if (factory == null) {
            factory = f;
        }
    }

    /** The factory, initializing java.lang.reflect first if needed. */
    public static Factory factory() {
        if (factory == null) {
            try {
                Class.forName("java.lang.reflect.AccessibleObject");
            } catch (ClassNotFoundException e) {
                throw new InternalError(e);
            }
        }
        return factory;
    }

    /** VM: {@code "flags name descriptor exceptions"} for each declared method and constructor, in class-file order. */
    public static native String[] members(Class<?> c);

    /** VM: the class of a field descriptor ({@code I}, {@code Ljava/lang/String;}, {@code [J}), loaded but not initialized. */
    public static native Class<?> typeFor(String descriptor);

    /** VM: an invoker calling {@code owner.name descriptor}; kind 0 constructor, 1 static, 2 virtual, 3 interface, 4 static interface. */
    public static native Invoker newInvoker(Class<?> owner, String name, String descriptor, int kind);
}
