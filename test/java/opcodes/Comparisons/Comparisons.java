import java.util.Arrays;

/** Comparison instructions: lcmp, fcmpl/fcmpg, dcmpl/dcmpg with NaN, signed zeros and extremes. */
public class Comparisons {
    static String relations(double a, double b) {
        return a + " vs " + b + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b) + " == " + (a == b) + " != " + (a != b)
                + " compare " + Double.compare(a, b);
    }

    static String relationsF(float a, float b) {
        return a + "f vs " + b + "f: < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b) + " == " + (a == b) + " != " + (a != b)
                + " compare " + Float.compare(a, b);
    }

    static String relationsL(long a, long b) {
        return a + "L vs " + b + "L: < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b) + " == " + (a == b) + " compare " + Long.compare(a, b);
    }

    static double maxIgnoringNaN(double[] xs) {
        double best = Double.NEGATIVE_INFINITY;
        for (double x : xs) if (x > best) best = x;
        return best;
    }

    static int countBelow(double[] xs, double limit) {
        int n = 0;
        for (double x : xs) if (!(x >= limit)) n++;
        return n;
    }

    public static void main(String[] args) {
        double nan = Double.NaN;
        System.out.println(relations(1.0, 2.0));
        System.out.println(relations(2.0, 1.0));
        System.out.println(relations(1.0, nan));
        System.out.println(relations(nan, 1.0));
        System.out.println(relations(nan, nan));
        System.out.println(relations(0.0, -0.0));
        System.out.println(relations(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE));
        System.out.println(relationsF(1.5f, Float.NaN));
        System.out.println(relationsF(Float.NaN, 1.5f));
        System.out.println(relationsF(-0.0f, 0.0f));
        System.out.println(relationsF(Float.MIN_VALUE, 0f));
        System.out.println(relationsL(Long.MIN_VALUE, Long.MAX_VALUE));
        System.out.println(relationsL(-1L, 1L));
        System.out.println(relationsL(0x100000000L, 0xffffffffL));
        System.out.println(relationsL(5L, 5L));
        double[] data = {3.5, nan, -2.0, 10.25, nan, 7.0};
        System.out.println("max ignoring NaN = " + maxIgnoringNaN(data));
        System.out.println("count !(x >= 5) = " + countBelow(data, 5));
        double[] sorted = {3.0, nan, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1.0, Double.POSITIVE_INFINITY, nan, 1e-300};
        Arrays.sort(sorted);
        System.out.println("sorted doubles = " + Arrays.toString(sorted));
        float[] sortedF = {2f, Float.NaN, -0f, 0f, -3f, Float.POSITIVE_INFINITY};
        Arrays.sort(sortedF);
        System.out.println("sorted floats = " + Arrays.toString(sortedF));
        int a = Integer.MIN_VALUE, b = 1;
        System.out.println("MIN < 1: " + (a < b) + ", MIN - 1 < 0: " + (a - b < 0) + ", compare " + Integer.compare(a, b) + ", compareUnsigned " + Integer.compareUnsigned(a, b));
        long zeroCount = 0;
        for (long i = -5; i <= 5; i++) if (i == 0 || i < -3 || i >= 4) zeroCount++;
        System.out.println("counted " + zeroCount);
        Double boxedNaN = nan;
        System.out.println("boxed NaN equals itself: " + boxedNaN.equals(nan) + ", boxed 0.0 equals -0.0: " + Double.valueOf(0.0).equals(-0.0));
    }
}
