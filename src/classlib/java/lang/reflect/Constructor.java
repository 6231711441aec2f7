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

    /**
     * javac leaves out the implicit parameters of inner-class constructors (the outer instance,
     * padded here) and of enum constructors (name and ordinal); local and anonymous classes
     * cannot be counted reliably and keep what the attribute says.
     */
    @Override
    boolean handleParameterNumberMismatch(int resultLength, Class<?>[] parameterTypes) {
        int numParameters = parameterTypes.length;
        Class<?> declaringClass = getDeclaringClass();
        if (declaringClass.isEnum()) {
            return resultLength + 2 == numParameters && parameterTypes[0] == String.class && parameterTypes[1] == int.class;
        }
        if (declaringClass.isAnonymousClass() || declaringClass.isLocalClass()) return false;
        if (declaringClass.isMemberClass() && (declaringClass.getModifiers() & Modifier.STATIC) == 0 && resultLength + 1 == numParameters) return true;
        throw new java.lang.annotation.AnnotationFormatError("Parameter annotations don't match number of parameters");
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeVariable<Constructor<T>>[] getTypeParameters() {
        return (TypeVariable<Constructor<T>>[]) typeParameters0();
    }

    @Override
    public java.lang.annotation.Annotation[][] getParameterAnnotations() {
        return sharedGetParameterAnnotations();
    }
}
