package java.lang.reflect;

/**
 * Base of reflected members. Tern does not enforce Java language access control on reflective
 * calls; the accessible flag matters only for writing final instance fields (Field.set).
 */
public class AccessibleObject implements AnnotatedElement {
    /** Set by setAccessible(true); read by Field's final-field rules. */
    boolean accessible;
    /** A Field's or Executable's RuntimeVisibleAnnotations by type, parsed on first use. */
    private java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> declaredAnnotations;

    protected AccessibleObject() {
    }

    public void setAccessible(boolean flag) {
        accessible = flag;
    }

    public static void setAccessible(AccessibleObject[] array, boolean flag) {
        for (AccessibleObject o : array) {
            o.setAccessible(flag);
        }
    }

    public final boolean trySetAccessible() {
        accessible = true;
        return true;
    }

    @Deprecated(since = "9")
    public boolean isAccessible() {
        return accessible;
    }

    /** Always true (access is not enforced), after the JDK's receiver checks for fields and methods. */
    public final boolean canAccess(Object obj) {
        if (this instanceof Member) {
            Member m = (Member) this;
            boolean isStatic = Modifier.isStatic(m.getModifiers()) || this instanceof Constructor;
            if (isStatic && obj != null) throw new IllegalArgumentException("non-null object for " + this);
            if (!isStatic) {
                if (obj == null) throw new IllegalArgumentException("null object for " + this);
                if (!m.getDeclaringClass().isInstance(obj)) throw new IllegalArgumentException("object is not an instance of " + m.getDeclaringClass().getName());
            }
        }
        return true;
    }

    // ---- annotations: every subclass overrides the abstract parts, as in the JDK

    /** The member's own annotations by type, in attribute order (Field's and Executable's accessors read these). */
    java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> declaredAnnotations() {
        java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> m = declaredAnnotations;
        if (m == null) {
            m = parseDeclaredAnnotations();
            declaredAnnotations = m;
        }
        return m;
    }

    /** Parses the member's RuntimeVisibleAnnotations; Field and Executable say where they are. */
    java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> parseDeclaredAnnotations() {
        throw new AssertionError("All subclasses should override this method");
    }

    public <T extends java.lang.annotation.Annotation> T getAnnotation(Class<T> annotationClass) {
        throw new AssertionError("All subclasses should override this method");
    }

    @Override
    public boolean isAnnotationPresent(Class<? extends java.lang.annotation.Annotation> annotationClass) {
        return AnnotatedElement.super.isAnnotationPresent(annotationClass);
    }

    @Override
    public <T extends java.lang.annotation.Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        throw new AssertionError("All subclasses should override this method");
    }

    public java.lang.annotation.Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    @Override
    public <T extends java.lang.annotation.Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        return getAnnotation(annotationClass);
    }

    @Override
    public <T extends java.lang.annotation.Annotation> T[] getDeclaredAnnotationsByType(Class<T> annotationClass) {
        return getAnnotationsByType(annotationClass);
    }

    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        throw new AssertionError("All subclasses should override this method");
    }
}
