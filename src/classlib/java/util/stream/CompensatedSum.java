/*
 * @fileoverview Kahan (compensated) summation as HotSpot 17 does it for DoubleStream.sum,
 * average, Collectors.summingDouble and averagingDouble, so the results match bit for bit.
 * The state is a double[] of at least 3: [0] the running sum, [1] the (negated) low-order
 * error, [2] the plain sum, used when the compensated one is NaN but the plain one infinite.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

/** Compensated summation over a double[] state. */
final class CompensatedSum {
    private CompensatedSum() {
    }

    /** Adds {@code value} to {@code state}. */
    static void add(double[] state, double value) {
        double y = value - state[1];
        double sum = state[0];
        double t = sum + y;
        state[1] = (t - sum) - y;
        state[0] = t;
        state[2] += value;
    }

    /** Adds the sum accumulated in {@code other} to {@code state}. */
    static void combine(double[] state, double[] other) {
        double simple = state[2] + other[2];
        add(state, other[0]);
        add(state, -other[1]);
        state[2] = simple;
    }

    /** The sum accumulated in {@code state}. */
    static double result(double[] state) {
        double compensated = state[0] - state[1];
        double simple = state[2];
        if (Double.isNaN(compensated) && Double.isInfinite(simple)) {
            return simple;
        }
        return compensated;
    }
}
