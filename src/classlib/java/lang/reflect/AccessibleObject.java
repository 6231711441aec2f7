package java.lang.reflect;

/**
 * Base of reflected members. Tern does not enforce Java language access control on reflective
 * calls; the accessible flag matters only for writing final instance fields (Field.set).
 */
public class AccessibleObject {
    /** Set by setAccessible(true); read by Field's final-field rules. */
    boolean accessible;

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
}
