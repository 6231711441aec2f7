package java.lang.reflect;

/**
 * Reflective array creation (toArray(T[]) and Arrays.copyOf with a runtime component type) and
 * the untyped element accessors getLength/get/set (written in Java over the nine array kinds;
 * set unboxes and widens like the JDK). The typed getInt/setInt... accessors are not provided yet.
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

    /** The length of array {@code array}. */
    public static int getLength(Object array) throws IllegalArgumentException {
        if (array instanceof Object[]) return ((Object[]) array).length;
        if (array instanceof int[]) return ((int[]) array).length;
        if (array instanceof long[]) return ((long[]) array).length;
        if (array instanceof double[]) return ((double[]) array).length;
        if (array instanceof byte[]) return ((byte[]) array).length;
        if (array instanceof char[]) return ((char[]) array).length;
        if (array instanceof boolean[]) return ((boolean[]) array).length;
        if (array instanceof short[]) return ((short[]) array).length;
        if (array instanceof float[]) return ((float[]) array).length;
        throw notArray(array);
    }

    /** Element {@code index} of {@code array}, boxed when primitive. */
    public static Object get(Object array, int index) throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        if (array instanceof Object[]) return ((Object[]) array)[index];
        if (array instanceof int[]) return ((int[]) array)[index];
        if (array instanceof long[]) return ((long[]) array)[index];
        if (array instanceof double[]) return ((double[]) array)[index];
        if (array instanceof byte[]) return ((byte[]) array)[index];
        if (array instanceof char[]) return ((char[]) array)[index];
        if (array instanceof boolean[]) return ((boolean[]) array)[index];
        if (array instanceof short[]) return ((short[]) array)[index];
        if (array instanceof float[]) return ((float[]) array)[index];
        throw notArray(array);
    }

    /** Stores {@code value} (unboxed and widened for a primitive array) at {@code index}. */
    public static void set(Object array, int index, Object value) throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        if (array instanceof Object[]) {
            Object[] a = (Object[]) array;
            if (value != null && !a.getClass().getComponentType().isInstance(value)) throw new IllegalArgumentException("array element type mismatch");
            a[index] = value;
            return;
        }
        if (array == null) throw new NullPointerException();
        if (!array.getClass().isArray()) throw notArray(array);
        if (value == null) throw new IllegalArgumentException();
        if (array instanceof boolean[]) {
            if (!(value instanceof Boolean)) throw mismatch();
            ((boolean[]) array)[index] = (Boolean) value;
        } else if (array instanceof char[]) {
            if (!(value instanceof Character)) throw mismatch();
            ((char[]) array)[index] = (Character) value;
        } else {
            int rank = value instanceof Byte ? 1 : value instanceof Short || value instanceof Character ? 2 : value instanceof Integer ? 3
                    : value instanceof Long ? 4 : value instanceof Float ? 5 : value instanceof Double ? 6 : 0;
            if (rank == 0) throw mismatch();
            long l = value instanceof Character ? (Character) value : rank <= 4 ? ((Number) value).longValue() : 0;
            double d = value instanceof Character ? (Character) value : ((Number) value).doubleValue();
            if (array instanceof byte[] && rank == 1) ((byte[]) array)[index] = (byte) l;
            else if (array instanceof short[] && rank <= 2 && !(value instanceof Character)) ((short[]) array)[index] = (short) l;
            else if (array instanceof int[] && rank <= 3) ((int[]) array)[index] = (int) l;
            else if (array instanceof long[] && rank <= 4) ((long[]) array)[index] = l;
            else if (array instanceof float[] && rank <= 5) ((float[]) array)[index] = rank <= 4 ? (float) l : (float) d;
            else if (array instanceof double[]) ((double[]) array)[index] = rank <= 4 ? (double) l : d;
            else throw mismatch();
        }
    }

    private static IllegalArgumentException notArray(Object array) {
        if (array == null) throw new NullPointerException();
        return new IllegalArgumentException("Argument is not an array");
    }

    private static IllegalArgumentException mismatch() {
        return new IllegalArgumentException("argument type mismatch");
    }
}
