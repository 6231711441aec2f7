package java.lang.reflect;

/** A constructor of a class, and the means to call it. */
public final class Constructor<T> extends Executable {
    private Constructor() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<T> getDeclaringClass() {
        return (Class<T>) clazz;
    }

    /** The binary name of the declaring class, as the JDK names constructors. */
    @Override
    public String getName() {
        return clazz.getName();
    }

    /**
     * A new instance, made by this constructor with {@code initargs}. InstantiationException for an
     * abstract class; InvocationTargetException wraps what the constructor throws.
     */
    @SuppressWarnings("unchecked")
    public T newInstance(Object... initargs) throws InstantiationException, IllegalAccessException, InvocationTargetException {
        if (Modifier.isAbstract(clazz.getModifiers())) throw new InstantiationException();
        return (T) call(null, initargs, CONSTRUCTOR);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Constructor && ((Constructor<?>) obj).clazz == clazz && ((Constructor<?>) obj).descriptor.equals(descriptor);
    }

    @Override
    public int hashCode() {
        return clazz.getName().hashCode();
    }

    @Override
    public String toString() {
        return describe(Modifier.constructorModifiers(), "", clazz.getTypeName());
    }
}
