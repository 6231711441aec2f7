/*
 * @fileoverview Count, sum, min, max and average of double values (DoubleStream.
 * summaryStatistics, Collectors.summarizingDouble). The sum uses compensated (Kahan)
 * summation with HotSpot 17's sign convention (sum minus the compensation term), falling back
 * to the plain sum when that is infinite and the compensated one NaN; min/max follow Math.min/max
 * (NaN wins, -0.0 < 0.0).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.DoubleConsumer;

/** Accumulates statistics of double values. */
public class DoubleSummaryStatistics implements DoubleConsumer {
    private long count;
    /** The compensated running sum. */
    private double sum;
    /** The low-order error of {@code sum}, negated. */
    private double sumCompensation;
    /** The plain running sum, to recover infinities. */
    private double simpleSum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public DoubleSummaryStatistics() {
    }

    /** Statistics with the given values (ignored when count is 0). */
    public DoubleSummaryStatistics(long count, double min, double max, double sum)
            throws IllegalArgumentException {
        if (count < 0L) {
            throw new IllegalArgumentException("Negative count value");
        } else if (count > 0L) {
            if (min > max) {
                throw new IllegalArgumentException("Minimum greater than maximum");
            }
            int nans = (Double.isNaN(min) ? 1 : 0) + (Double.isNaN(max) ? 1 : 0) + (Double.isNaN(sum) ? 1 : 0);
            if (nans > 0 && nans < 3) {
                throw new IllegalArgumentException("Some, not all, of the minimum, maximum, or sum is NaN");
            }
            this.count = count;
            this.sum = sum;
            this.simpleSum = sum;
            this.min = min;
            this.max = max;
        }
    }

    @Override public void accept(double value) {
        ++count;
        simpleSum += value;
        addCompensated(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Adds the values recorded by {@code other}. */
    public void combine(DoubleSummaryStatistics other) {
        count += other.count;
        simpleSum += other.simpleSum;
        addCompensated(other.sum);
        addCompensated(-other.sumCompensation);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** One Kahan summation step. */
    private void addCompensated(double value) {
        double y = value - sumCompensation;
        double t = sum + y;
        sumCompensation = (t - sum) - y;
        sum = t;
    }

    public final long getCount() {
        return count;
    }

    /** The compensated sum (the plain sum when only that is a well-defined infinity). */
    public final double getSum() {
        double tmp = sum - sumCompensation;
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum)) {
            return simpleSum;
        }
        return tmp;
    }

    public final double getMin() {
        return min;
    }

    public final double getMax() {
        return max;
    }

    /** getSum() / getCount(), 0 when empty. */
    public final double getAverage() {
        return getCount() > 0 ? getSum() / getCount() : 0.0d;
    }

    @Override public String toString() {
        return getClass().getSimpleName() + "{count=" + getCount()
                + ", sum=" + FixedPointFormat.format(getSum())
                + ", min=" + FixedPointFormat.format(getMin())
                + ", average=" + FixedPointFormat.format(getAverage())
                + ", max=" + FixedPointFormat.format(getMax()) + "}";
    }
}
