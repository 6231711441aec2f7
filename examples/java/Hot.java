/** Hot code for examples/jit-events.ts: a numeric kernel and a division that sometimes fails. */
public class Hot {
    /** Sum of squares of i * k mod 1000 over the first n integers (the JIT compiles it once it is hot). */
    public static long kernel(int n, int k) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            long v = (long) i * k % 1000;
            s += v * v;
        }
        return s;
    }

    /** Calls the kernel `rounds` times (a hot call site). */
    public static long run(int rounds) {
        long total = 0;
        for (int r = 0; r < rounds; r++) total += kernel(100, r);
        return total;
    }

    /** a / b, which throws ArithmeticException for b == 0. */
    static int ratio(int a, int b) {
        return a / b;
    }

    /** Sums ratio(i, i % 7) over n values; every seventh division fails and is counted. */
    public static String checked(int n) {
        long sum = 0;
        int failures = 0;
        for (int i = 0; i < n; i++) {
            try {
                sum += ratio(i * 10, i % 7);
            } catch (ArithmeticException e) {
                failures++;
            }
        }
        return sum + " with " + failures + " divisions by zero";
    }
}
