import java.util.HashMap;
import java.util.Map;

/** Fibonacci four ways: naive recursion, HashMap memoization, iteration with overflow detection, and fast doubling. */
public class FibonacciMemo {
    static final Map<Integer, Long> memo = new HashMap<>();
    static long naiveCalls;

    static long naive(int n) {
        naiveCalls++;
        return n < 2 ? n : naive(n - 1) + naive(n - 2);
    }

    static long memoized(int n) {
        if (n < 2) return n;
        Long cached = memo.get(n);
        if (cached != null) return cached;
        long v = memoized(n - 1) + memoized(n - 2);
        memo.put(n, v);
        return v;
    }

    static long[] doubling(long n) {
        if (n == 0) return new long[] {0, 1};
        long[] half = doubling(n / 2);
        long a = half[0], b = half[1];
        long c = a * (2 * b - a);
        long d = a * a + b * b;
        return n % 2 == 0 ? new long[] {c, d} : new long[] {d, c + d};
    }

    public static void main(String[] args) {
        System.out.println("naive fib(25) = " + naive(25) + " calls " + naiveCalls);
        System.out.println("memo fib(92) = " + memoized(92) + " cache size " + memo.size());
        long a = 0, b = 1;
        int n = 0;
        while (true) {
            long next;
            try {
                next = Math.addExact(a, b);
            } catch (ArithmeticException e) {
                System.out.println("overflow after fib(" + (n + 1) + ") = " + b + ": " + e.getMessage());
                break;
            }
            a = b;
            b = next;
            n++;
        }
        for (int k : new int[] {10, 50, 90, 92}) System.out.println("doubling fib(" + k + ") = " + doubling(k)[0] + " agrees " + (doubling(k)[0] == memoized(k)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 20; i++) sb.append(memoized(i)).append(i < 20 ? "," : "");
        System.out.println(sb);
        long evenSum = 0;
        for (int i = 0; memoized(i) < 4_000_000; i++) if (memoized(i) % 2 == 0) evenSum += memoized(i);
        System.out.println("even fibs below 4M sum " + evenSum);
    }
}
