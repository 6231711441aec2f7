package java.lang.reflect;

/** A method of a class or interface, and the means to call it. */
public final class Method extends Executable {
    private Method() {
    }

    @Override
    public String getName() {
        return name;
    }

    public Class<?> getReturnType() {
        return returnType();
    }

    /** A default method: a public, non-abstract, non-static method of an interface. */
    @Override
    public boolean isDefault() {
        return clazz.isInterface() && (getModifiers() & (Modifier.ABSTRACT | Modifier.PUBLIC | Modifier.STATIC)) == Modifier.PUBLIC;
    }

    public boolean isBridge() {
        return (modifiers & 0x0040) != 0;
    }

    /**
     * Calls the method on {@code obj} (ignored for a static method) with {@code args}: the
     * receiver must be an instance of the declaring class (NullPointerException when null);
     * InvocationTargetException wraps what the method throws.
     */
    public Object invoke(Object obj, Object... args) throws IllegalAccessException, InvocationTargetException {
        if (Modifier.isStatic(modifiers)) return call(null, args, STATIC);
        // As in the JDK, whose check is obj.getClass(): the helpful message names "obj".
        obj.getClass();
        if (!clazz.isInstance(obj)) throw new IllegalArgumentException("object is not an instance of declaring class");
        return call(obj, args, clazz.isInterface() ? INTERFACE : VIRTUAL);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Method)) return false;
        Method m = (Method) obj;
        return m.clazz == clazz && m.name.equals(name) && m.descriptor.equals(descriptor);
    }

    @Override
    public int hashCode() {
        return clazz.getName().hashCode() ^ name.hashCode();
    }

    @Override
    public String toString() {
        return describe(Modifier.methodModifiers(), getReturnType().getTypeName() + " " + clazz.getTypeName() + ".", name);
    }

    /** The default value of this annotation-interface member (AnnotationDefault), or null. */
    public Object getDefaultValue() {
        byte[] raw = jdk.internal.reflect.AnnotationReader.rawAnnotations0(clazz, jdk.internal.reflect.AnnotationReader.DEFAULT, name, descriptor);
        return jdk.internal.reflect.AnnotationReader.parseDefault(raw, clazz, getReturnType(), this);
    }

    /** The return type as the source declares it. */
    public Type getGenericReturnType() {
        return genericReturnType();
    }

    @Override
    @SuppressWarnings("unchecked")
    public TypeVariable<Method>[] getTypeParameters() {
        return (TypeVariable<Method>[]) typeParameters0();
    }

    @Override
    public java.lang.annotation.Annotation[][] getParameterAnnotations() {
        return sharedGetParameterAnnotations();
    }
}
