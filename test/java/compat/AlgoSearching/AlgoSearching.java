import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;

/** Searching techniques: binary search variants, lower/upper bounds, exponential and interpolation search, bisection, ternary search. */
public class AlgoSearching {
    static int probes;

    static int lowerBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) { probes++; int mid = (lo + hi) >>> 1; if (a[mid] < key) lo = mid + 1; else hi = mid; }
        return lo;
    }

    static int upperBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) { probes++; int mid = (lo + hi) >>> 1; if (a[mid] <= key) lo = mid + 1; else hi = mid; }
        return lo;
    }

    static int exponential(int[] a, int key) {
        if (a.length == 0) return -1;
        int bound = 1;
        while (bound < a.length && a[bound] < key) { probes++; bound *= 2; }
        int lo = bound / 2, hi = Math.min(bound, a.length - 1);
        while (lo <= hi) {
            probes++;
            int mid = (lo + hi) >>> 1;
            if (a[mid] == key) return mid;
            if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    static int interpolation(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi && key >= a[lo] && key <= a[hi]) {
            probes++;
            if (a[hi] == a[lo]) return a[lo] == key ? lo : -1;
            int pos = lo + (int) ((long) (key - a[lo]) * (hi - lo) / (a[hi] - a[lo]));
            if (a[pos] == key) return pos;
            if (a[pos] < key) lo = pos + 1; else hi = pos - 1;
        }
        return -1;
    }

    /** Smallest x in [lo, hi] with p(x) true, assuming p is monotone. */
    static int firstTrue(int lo, int hi, IntPredicate p) {
        while (lo < hi) { int mid = lo + (hi - lo) / 2; if (p.test(mid)) hi = mid; else lo = mid + 1; }
        return lo;
    }

    static double bisect(DoubleUnaryOperator f, double lo, double hi) {
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (Math.signum(f.applyAsDouble(mid)) == Math.signum(f.applyAsDouble(lo))) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }

    static double ternaryMax(DoubleUnaryOperator f, double lo, double hi) {
        for (int i = 0; i < 200; i++) {
            double m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3;
            if (f.applyAsDouble(m1) < f.applyAsDouble(m2)) lo = m1; else hi = m2;
        }
        return (lo + hi) / 2;
    }

    public static void main(String[] args) {
        int[] a = new int[1000];
        for (int i = 0; i < a.length; i++) a[i] = i * 3 + (i % 7 == 0 ? 1 : 0);
        int[] keys = {0, 1, 3, 21, 22, 1500, 2997, 2998, 5000, -5};
        for (int key : keys) {
            probes = 0;
            int bs = Arrays.binarySearch(a, key);
            int lb = lowerBound(a, key), ub = upperBound(a, key);
            int p1 = probes;
            probes = 0;
            int ex = exponential(a, key);
            int p2 = probes;
            probes = 0;
            int ip = interpolation(a, key);
            System.out.println("key " + key + ": Arrays.binarySearch=" + bs + " lower=" + lb + " upper=" + ub + " (" + p1 + " probes) exponential="
                + ex + " (" + p2 + ") interpolation=" + ip + " (" + probes + ")");
        }
        int[] dups = {1, 2, 2, 2, 3, 5, 5, 8};
        System.out.println("count of 2 = " + (upperBound(dups, 2) - lowerBound(dups, 2)) + ", of 5 = " + (upperBound(dups, 5) - lowerBound(dups, 5)) + ", of 4 = " + (upperBound(dups, 4) - lowerBound(dups, 4)));
        List<String> words = new ArrayList<>(List.of("pear", "apple", "fig", "kiwi", "banana", "cherry"));
        Collections.sort(words);
        System.out.println(words + " search kiwi=" + Collections.binarySearch(words, "kiwi") + " grape=" + Collections.binarySearch(words, "grape"));
        long n = 2_000_000_000L;
        int isqrt = firstTrue(0, 1 << 16, x -> (long) x * x > n) - 1;
        System.out.println("isqrt(" + n + ") = " + isqrt + ", Math.sqrt " + Math.sqrt(n));
        int minCapacity = firstTrue(1, 100, cap -> shipsWithin(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, cap, 5));
        System.out.println("min ship capacity for 5 days: " + minCapacity);
        System.out.println("root of x^3-2x-5: " + bisect(x -> x * x * x - 2 * x - 5, 2, 3));
        System.out.println("cos(x)=x at " + bisect(x -> Math.cos(x) - x, 0, 1));
        double best = ternaryMax(x -> -(x - 1.5) * (x - 1.5) + 4, -10, 10);
        System.out.println("max of parabola near " + Math.round(best * 1e9) / 1e9);
        char[] sortedChars = "searching".toCharArray();
        Arrays.sort(sortedChars);
        System.out.println(new String(sortedChars) + " index of 'h' " + Arrays.binarySearch(sortedChars, 'h'));
    }

    static boolean shipsWithin(int[] weights, int cap, int days) {
        int need = 1, load = 0;
        for (int w : weights) {
            if (w > cap) return false;
            if (load + w > cap) { need++; load = 0; }
            load += w;
        }
        return need <= days;
    }
}
