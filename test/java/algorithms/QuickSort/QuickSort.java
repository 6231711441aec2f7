import java.util.Arrays;
import java.util.Random;

/** Quicksort (Lomuto and Hoare partitions, median-of-three), insertion sort for small ranges, and quickselect on seeded data. */
public class QuickSort {
    static int comparisons;

    static void quickSort(int[] a, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] < a[lo]) swap(a, mid, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[mid]) swap(a, hi, mid);
            int pivot = a[mid], i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) { i++; comparisons++; }
                while (a[j] > pivot) { j--; comparisons++; }
                if (i <= j) swap(a, i++, j--);
            }
            if (j - lo < hi - i) {
                quickSort(a, lo, j);
                lo = i;
            } else {
                quickSort(a, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i], j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
                comparisons++;
            }
            a[j + 1] = v;
        }
    }

    static int lomutoPartition(double[] a, int lo, int hi) {
        double pivot = a[hi];
        int i = lo;
        for (int j = lo; j < hi; j++) {
            if (a[j] <= pivot) {
                double t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
            }
        }
        double t = a[i];
        a[i] = a[hi];
        a[hi] = t;
        return i;
    }

    static void lomutoSort(double[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = lomutoPartition(a, lo, hi);
        lomutoSort(a, lo, p - 1);
        lomutoSort(a, p + 1, hi);
    }

    static int quickSelect(int[] a, int k) {
        int lo = 0, hi = a.length - 1;
        Random r = new Random(5);
        while (lo < hi) {
            swap(a, lo + r.nextInt(hi - lo + 1), hi);
            int pivot = a[hi], store = lo;
            for (int i = lo; i < hi; i++) if (a[i] < pivot) swap(a, i, store++);
            swap(a, store, hi);
            if (store == k) return a[k];
            if (store < k) lo = store + 1;
            else hi = store - 1;
        }
        return a[lo];
    }

    static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    public static void main(String[] args) {
        Random rnd = new Random(1234);
        int[] data = new int[20000];
        for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(100000) - 50000;
        int[] expected = data.clone();
        Arrays.sort(expected);
        int[] copy = data.clone();
        quickSort(copy, 0, copy.length - 1);
        System.out.println("sorted correctly: " + Arrays.equals(copy, expected) + " comparisons " + comparisons);
        System.out.println("first " + Arrays.toString(Arrays.copyOf(copy, 8)));
        int[] sortedInput = expected.clone();
        comparisons = 0;
        quickSort(sortedInput, 0, sortedInput.length - 1);
        System.out.println("already sorted input comparisons " + comparisons);
        int[] dupes = new int[5000];
        for (int i = 0; i < dupes.length; i++) dupes[i] = rnd.nextInt(3);
        quickSort(dupes, 0, dupes.length - 1);
        System.out.println("few distinct values sorted: " + (dupes[0] == 0 && dupes[dupes.length - 1] == 2));
        double[] ds = new double[2000];
        for (int i = 0; i < ds.length; i++) ds[i] = rnd.nextDouble() * 100;
        double[] dsExpected = ds.clone();
        Arrays.sort(dsExpected);
        lomutoSort(ds, 0, ds.length - 1);
        System.out.println("lomuto doubles sorted: " + Arrays.equals(ds, dsExpected) + " median " + ds[ds.length / 2]);
        for (int k : new int[] {0, 100, 9999, 19999}) System.out.println("quickselect k=" + k + " -> " + quickSelect(data.clone(), k) + " expected " + expected[k]);
    }
}
