/*
 * @fileoverview The stable object sort behind Arrays.sort(Object[]), Arrays.sort(T[], Comparator),
 * List.sort and Collections.sort: a top-down merge sort that ping-pongs between the array and
 * one scratch copy, insertion-sorts short runs and skips merges of already ordered halves.
 * Unlike the JDK's TimSort it never reports "Comparison method violates its general contract!".
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Stable merge sort for object arrays. */
final class ArraysMergeSort {
    private ArraysMergeSort() {
    }

    /** Runs shorter than this are insertion-sorted in place. */
    private static final int INSERTION_SORT_THRESHOLD = 7;

    /** Sorts a[lo, hi) stably with {@code c}, or by natural ordering when {@code c} is null. */
    static void sort(Object[] a, int lo, int hi, Comparator<?> c) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        Object[] aux = new Object[n];
        System.arraycopy(a, lo, aux, 0, n);
        mergeSort(aux, a, lo, hi, -lo, c);
    }

    /**
     * Sorts dest[low, high) using src as scratch; src[i + off] and dest[i] hold the same
     * elements on entry. The halves are sorted into src, then merged into dest.
     */
    private static void mergeSort(Object[] src, Object[] dest, int low, int high, int off, Comparator<?> c) {
        int length = high - low;
        if (length < INSERTION_SORT_THRESHOLD) {
            for (int i = low + 1; i < high; i++) {
                Object v = dest[i];
                int j = i - 1;
                while (j >= low && compare(c, v, dest[j]) < 0) {
                    dest[j + 1] = dest[j];
                    j--;
                }
                dest[j + 1] = v;
            }
            return;
        }
        int destLow = low;
        int destHigh = high;
        low += off;
        high += off;
        int mid = (low + high) >>> 1;
        mergeSort(dest, src, low, mid, -off, c);
        mergeSort(dest, src, mid, high, -off, c);
        if (compare(c, src[mid], src[mid - 1]) >= 0) {
            System.arraycopy(src, low, dest, destLow, length);
            return;
        }
        // ties take the left element first (that keeps the sort stable); like TimSort, the
        // later element is the receiver of compareTo
        for (int i = destLow, p = low, q = mid; i < destHigh; i++) {
            if (q >= high || (p < mid && compare(c, src[q], src[p]) >= 0)) {
                dest[i] = src[p++];
            } else {
                dest[i] = src[q++];
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparator c, Object x, Object y) {
        return c == null ? ((Comparable) x).compareTo(y) : c.compare(x, y);
    }
}
