package java.lang.reflect;

/**
 * Base of reflected members. Tern does not enforce Java language access control on reflective
 * calls, so the accessible flag is recorded but never needed.
 */
public class AccessibleObject {
    private boolean accessible;

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

    public final boolean canAccess(Object obj) {
        return true;
    }
}
