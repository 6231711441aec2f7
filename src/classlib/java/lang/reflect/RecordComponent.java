package java.lang.reflect;

/**
 * A component of a record class. Tern derives the components from the record's instance fields,
 * which javac emits in component order with the components' names and types.
 */
public final class RecordComponent implements AnnotatedElement {
    private final Field field;
    private java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> declaredAnnotations;

    RecordComponent(Field field) {
        this.field = field;
    }

    public String getName() {
        return field.getName();
    }

    public Class<?> getType() {
        return field.getType();
    }

    public Type getGenericType() {
        return field.getGenericType();
    }

    public String getGenericSignature() {
        return field.signature;
    }

    public Class<?> getDeclaringRecord() {
        return field.getDeclaringClass();
    }

    /** The component's accessor method. */
    public Method getAccessor() {
        try {
            return field.getDeclaringClass().getDeclaredMethod(field.getName());
        } catch (NoSuchMethodException e) {
            throw new InternalError(e);
        }
    }

    /** {@code int a}, {@code java.lang.String b}. */
    @Override
    public String toString() {
        return getType().getTypeName() + " " + getName();
    }

    /** The component's own annotations (RuntimeVisibleAnnotations of the Record attribute's entry). */
    private java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> declaredAnnotations() {
        java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> m = declaredAnnotations;
        if (m == null) {
            m = jdk.internal.reflect.DeclaredAnnotations.parse(field.getDeclaringClass(),
                    jdk.internal.reflect.AnnotationReader.RECORD_COMPONENT, field.getName(), null);
            declaredAnnotations = m;
        }
        return m;
    }

    @Override
    public <T extends java.lang.annotation.Annotation> T getAnnotation(Class<T> annotationClass) {
        return jdk.internal.reflect.DeclaredAnnotations.get(declaredAnnotations(), annotationClass);
    }

    @Override
    public java.lang.annotation.Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    @Override
    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return jdk.internal.reflect.DeclaredAnnotations.toArray(declaredAnnotations());
    }

    /** For Class.getRecordComponents. */
    static RecordComponent[] of(Field[] declared) {
        int n = 0;
        for (Field f : declared) if (!Modifier.isStatic(f.getModifiers())) n++;
        RecordComponent[] out = new RecordComponent[n];
        n = 0;
        for (Field f : declared) if (!Modifier.isStatic(f.getModifiers())) out[n++] = new RecordComponent(f);
        return out;
    }
}
