package java.lang.reflect;

/**
 * Reflective array creation, the one reflective operation the collections need
 * (toArray(T[]) and Arrays.copyOf with a runtime component type). Only newInstance(Class, int)
 * is provided; the element accessors are not needed yet.
 */
public final class Array {
    private Array() {
    }

    /**
     * A new one-dimensional array of {@code componentType}. A null type throws
     * NullPointerException, {@code void.class} IllegalArgumentException and a negative length
     * NegativeArraySizeException (message: the length), as in HotSpot.
     */
    public static Object newInstance(Class<?> componentType, int length)
            throws NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        return newArray(componentType, length);
    }

    /** VM: allocates the array (the checks above aside, like anewarray/newarray, JVMS §6.5). */
    private static native Object newArray(Class<?> componentType, int length)
            throws NegativeArraySizeException;
}
