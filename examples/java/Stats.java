/** Small statistics a TypeScript program calls through Tern's embedding API (examples/call-static.ts). */
public class Stats {
    public static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) sum += x;
        return xs.length == 0 ? Double.NaN : sum / xs.length;
    }

    public static int[] histogram(double[] xs, int buckets, double lo, double hi) {
        int[] h = new int[buckets];
        for (double x : xs) {
            int b = (int) ((x - lo) / (hi - lo) * buckets);
            h[Math.max(0, Math.min(buckets - 1, b))]++;
        }
        return h;
    }

    public static String describe(String name, double[] xs) {
        double m = mean(xs), var = 0;
        for (double x : xs) var += (x - m) * (x - m);
        return name + ": n=" + xs.length + " mean=" + m + " sd=" + Math.sqrt(var / xs.length);
    }

    public static long factorial(int n) {
        if (n < 0) throw new IllegalArgumentException("factorial of a negative number: " + n);
        long f = 1;
        for (int i = 2; i <= n; i++) f = Math.multiplyExact(f, i);
        return f;
    }
}
