import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;

/** Divide and conquer on a ForkJoinPool: parallel merge sort (RecursiveAction), array sum and max (RecursiveTask), counted splits. */
public class ConcForkJoinMergeSort {
    static final int THRESHOLD = 64;

    static final class SortTask extends RecursiveAction {
        final int[] a, tmp;
        final int lo, hi;
        SortTask(int[] a, int[] tmp, int lo, int hi) { this.a = a; this.tmp = tmp; this.lo = lo; this.hi = hi; }

        @Override protected void compute() {
            if (hi - lo <= THRESHOLD) {
                Arrays.sort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new SortTask(a, tmp, lo, mid), new SortTask(a, tmp, mid, hi));
            System.arraycopy(a, lo, tmp, lo, hi - lo);
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) a[k++] = tmp[i] <= tmp[j] ? tmp[i++] : tmp[j++];
            while (i < mid) a[k++] = tmp[i++];
            while (j < hi) a[k++] = tmp[j++];
        }
    }

    static final class Stats extends RecursiveTask<long[]> {
        final int[] a;
        final int lo, hi;
        Stats(int[] a, int lo, int hi) { this.a = a; this.lo = lo; this.hi = hi; }

        @Override protected long[] compute() {
            if (hi - lo <= 500) {
                long sum = 0, max = Long.MIN_VALUE;
                for (int i = lo; i < hi; i++) { sum += a[i]; max = Math.max(max, a[i]); }
                return new long[] {sum, max, 1};
            }
            int mid = (lo + hi) >>> 1;
            Stats left = new Stats(a, lo, mid);
            left.fork();
            long[] r = new Stats(a, mid, hi).compute();
            long[] l = left.join();
            return new long[] {l[0] + r[0], Math.max(l[1], r[1]), l[2] + r[2]};
        }
    }

    static final class Fib extends RecursiveTask<Integer> {
        final int n;
        Fib(int n) { this.n = n; }
        @Override protected Integer compute() {
            if (n <= 12) return slow(n);
            Fib f1 = new Fib(n - 1);
            f1.fork();
            return new Fib(n - 2).compute() + f1.join();
        }
        static int slow(int n) { return n < 2 ? n : slow(n - 1) + slow(n - 2); }
    }

    public static void main(String[] args) {
        Random rnd = new Random(31337);
        int[] data = rnd.ints(5000, -100_000, 100_000).toArray();
        int[] expected = data.clone();
        Arrays.sort(expected);
        ForkJoinPool pool = new ForkJoinPool(3);
        pool.invoke(new SortTask(data, new int[data.length], 0, data.length));
        System.out.println("sorted correctly: " + Arrays.equals(data, expected) + ", first " + data[0] + ", last " + data[data.length - 1] + ", median " + data[data.length / 2]);
        long[] stats = pool.invoke(new Stats(data, 0, data.length));
        long check = 0;
        for (int v : data) check += v;
        System.out.println("sum " + stats[0] + " (check " + check + "), max " + stats[1] + ", leaves " + stats[2]);
        System.out.println("fib(24) = " + ForkJoinPool.commonPool().invoke(new Fib(24)) + ", parallelism " + pool.getParallelism());
        int[] big = new int[20_000];
        Arrays.parallelSetAll(big, i -> (i * 7919) % 10007);
        Arrays.parallelSort(big);
        Arrays.parallelPrefix(big, Integer::sum);
        System.out.println("parallel prefix last " + big[big.length - 1] + ", sorted " + isSorted(big));
        pool.shutdown();
        System.out.println("pool shutdown " + pool.isShutdown());
    }

    static boolean isSorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i] < a[i - 1]) return false;
        return true;
    }
}
