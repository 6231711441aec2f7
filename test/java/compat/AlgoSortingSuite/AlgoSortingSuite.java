import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/** A sorting-algorithm collection checked against Arrays.sort, with comparison counts and a stability test. */
public class AlgoSortingSuite {
    static long comparisons;

    static boolean less(int a, int b) { comparisons++; return a < b; }

    static void bubble(int[] a) {
        for (int end = a.length - 1; end > 0; end--) {
            boolean swapped = false;
            for (int i = 0; i < end; i++) if (less(a[i + 1], a[i])) { swap(a, i, i + 1); swapped = true; }
            if (!swapped) break;
        }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && less(v, a[j])) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static void shell(int[] a) {
        int h = 1;
        while (h < a.length / 3) h = 3 * h + 1;
        for (; h >= 1; h /= 3)
            for (int i = h; i < a.length; i++)
                for (int j = i; j >= h && less(a[j], a[j - h]); j -= h) swap(a, j, j - h);
    }

    static void merge(int[] a) { mergeSort(a, new int[a.length], 0, a.length); }

    static void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        for (int k = lo, i = lo, j = mid; k < hi; k++) {
            if (i >= mid) a[k] = tmp[j++];
            else if (j >= hi) a[k] = tmp[i++];
            else if (less(tmp[j], tmp[i])) a[k] = tmp[j++];
            else a[k] = tmp[i++];
        }
    }

    static void quick(int[] a) { quickSort(a, 0, a.length - 1); }

    static void quickSort(int[] a, int lo, int hi) {
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (less(a[mid], a[lo])) swap(a, lo, mid);
            if (less(a[hi], a[lo])) swap(a, lo, hi);
            if (less(a[hi], a[mid])) swap(a, mid, hi);
            int pivot = a[mid], i = lo, j = hi;
            while (i <= j) {
                while (less(a[i], pivot)) i++;
                while (less(pivot, a[j])) j--;
                if (i <= j) swap(a, i++, j--);
            }
            if (j - lo < hi - i) { quickSort(a, lo, j); lo = i; } else { quickSort(a, i, hi); hi = j; }
        }
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int k = n / 2 - 1; k >= 0; k--) sink(a, k, n);
        for (int end = n - 1; end > 0; end--) { swap(a, 0, end); sink(a, 0, end); }
    }

    static void sink(int[] a, int k, int n) {
        while (2 * k + 1 < n) {
            int j = 2 * k + 1;
            if (j + 1 < n && less(a[j], a[j + 1])) j++;
            if (!less(a[k], a[j])) break;
            swap(a, k, j);
            k = j;
        }
    }

    static void radix(int[] a) {
        int[] out = new int[a.length];
        for (int shift = 0; shift < 32; shift += 8) {
            int[] count = new int[257];
            for (int v : a) count[((v ^ Integer.MIN_VALUE) >>> shift & 0xff) + 1]++;
            for (int i = 0; i < 256; i++) count[i + 1] += count[i];
            for (int v : a) out[count[(v ^ Integer.MIN_VALUE) >>> shift & 0xff]++] = v;
            System.arraycopy(out, 0, a, 0, a.length);
        }
    }

    static void swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

    record Named(String name, Consumer<int[]> sorter) {}

    record Person(String name, int age) {}

    public static void main(String[] args) {
        Random rnd = new Random(2024);
        int[][] inputs = {
            rnd.ints(300, -1000, 1000).toArray(),
            java.util.stream.IntStream.range(0, 200).toArray(),
            java.util.stream.IntStream.range(0, 200).map(i -> 200 - i).toArray(),
            rnd.ints(250, 0, 5).toArray(),
            {},
            {Integer.MAX_VALUE, Integer.MIN_VALUE, 0, -1, 1},
        };
        String[] labels = {"random", "sorted", "reversed", "few-unique", "empty", "extremes"};
        List<Named> sorters = List.of(new Named("bubble", AlgoSortingSuite::bubble), new Named("insertion", AlgoSortingSuite::insertion),
            new Named("shell", AlgoSortingSuite::shell), new Named("merge", AlgoSortingSuite::merge), new Named("quick", AlgoSortingSuite::quick),
            new Named("heap", AlgoSortingSuite::heap), new Named("radix", AlgoSortingSuite::radix));
        for (int k = 0; k < inputs.length; k++) {
            int[] expected = inputs[k].clone();
            Arrays.sort(expected);
            StringBuilder line = new StringBuilder(labels[k] + " (" + inputs[k].length + "):");
            for (Named s : sorters) {
                int[] copy = inputs[k].clone();
                comparisons = 0;
                s.sorter().accept(copy);
                line.append(' ').append(s.name()).append('=').append(Arrays.equals(copy, expected) ? comparisons : -1);
            }
            System.out.println(line);
        }
        System.out.println("extremes sorted: " + Arrays.toString(inputs[5].length > 0 ? sortedCopy(inputs[5]) : inputs[5]));

        List<Person> people = new ArrayList<>();
        String[] names = {"ann", "bob", "cid", "dee", "eve", "fay", "gus", "hal"};
        for (int i = 0; i < names.length; i++) people.add(new Person(names[i], 20 + (i * 7) % 4));
        List<Person> byAge = new ArrayList<>(people);
        byAge.sort(Comparator.comparingInt(Person::age));
        System.out.println("stable by age: " + byAge);
        Collections.shuffle(people, new Random(5));
        System.out.println("shuffled: " + people);
        people.sort(Comparator.comparing(Person::age).reversed().thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println("age desc, name desc: " + people);
        Integer[] boxed = {5, 3, 9, 1, 7};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println("boxed reverse " + Arrays.toString(boxed) + ", binarySearch(7)=" + Arrays.binarySearch(boxed, 7, Collections.reverseOrder()));
    }

    static int[] sortedCopy(int[] a) { int[] c = a.clone(); heap(c); return c; }
}
