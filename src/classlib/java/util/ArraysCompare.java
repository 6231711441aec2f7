/*
 * @fileoverview Lexicographic comparison and mismatch search behind Arrays.compare,
 * Arrays.mismatch and Arrays.equals (whole arrays). Per-type methods are mechanical
 * specializations of one another.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Comparison helpers for Arrays. */
final class ArraysCompare {
    private ArraysCompare() {
    }

    /** Arrays.compare(boolean[], boolean[]). */
    static int compare(boolean[] a, boolean[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return (a[i] == b[i]) ? 0 : (a[i] ? 1 : -1);
        }
        return a.length - b.length;
    }

    /** Arrays.compare(byte[], byte[]). */
    static int compare(byte[] a, byte[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return a[i] - b[i];
        }
        return a.length - b.length;
    }

    /** Arrays.compare(short[], short[]). */
    static int compare(short[] a, short[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return a[i] - b[i];
        }
        return a.length - b.length;
    }

    /** Arrays.compare(char[], char[]). */
    static int compare(char[] a, char[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return a[i] - b[i];
        }
        return a.length - b.length;
    }

    /** Arrays.compare(int[], int[]). */
    static int compare(int[] a, int[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Integer.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** Arrays.compare(long[], long[]). */
    static int compare(long[] a, long[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Long.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** Arrays.compare(float[], float[]). */
    static int compare(float[] a, float[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Float.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** Arrays.compare(double[], double[]). */
    static int compare(double[] a, double[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Double.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** Arrays.mismatch(boolean[], boolean[]). */
    static int mismatch(boolean[] a, boolean[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Arrays.mismatch(byte[], byte[]). */
    static int mismatch(byte[] a, byte[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Arrays.mismatch(short[], short[]). */
    static int mismatch(short[] a, short[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Arrays.mismatch(char[], char[]). */
    static int mismatch(char[] a, char[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Arrays.mismatch(int[], int[]). */
    static int mismatch(int[] a, int[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Arrays.mismatch(long[], long[]). */
    static int mismatch(long[] a, long[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Arrays.mismatch(float[], float[]). */
    static int mismatch(float[] a, float[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(b[i])) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Arrays.mismatch(double[], double[]). */
    static int mismatch(double[] a, double[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Arrays.mismatch(Object[], Object[]). */
    static int mismatch(Object[] a, Object[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (!Objects.equals(a[i], b[i])) {
                return i;
            }
        }
        return a.length == b.length ? -1 : length;
    }

    /** Object-array compare; {@code cmp} null means natural ordering with null elements first. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> int compare(T[] a, T[] b, Comparator<? super T> cmp) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob) {
                int v;
                if (cmp != null) {
                    v = cmp.compare(oa, ob);
                } else if (oa == null || ob == null) {
                    return oa == null ? -1 : 1;
                } else {
                    v = ((Comparable) oa).compareTo(ob);
                }
                if (v != 0) {
                    return v;
                }
            }
        }
        return a.length - b.length;
    }
}
