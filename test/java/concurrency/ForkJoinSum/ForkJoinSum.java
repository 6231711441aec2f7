import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;

/** Divide and conquer with fork/join: sums, an in-place transform, invokeAll and pool submission. */
public class ForkJoinSum {
    static final class Sum extends RecursiveTask<Long> {
        final long[] data;
        final int lo;
        final int hi;

        Sum(long[] data, int lo, int hi) {
            this.data = data;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected Long compute() {
            if (hi - lo <= 500) {
                long s = 0;
                for (int i = lo; i < hi; i++) {
                    s += data[i];
                }
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(data, lo, mid);
            Sum right = new Sum(data, mid, hi);
            left.fork();
            long r = right.compute();
            return left.join() + r;
        }
    }

    static final class Square extends RecursiveAction {
        final long[] data;
        final int lo;
        final int hi;

        Square(long[] data, int lo, int hi) {
            this.data = data;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo <= 1000) {
                for (int i = lo; i < hi; i++) {
                    data[i] = data[i] * data[i] % 1000003;
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Square(data, lo, mid), new Square(data, mid, hi));
        }
    }

    static final class Fib extends RecursiveTask<Integer> {
        final int n;

        Fib(int n) {
            this.n = n;
        }

        @Override
        protected Integer compute() {
            if (n <= 10) {
                return slow(n);
            }
            Fib f1 = new Fib(n - 1);
            f1.fork();
            Fib f2 = new Fib(n - 2);
            return f2.compute() + f1.join();
        }

        static int slow(int n) {
            return n < 2 ? n : slow(n - 1) + slow(n - 2);
        }
    }

    public static void main(String[] args) throws Exception {
        long[] data = new long[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = i % 1000;
        }
        long expected = 0;
        for (long v : data) {
            expected += v;
        }
        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("parallelism=" + pool.getParallelism());
        long sum = pool.invoke(new Sum(data, 0, data.length));
        System.out.println("sum=" + sum + " expected=" + expected);
        System.out.println("common pool sum=" + ForkJoinPool.commonPool().invoke(new Sum(data, 0, data.length)));

        pool.invoke(new Square(data, 0, data.length));
        long check = 0;
        for (long v : data) {
            check = (check * 31 + v) % 1_000_000_007L;
        }
        System.out.println("squared checksum=" + check);

        System.out.println("fib(22)=" + pool.invoke(new Fib(22)));
        ForkJoinTask<Integer> submitted = pool.submit(new Fib(18));
        System.out.println("submitted fib(18)=" + submitted.get() + " done=" + submitted.isDone()
                + " normally=" + submitted.isCompletedNormally());

        List<Fib> tasks = new ArrayList<>();
        for (int i = 5; i <= 15; i += 5) {
            tasks.add(new Fib(i));
        }
        ForkJoinTask.invokeAll(tasks);
        StringBuilder sb = new StringBuilder();
        for (Fib f : tasks) {
            sb.append(f.join()).append(' ');
        }
        System.out.println("invokeAll: " + sb.toString().trim());

        Fib direct = new Fib(12);
        System.out.println("direct invoke=" + direct.invoke() + " raw=" + direct.getRawResult());

        RecursiveTask<Integer> failing = new RecursiveTask<Integer>() {
            @Override
            protected Integer compute() {
                throw new IllegalStateException("no result");
            }
        };
        try {
            failing.invoke();
        } catch (IllegalStateException e) {
            System.out.println("invoke threw " + e.getMessage() + " abnormal=" + failing.isCompletedAbnormally()
                    + " exception=" + failing.getException());
        }
        // Failing in a pool worker: the caller gets a fresh exception with the original as cause.
        RecursiveTask<Integer> badSplit = new RecursiveTask<Integer>() {
            @Override
            protected Integer compute() {
                throw new IllegalArgumentException("bad split");
            }
        };
        try {
            pool.invoke(badSplit);
        } catch (IllegalArgumentException e) {
            System.out.println("pool.invoke threw " + e + " | cause " + e.getCause());
        }
        ForkJoinTask<Integer> divide = pool.submit(() -> 10 / (data.length - data.length));
        try {
            divide.get();
        } catch (java.util.concurrent.ExecutionException e) {
            System.out.println("get threw " + e.getMessage() + " | cause " + e.getCause() + " | root " + e.getCause().getCause());
        }
        ForkJoinTask<String> adapted = ForkJoinTask.adapt(() -> "adapted");
        System.out.println(pool.submit(adapted).join());
        pool.shutdown();
        System.out.println("terminated=" + pool.awaitTermination(5, TimeUnit.SECONDS) + " shutdown=" + pool.isShutdown());
    }
}
