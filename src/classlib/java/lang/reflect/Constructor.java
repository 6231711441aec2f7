/*
 * @fileoverview A reflected constructor; newInstance calls it through a VM-spun invoker. Tern class library.
 */
package java.lang.reflect;

/** Information about, and access to, a single constructor of a class. */
public final class Constructor<T> extends Executable {
    Constructor(Class<T> clazz, String descriptor, int modifiers, Class<?>[] parameterTypes, Class<?>[] exceptionTypes) {
        super(clazz, "<init>", descriptor, modifiers, parameterTypes, exceptionTypes);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<T> getDeclaringClass() {
        return (Class<T>) clazz;
    }

    /** The binary name of the declaring class. */
    @Override
    public String getName() {
        return clazz.getName();
    }

    /**
     * Creates an instance: arguments are checked and widened like a method call's; an exception
     * from the constructor is wrapped in InvocationTargetException.
     */
    @SuppressWarnings("unchecked")
    public T newInstance(Object... initargs)
            throws InstantiationException, IllegalAccessException, IllegalArgumentException, InvocationTargetException {
        if ((clazz.getModifiers() & Modifier.ABSTRACT) != 0) {
            throw new InstantiationException();
        }
        if (clazz.isEnum() || (clazz.getSuperclass() == Enum.class)) {
            throw new IllegalArgumentException("Cannot reflectively create enum objects");
        }
        Object[] args = convertArguments(initargs);
        initializeDeclaringClass();
        try {
            return (T) invoker(0).invoke(null, args);
        } catch (Throwable t) {
            throw new InvocationTargetException(t);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Constructor<?> c && c.clazz == clazz && java.util.Arrays.equals(c.parameterTypes, parameterTypes);
    }

    @Override
    public int hashCode() {
        return clazz.getName().hashCode();
    }

    /** {@code public p.C(int,java.lang.String)}. */
    @Override
    public String toString() {
        String mods = Modifier.toString(modifiers & Modifier.constructorModifiers());
        return (mods.isEmpty() ? "" : mods + " ") + clazz.getTypeName() + parametersAndThrows();
    }
}
