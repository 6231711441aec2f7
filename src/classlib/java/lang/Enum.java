package java.lang;

/**
 * The superclass of enum classes. VM-known fields (docs/classlib-contract.md): {@code name}
 * and {@code ordinal}, set by the protected constructor javac's enum code calls.
 */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    /** The constant's name exactly as declared. */
    public final String name() {
        return name;
    }

    /** The constant's position in its declaration (0-based). */
    public final int ordinal() {
        return ordinal;
    }

    /** The name, unless overridden. */
    @Override
    public String toString() {
        return name;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    @Override
    public final int hashCode() {
        return super.hashCode();
    }

    /** Enum constants are singletons: cloning always fails. */
    @Override
    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /** Orders by ordinal; constants of different enum classes do not compare. */
    @Override
    public final int compareTo(E o) {
        Enum<?> other = o;
        if (getClass() != other.getClass() && getDeclaringClass() != other.getDeclaringClass()) {
            throw new ClassCastException();
        }
        return ordinal - other.ordinal;
    }

    /** The enum class, even for constants with a body (whose class is an anonymous subclass). */
    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> clazz = getClass();
        Class<?> zuper = clazz.getSuperclass();
        return (zuper == Enum.class) ? (Class<E>) clazz : (Class<E>) zuper;
    }

    /** The constant of {@code enumClass} named {@code name}; the JDK's exception messages. */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        T[] constants = enumClass.enumConstantsShared();
        if (constants == null) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        }
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        for (T constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName()
                + "." + name);
    }

    /** Enum classes cannot have finalizers. */
    @SuppressWarnings("deprecation")
    @Override
    protected final void finalize() {
    }
}
