/*
 * @fileoverview java.util.Arrays: sorting, searching, filling, copying, comparing, hashing and
 * printing arrays, and the fixed-size list view returned by asList. The per-primitive-type
 * methods are mechanical specializations of one another; the work is done by ArraysSort
 * (primitive sorts), ArraysMergeSort (stable object sort), ArraysSearch, ArraysContent
 * (hashCode/toString/deep*) and ArraysCompare. The range variants of equals/compare/mismatch
 * and compareUnsigned are not provided. stream and spliterator give ORDERED, IMMUTABLE, SIZED
 * views of an array range (Spliterators' range checks and messages).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Static methods for manipulating arrays. */
public class Arrays {
    private Arrays() {
    }

    /** The JDK's range checks: IllegalArgumentException, then ArrayIndexOutOfBoundsException. */
    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException(fromIndex);
        }
        if (toIndex > arrayLength) {
            throw new ArrayIndexOutOfBoundsException(toIndex);
        }
    }

    /** A new array of {@code componentType} (the one reflective operation the library needs). */
    static Object newArray(Class<?> componentType, int length) {
        return java.lang.reflect.Array.newInstance(componentType, length);
    }

    // ---- sorting ----

    /** Sorts into ascending order. */
    public static void sort(int[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Sorts the range [fromIndex, toIndex) into ascending order. */
    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Sorts into ascending order. */
    public static void sort(long[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Sorts the range [fromIndex, toIndex) into ascending order. */
    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Sorts into ascending order. */
    public static void sort(short[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Sorts the range [fromIndex, toIndex) into ascending order. */
    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Sorts into ascending order. */
    public static void sort(char[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Sorts the range [fromIndex, toIndex) into ascending order. */
    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Sorts into ascending order. */
    public static void sort(byte[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Sorts the range [fromIndex, toIndex) into ascending order. */
    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Sorts into ascending order (-0.0 before 0.0, NaN last). */
    public static void sort(float[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Sorts the range [fromIndex, toIndex) into ascending order. */
    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Sorts into ascending order (-0.0 before 0.0, NaN last). */
    public static void sort(double[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Sorts the range [fromIndex, toIndex) into ascending order. */
    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Same as sort: Tern runs one Java thread at a time, so nothing is gained by parallelism. */
    public static void parallelSort(byte[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Same as the range sort. */
    public static void parallelSort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Same as sort: Tern runs one Java thread at a time, so nothing is gained by parallelism. */
    public static void parallelSort(char[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Same as the range sort. */
    public static void parallelSort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Same as sort: Tern runs one Java thread at a time, so nothing is gained by parallelism. */
    public static void parallelSort(short[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Same as the range sort. */
    public static void parallelSort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Same as sort: Tern runs one Java thread at a time, so nothing is gained by parallelism. */
    public static void parallelSort(int[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Same as the range sort. */
    public static void parallelSort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Same as sort: Tern runs one Java thread at a time, so nothing is gained by parallelism. */
    public static void parallelSort(long[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Same as the range sort. */
    public static void parallelSort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Same as sort: Tern runs one Java thread at a time, so nothing is gained by parallelism. */
    public static void parallelSort(float[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Same as the range sort. */
    public static void parallelSort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Same as sort: Tern runs one Java thread at a time, so nothing is gained by parallelism. */
    public static void parallelSort(double[] a) {
        ArraysSort.sort(a, 0, a.length);
    }

    /** Same as the range sort. */
    public static void parallelSort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysSort.sort(a, fromIndex, toIndex);
    }

    /** Stable sort by natural ordering. */
    public static <T extends Comparable<? super T>> void parallelSort(T[] a) {
        ArraysMergeSort.sort(a, 0, a.length, null);
    }

    /** Stable sort of a range by natural ordering. */
    public static <T extends Comparable<? super T>> void parallelSort(T[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysMergeSort.sort(a, fromIndex, toIndex, null);
    }

    /** Stable sort with a comparator (null: natural ordering). */
    public static <T> void parallelSort(T[] a, Comparator<? super T> cmp) {
        ArraysMergeSort.sort(a, 0, a.length, cmp);
    }

    /** Stable sort of a range with a comparator (null: natural ordering). */
    public static <T> void parallelSort(T[] a, int fromIndex, int toIndex, Comparator<? super T> cmp) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysMergeSort.sort(a, fromIndex, toIndex, cmp);
    }

    /** Stable sort by natural ordering. */
    public static void sort(Object[] a) {
        ArraysMergeSort.sort(a, 0, a.length, null);
    }

    /** Stable sort of a range by natural ordering. */
    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysMergeSort.sort(a, fromIndex, toIndex, null);
    }

    /** Stable sort with a comparator (null: natural ordering). */
    public static <T> void sort(T[] a, Comparator<? super T> c) {
        ArraysMergeSort.sort(a, 0, a.length, c);
    }

    /** Stable sort of a range with a comparator (null: natural ordering). */
    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        ArraysMergeSort.sort(a, fromIndex, toIndex, c);
    }

    // ---- searching ----

    /** Index of {@code key} in the sorted array, or -(insertion point) - 1. */
    public static int binarySearch(long[] a, long key) {
        return ArraysSearch.binarySearch(a, 0, a.length, key);
    }

    /** Index of {@code key} in the sorted range, or -(insertion point) - 1. */
    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key);
    }

    /** Index of {@code key} in the sorted array, or -(insertion point) - 1. */
    public static int binarySearch(int[] a, int key) {
        return ArraysSearch.binarySearch(a, 0, a.length, key);
    }

    /** Index of {@code key} in the sorted range, or -(insertion point) - 1. */
    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key);
    }

    /** Index of {@code key} in the sorted array, or -(insertion point) - 1. */
    public static int binarySearch(short[] a, short key) {
        return ArraysSearch.binarySearch(a, 0, a.length, key);
    }

    /** Index of {@code key} in the sorted range, or -(insertion point) - 1. */
    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key);
    }

    /** Index of {@code key} in the sorted array, or -(insertion point) - 1. */
    public static int binarySearch(char[] a, char key) {
        return ArraysSearch.binarySearch(a, 0, a.length, key);
    }

    /** Index of {@code key} in the sorted range, or -(insertion point) - 1. */
    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key);
    }

    /** Index of {@code key} in the sorted array, or -(insertion point) - 1. */
    public static int binarySearch(byte[] a, byte key) {
        return ArraysSearch.binarySearch(a, 0, a.length, key);
    }

    /** Index of {@code key} in the sorted range, or -(insertion point) - 1. */
    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key);
    }

    /** Index of {@code key} in the sorted array, or -(insertion point) - 1. */
    public static int binarySearch(double[] a, double key) {
        return ArraysSearch.binarySearch(a, 0, a.length, key);
    }

    /** Index of {@code key} in the sorted range, or -(insertion point) - 1. */
    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key);
    }

    /** Index of {@code key} in the sorted array, or -(insertion point) - 1. */
    public static int binarySearch(float[] a, float key) {
        return ArraysSearch.binarySearch(a, 0, a.length, key);
    }

    /** Index of {@code key} in the sorted range, or -(insertion point) - 1. */
    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key);
    }

    /** Binary search by natural ordering. */
    public static int binarySearch(Object[] a, Object key) {
        return ArraysSearch.binarySearch(a, 0, a.length, key, null);
    }

    /** Binary search of a range by natural ordering. */
    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key, null);
    }

    /** Binary search with a comparator (null: natural ordering). */
    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return ArraysSearch.binarySearch(a, 0, a.length, key, c);
    }

    /** Binary search of a range with a comparator (null: natural ordering). */
    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        return ArraysSearch.binarySearch(a, fromIndex, toIndex, key, c);
    }

    // ---- equality ----

    /** True if both are null, or have equal length and equal elements. */
    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    /** True if both are null, or have equal length and equal elements. */
    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    /** True if both are null, or have equal length and equal elements. */
    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    /** True if both are null, or have equal length and equal elements. */
    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    /** True if both are null, or have equal length and equal elements. */
    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    /** True if both are null, or have equal length and equal elements. */
    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    /** True if both are null, or have equal length and equal elements (compared as bits: NaN equals NaN, 0.0 differs from -0.0). */
    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    /** True if both are null, or have equal length and equal elements (compared as bits: NaN equals NaN, 0.0 differs from -0.0). */
    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    /** True if both are null, or have equal length and equal elements (by Objects.equals). */
    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a2.length != a.length) {
            return false;
        }
        return ArraysCompare.mismatch(a, a2) < 0;
    }

    // ---- filling ----

    /** Assigns {@code val} to every element. */
    public static void fill(long[] a, long val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element. */
    public static void fill(int[] a, int val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element. */
    public static void fill(short[] a, short val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element. */
    public static void fill(char[] a, char val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element. */
    public static void fill(byte[] a, byte val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element. */
    public static void fill(boolean[] a, boolean val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element. */
    public static void fill(double[] a, double val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element. */
    public static void fill(float[] a, float val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element. */
    public static void fill(Object[] a, Object val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    /** Assigns {@code val} to every element of [fromIndex, toIndex). */
    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    // ---- copying ----

    /** A copy truncated or null-padded to {@code newLength}, of the same runtime type. */
    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        return (T[]) copyOf(original, newLength, original.getClass());
    }

    /** A copy truncated or null-padded to {@code newLength}, of class {@code newType}. */
    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        T[] copy = ((Object) newType == (Object) Object[].class)
                ? (T[]) new Object[newLength]
                : (T[]) newArray(newType.getComponentType(), newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy truncated or zero-padded to {@code newLength}. */
    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy truncated or zero-padded to {@code newLength}. */
    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy truncated or zero-padded to {@code newLength}. */
    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy truncated or zero-padded to {@code newLength}. */
    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy truncated or zero-padded to {@code newLength}. */
    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy truncated or zero-padded to {@code newLength}. */
    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy truncated or zero-padded to {@code newLength}. */
    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy truncated or zero-padded to {@code newLength}. */
    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of [from, to), padded with null past the end of the original. */
    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        return copyOfRange(original, from, to, (Class<? extends T[]>) original.getClass());
    }

    /** A copy of [from, to) of class {@code newType}, padded with null. */
    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        T[] copy = ((Object) newType == (Object) Object[].class)
                ? (T[]) new Object[newLength]
                : (T[]) newArray(newType.getComponentType(), newLength);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A copy of [from, to), zero-padded past the end of the original. */
    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A copy of [from, to), zero-padded past the end of the original. */
    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A copy of [from, to), zero-padded past the end of the original. */
    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A copy of [from, to), zero-padded past the end of the original. */
    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A copy of [from, to), zero-padded past the end of the original. */
    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A copy of [from, to), zero-padded past the end of the original. */
    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A copy of [from, to), zero-padded past the end of the original. */
    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** A copy of [from, to), zero-padded past the end of the original. */
    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    // ---- hashing and printing (ArraysContent) ----

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(long[] a) {
        return ArraysContent.hashCode(a);
    }

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(int[] a) {
        return ArraysContent.hashCode(a);
    }

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(short[] a) {
        return ArraysContent.hashCode(a);
    }

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(char[] a) {
        return ArraysContent.hashCode(a);
    }

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(byte[] a) {
        return ArraysContent.hashCode(a);
    }

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(boolean[] a) {
        return ArraysContent.hashCode(a);
    }

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(double[] a) {
        return ArraysContent.hashCode(a);
    }

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(float[] a) {
        return ArraysContent.hashCode(a);
    }

    /** Content hash: 31 * h + element hash, starting at 1; 0 for null. */
    public static int hashCode(Object[] a) {
        return ArraysContent.hashCode(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(long[] a) {
        return ArraysContent.toString(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(int[] a) {
        return ArraysContent.toString(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(short[] a) {
        return ArraysContent.toString(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(char[] a) {
        return ArraysContent.toString(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(byte[] a) {
        return ArraysContent.toString(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(boolean[] a) {
        return ArraysContent.toString(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(double[] a) {
        return ArraysContent.toString(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(float[] a) {
        return ArraysContent.toString(a);
    }

    /** "[e0, e1, ...]", "[]" when empty, "null" for null. */
    public static String toString(Object[] a) {
        return ArraysContent.toString(a);
    }

    /** Like hashCode(Object[]) but recursing into nested arrays. */
    public static int deepHashCode(Object[] a) {
        return ArraysContent.deepHashCode(a);
    }

    /** Like equals(Object[], Object[]) but comparing nested arrays by content. */
    public static boolean deepEquals(Object[] a1, Object[] a2) {
        return ArraysContent.deepEquals(a1, a2);
    }

    /** Element equality for Objects.deepEquals ({@code e1} and {@code e2} non-null). */
    static boolean deepEquals0(Object e1, Object e2) {
        return ArraysContent.deepEquals0(e1, e2);
    }

    /** Like toString(Object[]) but printing nested arrays by content ("[...]" for cycles). */
    public static String deepToString(Object[] a) {
        return ArraysContent.deepToString(a);
    }

    // ---- generators ----

    /** Sets every element to {@code generator.apply(index)}. */
    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.apply(i);
        }
    }

    /** Same as setAll (one Java thread runs at a time). */
    public static <T> void parallelSetAll(T[] array, IntFunction<? extends T> generator) {
        setAll(array, generator);
    }

    /** Sets every element to {@code generator.applyAsInt(index)}. */
    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsInt(i);
        }
    }

    /** Same as setAll (one Java thread runs at a time). */
    public static void parallelSetAll(int[] array, IntUnaryOperator generator) {
        setAll(array, generator);
    }

    /** Sets every element to {@code generator.applyAsLong(index)}. */
    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsLong(i);
        }
    }

    /** Same as setAll (one Java thread runs at a time). */
    public static void parallelSetAll(long[] array, IntToLongFunction generator) {
        setAll(array, generator);
    }

    /** Sets every element to {@code generator.applyAsDouble(index)}. */
    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsDouble(i);
        }
    }

    /** Same as setAll (one Java thread runs at a time). */
    public static void parallelSetAll(double[] array, IntToDoubleFunction generator) {
        setAll(array, generator);
    }

    /** Replaces each element with the cumulative {@code op} of it and all before it. */
    public static <T> void parallelPrefix(T[] array, BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        prefix(array, 0, array.length, op);
    }

    /** Cumulative {@code op} over [fromIndex, toIndex). */
    public static <T> void parallelPrefix(T[] array, int fromIndex, int toIndex, BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, fromIndex, toIndex);
        prefix(array, fromIndex, toIndex, op);
    }

    private static <T> void prefix(T[] array, int fromIndex, int toIndex, BinaryOperator<T> op) {
        for (int i = fromIndex + 1; i < toIndex; i++) {
            array[i] = op.apply(array[i - 1], array[i]);
        }
    }

    /** Replaces each element with the cumulative {@code op} of it and all before it. */
    public static void parallelPrefix(long[] array, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        prefix(array, 0, array.length, op);
    }

    /** Cumulative {@code op} over [fromIndex, toIndex). */
    public static void parallelPrefix(long[] array, int fromIndex, int toIndex, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, fromIndex, toIndex);
        prefix(array, fromIndex, toIndex, op);
    }

    private static void prefix(long[] array, int fromIndex, int toIndex, LongBinaryOperator op) {
        for (int i = fromIndex + 1; i < toIndex; i++) {
            array[i] = op.applyAsLong(array[i - 1], array[i]);
        }
    }

    /** Replaces each element with the cumulative {@code op} of it and all before it. */
    public static void parallelPrefix(double[] array, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        prefix(array, 0, array.length, op);
    }

    /** Cumulative {@code op} over [fromIndex, toIndex). */
    public static void parallelPrefix(double[] array, int fromIndex, int toIndex, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, fromIndex, toIndex);
        prefix(array, fromIndex, toIndex, op);
    }

    private static void prefix(double[] array, int fromIndex, int toIndex, DoubleBinaryOperator op) {
        for (int i = fromIndex + 1; i < toIndex; i++) {
            array[i] = op.applyAsDouble(array[i - 1], array[i]);
        }
    }

    /** Replaces each element with the cumulative {@code op} of it and all before it. */
    public static void parallelPrefix(int[] array, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        prefix(array, 0, array.length, op);
    }

    /** Cumulative {@code op} over [fromIndex, toIndex). */
    public static void parallelPrefix(int[] array, int fromIndex, int toIndex, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        rangeCheck(array.length, fromIndex, toIndex);
        prefix(array, fromIndex, toIndex, op);
    }

    private static void prefix(int[] array, int fromIndex, int toIndex, IntBinaryOperator op) {
        for (int i = fromIndex + 1; i < toIndex; i++) {
            array[i] = op.applyAsInt(array[i - 1], array[i]);
        }
    }

    // ---- lexicographic comparison and mismatch (ArraysCompare) ----

    /** Lexicographic comparison; a null array sorts first, then the first difference, then length. */
    public static int compare(boolean[] a, boolean[] b) {
        return ArraysCompare.compare(a, b);
    }

    /** Lexicographic comparison; a null array sorts first, then the first difference, then length. */
    public static int compare(byte[] a, byte[] b) {
        return ArraysCompare.compare(a, b);
    }

    /** Lexicographic comparison; a null array sorts first, then the first difference, then length. */
    public static int compare(short[] a, short[] b) {
        return ArraysCompare.compare(a, b);
    }

    /** Lexicographic comparison; a null array sorts first, then the first difference, then length. */
    public static int compare(char[] a, char[] b) {
        return ArraysCompare.compare(a, b);
    }

    /** Lexicographic comparison; a null array sorts first, then the first difference, then length. */
    public static int compare(int[] a, int[] b) {
        return ArraysCompare.compare(a, b);
    }

    /** Lexicographic comparison; a null array sorts first, then the first difference, then length. */
    public static int compare(long[] a, long[] b) {
        return ArraysCompare.compare(a, b);
    }

    /** Lexicographic comparison; a null array sorts first, then the first difference, then length. */
    public static int compare(float[] a, float[] b) {
        return ArraysCompare.compare(a, b);
    }

    /** Lexicographic comparison; a null array sorts first, then the first difference, then length. */
    public static int compare(double[] a, double[] b) {
        return ArraysCompare.compare(a, b);
    }

    /** Lexicographic comparison by natural ordering; null arrays and elements sort first. */
    public static <T extends Comparable<? super T>> int compare(T[] a, T[] b) {
        return ArraysCompare.compare(a, b, null);
    }

    /** Lexicographic comparison with a comparator. */
    public static <T> int compare(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return ArraysCompare.compare(a, b, cmp);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(boolean[] a, boolean[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(byte[] a, byte[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(short[] a, short[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(char[] a, char[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(int[] a, int[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(long[] a, long[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(float[] a, float[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(double[] a, double[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    /** Index of the first differing element, the shorter length if one is a prefix, else -1. */
    public static int mismatch(Object[] a, Object[] b) {
        return ArraysCompare.mismatch(a, b);
    }

    // ---- asList ----

    /** A fixed-size list backed by (writing through to) {@code a}. */
    @SuppressWarnings("varargs")
    public static <T> List<T> asList(T... a) {
        return new ArrayList<>(a);
    }

    /** The list view of an array returned by asList; set writes through, add/remove throw. */
    private static class ArrayList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final E[] a;

        ArrayList(E[] array) {
            a = Objects.requireNonNull(array);
        }

        @Override public int size() {
            return a.length;
        }

        @Override public Object[] toArray() {
            return Arrays.copyOf(a, a.length, Object[].class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            int size = size();
            if (a.length < size) {
                return Arrays.copyOf(this.a, size, (Class<? extends T[]>) a.getClass());
            }
            System.arraycopy(this.a, 0, a, 0, size);
            if (a.length > size) {
                a[size] = null;
            }
            return a;
        }

        @Override public E get(int index) {
            return a[index];
        }

        @Override public E set(int index, E element) {
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        @Override public int indexOf(Object o) {
            E[] a = this.a;
            if (o == null) {
                for (int i = 0; i < a.length; i++) {
                    if (a[i] == null) {
                        return i;
                    }
                }
            } else {
                for (int i = 0; i < a.length; i++) {
                    if (o.equals(a[i])) {
                        return i;
                    }
                }
            }
            return -1;
        }

        @Override public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (E e : a) {
                action.accept(e);
            }
        }

        @Override public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            E[] a = this.a;
            for (int i = 0; i < a.length; i++) {
                a[i] = operator.apply(a[i]);
            }
        }

        @Override public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }

        @Override public Iterator<E> iterator() {
            return new ArrayItr<>(a);
        }
    }

    /** Iterator over an array (asList). */
    private static class ArrayItr<E> implements Iterator<E> {
        private int cursor;
        private final E[] a;

        ArrayItr(E[] a) {
            this.a = a;
        }

        @Override public boolean hasNext() {
            return cursor < a.length;
        }

        @Override public E next() {
            int i = cursor;
            if (i >= a.length) {
                throw new NoSuchElementException();
            }
            cursor = i + 1;
            return a[i];
        }
    }

    // ---- spliterators and streams over arrays ----

    public static <T> Spliterator<T> spliterator(T[] array) {
        return Spliterators.spliterator(array, Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    public static <T> Spliterator<T> spliterator(T[] array, int startInclusive, int endExclusive) {
        return Spliterators.spliterator(array, startInclusive, endExclusive, Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    public static Spliterator.OfInt spliterator(int[] array) {
        return Spliterators.spliterator(array, Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    public static Spliterator.OfInt spliterator(int[] array, int startInclusive, int endExclusive) {
        return Spliterators.spliterator(array, startInclusive, endExclusive, Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    public static Spliterator.OfLong spliterator(long[] array) {
        return Spliterators.spliterator(array, Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    public static Spliterator.OfLong spliterator(long[] array, int startInclusive, int endExclusive) {
        return Spliterators.spliterator(array, startInclusive, endExclusive, Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    public static Spliterator.OfDouble spliterator(double[] array) {
        return Spliterators.spliterator(array, Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int startInclusive, int endExclusive) {
        return Spliterators.spliterator(array, startInclusive, endExclusive, Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    public static <T> Stream<T> stream(T[] array) {
        return stream(array, 0, array.length);
    }

    public static <T> Stream<T> stream(T[] array, int startInclusive, int endExclusive) {
        return StreamSupport.stream(spliterator(array, startInclusive, endExclusive), false);
    }

    public static IntStream stream(int[] array) {
        return stream(array, 0, array.length);
    }

    public static IntStream stream(int[] array, int startInclusive, int endExclusive) {
        return StreamSupport.intStream(spliterator(array, startInclusive, endExclusive), false);
    }

    public static LongStream stream(long[] array) {
        return stream(array, 0, array.length);
    }

    public static LongStream stream(long[] array, int startInclusive, int endExclusive) {
        return StreamSupport.longStream(spliterator(array, startInclusive, endExclusive), false);
    }

    public static DoubleStream stream(double[] array) {
        return stream(array, 0, array.length);
    }

    public static DoubleStream stream(double[] array, int startInclusive, int endExclusive) {
        return StreamSupport.doubleStream(spliterator(array, startInclusive, endExclusive), false);
    }
}
