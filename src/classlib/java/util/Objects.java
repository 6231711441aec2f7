/*
 * @fileoverview Static null-safe helpers and argument checks with the JDK's exact messages
 * ("Index 5 out of bounds for length 3", "Range [2, 5) out of bounds for length 3").
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Supplier;

/** Static utility methods for objects. */
public final class Objects {
    private Objects() {
        throw new AssertionError("No java.util.Objects instances for you!");
    }

    /** Null-safe equality. */
    public static boolean equals(Object a, Object b) {
        return (a == b) || (a != null && a.equals(b));
    }

    /** Equality that compares arrays element-wise, recursively. */
    public static boolean deepEquals(Object a, Object b) {
        if (a == b) {
            return true;
        } else if (a == null || b == null) {
            return false;
        } else {
            return Arrays.deepEquals0(a, b);
        }
    }

    /** {@code o.hashCode()}, or 0 for null. */
    public static int hashCode(Object o) {
        return o != null ? o.hashCode() : 0;
    }

    /** Arrays.hashCode of the arguments. */
    public static int hash(Object... values) {
        return Arrays.hashCode(values);
    }

    /** String.valueOf(o). */
    public static String toString(Object o) {
        return String.valueOf(o);
    }

    /** {@code o.toString()}, or {@code nullDefault} for null. */
    public static String toString(Object o, String nullDefault) {
        return (o != null) ? o.toString() : nullDefault;
    }

    /** 0 if identical (including both null), else {@code c.compare(a, b)}. */
    public static <T> int compare(T a, T b, Comparator<? super T> c) {
        return (a == b) ? 0 : c.compare(a, b);
    }

    /** Returns {@code obj}, or throws NullPointerException without a message. */
    public static <T> T requireNonNull(T obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        return obj;
    }

    /** Returns {@code obj}, or throws NullPointerException with {@code message}. */
    public static <T> T requireNonNull(T obj, String message) {
        if (obj == null) {
            throw new NullPointerException(message);
        }
        return obj;
    }

    /** True if {@code obj} is null. */
    public static boolean isNull(Object obj) {
        return obj == null;
    }

    /** True if {@code obj} is not null. */
    public static boolean nonNull(Object obj) {
        return obj != null;
    }

    /** {@code obj} if non-null, else the non-null {@code defaultObj}. */
    public static <T> T requireNonNullElse(T obj, T defaultObj) {
        return (obj != null) ? obj : requireNonNull(defaultObj, "defaultObj");
    }

    /** {@code obj} if non-null, else the non-null result of {@code supplier}. */
    public static <T> T requireNonNullElseGet(T obj, Supplier<? extends T> supplier) {
        return (obj != null) ? obj
                : requireNonNull(requireNonNull(supplier, "supplier").get(), "supplier.get()");
    }

    /** Returns {@code obj}, or throws NullPointerException with a lazily built message. */
    public static <T> T requireNonNull(T obj, Supplier<String> messageSupplier) {
        if (obj == null) {
            throw new NullPointerException(messageSupplier == null ? null : messageSupplier.get());
        }
        return obj;
    }

    /** Returns {@code index} if 0 <= index < length. */
    public static int checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw outOfBoundsCheckIndex(index, length);
        }
        return index;
    }

    /** Returns {@code fromIndex} if 0 <= fromIndex <= toIndex <= length. */
    public static int checkFromToIndex(int fromIndex, int toIndex, int length) {
        if (fromIndex < 0 || fromIndex > toIndex || toIndex > length) {
            throw outOfBoundsFromTo(fromIndex, toIndex, length);
        }
        return fromIndex;
    }

    /** Returns {@code fromIndex} if [fromIndex, fromIndex + size) lies within [0, length). */
    public static int checkFromIndexSize(int fromIndex, int size, int length) {
        if ((length | fromIndex | size) < 0 || size > length - fromIndex) {
            throw outOfBoundsFromSize(fromIndex, size, length);
        }
        return fromIndex;
    }

    /** Returns {@code index} if 0 <= index < length. */
    public static long checkIndex(long index, long length) {
        if (index < 0 || index >= length) {
            throw outOfBoundsCheckIndex(index, length);
        }
        return index;
    }

    /** Returns {@code fromIndex} if 0 <= fromIndex <= toIndex <= length. */
    public static long checkFromToIndex(long fromIndex, long toIndex, long length) {
        if (fromIndex < 0 || fromIndex > toIndex || toIndex > length) {
            throw outOfBoundsFromTo(fromIndex, toIndex, length);
        }
        return fromIndex;
    }

    /** Returns {@code fromIndex} if [fromIndex, fromIndex + size) lies within [0, length). */
    public static long checkFromIndexSize(long fromIndex, long size, long length) {
        if ((length | fromIndex | size) < 0 || size > length - fromIndex) {
            throw outOfBoundsFromSize(fromIndex, size, length);
        }
        return fromIndex;
    }

    /** "Index 5 out of bounds for length 3". */
    static IndexOutOfBoundsException outOfBoundsCheckIndex(long index, long length) {
        return new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    /** "Range [2, 5) out of bounds for length 3". */
    private static IndexOutOfBoundsException outOfBoundsFromTo(long from, long to, long length) {
        return new IndexOutOfBoundsException(
                "Range [" + from + ", " + to + ") out of bounds for length " + length);
    }

    /** "Range [2, 2 + 5) out of bounds for length 3". */
    private static IndexOutOfBoundsException outOfBoundsFromSize(long from, long size, long length) {
        return new IndexOutOfBoundsException(
                "Range [" + from + ", " + from + " + " + size + ") out of bounds for length " + length);
    }
}
