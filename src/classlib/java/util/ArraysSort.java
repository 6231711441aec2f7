/*
 * @fileoverview Primitive-array sorting behind Arrays.sort: an introsort (median-of-three
 * quicksort with three-way partitioning, insertion sort for short ranges, heapsort when the
 * recursion gets too deep) for int and long; byte, short and char use a counting sort for
 * long ranges and the int sort otherwise; float and double move NaNs to the end and sort the
 * rest as order-preserving integer keys, so -0.0 lands before 0.0 as in the JDK. Not stable,
 * which is unobservable for primitives. The int and long methods are mechanical copies.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Sorting algorithms for primitive arrays; ranges are [lo, hi) and already checked. */
final class ArraysSort {
    private ArraysSort() {
    }

    /** Ranges shorter than this are insertion-sorted. */
    private static final int INSERTION_SORT_THRESHOLD = 24;

    /** byte ranges longer than this are counting-sorted. */
    private static final int COUNTING_SORT_THRESHOLD_BYTE = 64;

    /** short and char ranges longer than this are counting-sorted (65536 counters). */
    private static final int COUNTING_SORT_THRESHOLD_CHAR = 3200;

    /** Quicksort recursion depth allowed before switching to heapsort: twice log2(n). */
    private static int depthLimit(int n) {
        return 2 * (32 - Integer.numberOfLeadingZeros(n));
    }

    /** Sorts a[lo, hi) ascending. */
    static void sort(int[] a, int lo, int hi) {
        if (hi - lo > 1) {
            quickSort(a, lo, hi - 1, depthLimit(hi - lo));
        }
    }

    /** Introsort of the closed range a[left..right]. */
    private static void quickSort(int[] a, int left, int right, int depth) {
        while (right - left >= INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapSort(a, left, right);
                return;
            }
            int pivot = medianOfThree(a[left], a[(left + right) >>> 1], a[right]);
            // Dijkstra's three-way partition: [left, lt) < pivot, [lt, i) == pivot, (gt, right] > pivot
            int lt = left;
            int gt = right;
            int i = left;
            while (i <= gt) {
                int v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side so the stack stays O(log n)
            if (lt - left < right - gt) {
                quickSort(a, left, lt - 1, depth);
                left = gt + 1;
            } else {
                quickSort(a, gt + 1, right, depth);
                right = lt - 1;
            }
        }
        insertionSort(a, left, right);
    }

    private static int medianOfThree(int x, int y, int z) {
        if (x < y) {
            return y < z ? y : (x < z ? z : x);
        } else {
            return x < z ? x : (y < z ? z : y);
        }
    }

    private static void insertionSort(int[] a, int left, int right) {
        for (int i = left + 1; i <= right; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= left && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** Heapsort of a[left..right], the worst-case fallback. */
    private static void heapSort(int[] a, int left, int right) {
        int n = right - left + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, left, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int top = a[left];
            a[left] = a[left + end];
            a[left + end] = top;
            siftDown(a, left, 0, end);
        }
    }

    /** Restores the max-heap property below heap index k of the n-element heap at base. */
    private static void siftDown(int[] a, int base, int k, int n) {
        int v = a[base + k];
        while (true) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= v) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = v;
    }

    /** Sorts a[lo, hi) ascending. */
    static void sort(long[] a, int lo, int hi) {
        if (hi - lo > 1) {
            quickSort(a, lo, hi - 1, depthLimit(hi - lo));
        }
    }

    /** Introsort of the closed range a[left..right]. */
    private static void quickSort(long[] a, int left, int right, int depth) {
        while (right - left >= INSERTION_SORT_THRESHOLD) {
            if (depth-- == 0) {
                heapSort(a, left, right);
                return;
            }
            long pivot = medianOfThree(a[left], a[(left + right) >>> 1], a[right]);
            // Dijkstra's three-way partition: [left, lt) < pivot, [lt, i) == pivot, (gt, right] > pivot
            int lt = left;
            int gt = right;
            int i = left;
            while (i <= gt) {
                long v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side so the stack stays O(log n)
            if (lt - left < right - gt) {
                quickSort(a, left, lt - 1, depth);
                left = gt + 1;
            } else {
                quickSort(a, gt + 1, right, depth);
                right = lt - 1;
            }
        }
        insertionSort(a, left, right);
    }

    private static long medianOfThree(long x, long y, long z) {
        if (x < y) {
            return y < z ? y : (x < z ? z : x);
        } else {
            return x < z ? x : (y < z ? z : y);
        }
    }

    private static void insertionSort(long[] a, int left, int right) {
        for (int i = left + 1; i <= right; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= left && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** Heapsort of a[left..right], the worst-case fallback. */
    private static void heapSort(long[] a, int left, int right) {
        int n = right - left + 1;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, left, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            long top = a[left];
            a[left] = a[left + end];
            a[left + end] = top;
            siftDown(a, left, 0, end);
        }
    }

    /** Restores the max-heap property below heap index k of the n-element heap at base. */
    private static void siftDown(long[] a, int base, int k, int n) {
        long v = a[base + k];
        while (true) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[base + child + 1] > a[base + child]) {
                child++;
            }
            if (a[base + child] <= v) {
                break;
            }
            a[base + k] = a[base + child];
            k = child;
        }
        a[base + k] = v;
    }

    /** Sorts a[lo, hi) ascending: counting sort when long, else via the int sort. */
    static void sort(byte[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n > COUNTING_SORT_THRESHOLD_BYTE) {
            int[] count = new int[256];
            for (int i = lo; i < hi; i++) {
                count[a[i] + 128]++;
            }
            int k = lo;
            for (int v = 0; v < 256; v++) {
                for (int c = count[v]; c > 0; c--) {
                    a[k++] = (byte) (v - 128);
                }
            }
        } else {
            int[] wide = new int[n];
            for (int i = 0; i < n; i++) {
                wide[i] = a[lo + i];
            }
            sort(wide, 0, n);
            for (int i = 0; i < n; i++) {
                a[lo + i] = (byte) wide[i];
            }
        }
    }

    /** Sorts a[lo, hi) ascending: counting sort when long, else via the int sort. */
    static void sort(short[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n > COUNTING_SORT_THRESHOLD_CHAR) {
            int[] count = new int[65536];
            for (int i = lo; i < hi; i++) {
                count[a[i] + 32768]++;
            }
            int k = lo;
            for (int v = 0; v < 65536; v++) {
                for (int c = count[v]; c > 0; c--) {
                    a[k++] = (short) (v - 32768);
                }
            }
        } else {
            int[] wide = new int[n];
            for (int i = 0; i < n; i++) {
                wide[i] = a[lo + i];
            }
            sort(wide, 0, n);
            for (int i = 0; i < n; i++) {
                a[lo + i] = (short) wide[i];
            }
        }
    }

    /** Sorts a[lo, hi) ascending: counting sort when long, else via the int sort. */
    static void sort(char[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        if (n > COUNTING_SORT_THRESHOLD_CHAR) {
            int[] count = new int[65536];
            for (int i = lo; i < hi; i++) {
                count[a[i]]++;
            }
            int k = lo;
            for (int v = 0; v < 65536; v++) {
                for (int c = count[v]; c > 0; c--) {
                    a[k++] = (char) v;
                }
            }
        } else {
            int[] wide = new int[n];
            for (int i = 0; i < n; i++) {
                wide[i] = a[lo + i];
            }
            sort(wide, 0, n);
            for (int i = 0; i < n; i++) {
                a[lo + i] = (char) wide[i];
            }
        }
    }

    /**
     * Sorts a[lo, hi) in Double.compare order: NaNs (payloads kept) go to the end, the other
     * values are sorted as long keys whose signed order matches -0.0 < 0.0 and numeric order.
     */
    static void sort(double[] a, int lo, int hi) {
        int end = hi;
        for (int k = hi - 1; k >= lo; k--) {
            double v = a[k];
            if (v != v) {
                a[k] = a[--end];
                a[end] = v;
            }
        }
        int n = end - lo;
        if (n < 2) {
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = toKey(Double.doubleToRawLongBits(a[lo + i]));
        }
        sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            a[lo + i] = Double.longBitsToDouble(toKey(keys[i]));
        }
    }

    /** Flips the magnitude bits of negative values; an involution that preserves the sign. */
    private static long toKey(long bits) {
        return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
    }

    /**
     * Sorts a[lo, hi) in Double.compare order: NaNs (payloads kept) go to the end, the other
     * values are sorted as int keys whose signed order matches -0.0 < 0.0 and numeric order.
     */
    static void sort(float[] a, int lo, int hi) {
        int end = hi;
        for (int k = hi - 1; k >= lo; k--) {
            float v = a[k];
            if (v != v) {
                a[k] = a[--end];
                a[end] = v;
            }
        }
        int n = end - lo;
        if (n < 2) {
            return;
        }
        int[] keys = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = toKey(Float.floatToRawIntBits(a[lo + i]));
        }
        sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            a[lo + i] = Float.intBitsToFloat(toKey(keys[i]));
        }
    }

    /** Flips the magnitude bits of negative values; an involution that preserves the sign. */
    private static int toKey(int bits) {
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }
}
