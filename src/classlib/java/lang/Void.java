package java.lang;

/** Holds the Class object for the primitive type void. */
public final class Void {
    /** The Class object for {@code void}. */
    @SuppressWarnings("unchecked")
    public static final Class<Void> TYPE = (Class<Void>) Class.getPrimitiveClass("void");

    private Void() {
    }
}
