package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.util.Objects;

/**
 * A parameter of a method or constructor. Names are {@code arg0}, {@code arg1}, ... (Tern does
 * not read the MethodParameters attribute that {@code javac -parameters} writes); annotations
 * come from the executable's parameter annotations.
 */
public final class Parameter implements AnnotatedElement {
    private final String name;
    private final int modifiers;
    private final Executable executable;
    private final int index;

    Parameter(String name, int modifiers, Executable executable, int index) {
        this.name = name;
        this.modifiers = modifiers;
        this.executable = executable;
        this.index = index;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Parameter && ((Parameter) obj).executable.equals(executable) && ((Parameter) obj).index == index;
    }

    @Override
    public int hashCode() {
        return executable.hashCode() ^ index;
    }

    public boolean isNamePresent() {
        return false;
    }

    /** {@code [modifiers] type name}, with {@code ...} for a varargs parameter. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String typename = getType().getTypeName();
        sb.append(Modifier.toString(getModifiers()));
        if (modifiers != 0) sb.append(' ');
        if (isVarArgs() && typename.endsWith("[]")) sb.append(typename, 0, typename.length() - 2).append("...");
        else sb.append(typename);
        return sb.append(' ').append(name).toString();
    }

    public Executable getDeclaringExecutable() {
        return executable;
    }

    public int getModifiers() {
        return modifiers;
    }

    public String getName() {
        return name;
    }

    /** The generic type (the erased one when the signature leaves out implicit parameters). */
    public Type getParameterizedType() {
        Type[] generic = executable.getGenericParameterTypes();
        return generic.length == executable.getParameterCount() ? generic[index] : getType();
    }

    public Class<?> getType() {
        return executable.getParameterTypes()[index];
    }

    public boolean isImplicit() {
        return (modifiers & 0x8000) != 0;
    }

    public boolean isSynthetic() {
        return (modifiers & 0x1000) != 0;
    }

    public boolean isVarArgs() {
        return executable.isVarArgs() && index == executable.getParameterCount() - 1;
    }

    @Override
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        Objects.requireNonNull(annotationClass);
        for (Annotation a : getDeclaredAnnotations()) {
            if (a.annotationType() == annotationClass) return annotationClass.cast(a);
        }
        return null;
    }

    @Override
    public <T extends Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        Objects.requireNonNull(annotationClass);
        return getDeclaredAnnotationsByType(annotationClass);
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
        return executable.getParameterAnnotations()[index];
    }

    @Override
    public <T extends Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        return getAnnotation(annotationClass);
    }

    @Override
    public <T extends Annotation> T[] getDeclaredAnnotationsByType(Class<T> annotationClass) {
        return AnnotatedElement.super.getDeclaredAnnotationsByType(annotationClass);
    }

    @Override
    public Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }
}
