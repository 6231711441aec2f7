/*
 * @fileoverview Count, sum, min, max and average of int values (IntStream.summaryStatistics,
 * Collectors.summarizingInt). toString prints like HotSpot's String.format-based one, with the
 * runtime class's simple name.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.IntConsumer;

/** Accumulates statistics of int values; the sum is a long. */
public class IntSummaryStatistics implements IntConsumer {
    private long count;
    private long sum;
    private int min = Integer.MAX_VALUE;
    private int max = Integer.MIN_VALUE;

    public IntSummaryStatistics() {
    }

    /** Statistics with the given values (ignored when count is 0). */
    public IntSummaryStatistics(long count, int min, int max, long sum) throws IllegalArgumentException {
        if (count < 0L) {
            throw new IllegalArgumentException("Negative count value");
        } else if (count > 0L) {
            if (min > max) {
                throw new IllegalArgumentException("Minimum greater than maximum");
            }
            this.count = count;
            this.sum = sum;
            this.min = min;
            this.max = max;
        }
    }

    @Override public void accept(int value) {
        ++count;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Adds the values recorded by {@code other}. */
    public void combine(IntSummaryStatistics other) {
        count += other.count;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    public final long getCount() {
        return count;
    }

    public final long getSum() {
        return sum;
    }

    public final int getMin() {
        return min;
    }

    public final int getMax() {
        return max;
    }

    /** The arithmetic mean, 0 when empty. */
    public final double getAverage() {
        return getCount() > 0 ? (double) getSum() / getCount() : 0.0d;
    }

    @Override public String toString() {
        return getClass().getSimpleName() + "{count=" + getCount() + ", sum=" + getSum()
                + ", min=" + getMin() + ", average=" + FixedPointFormat.format(getAverage())
                + ", max=" + getMax() + "}";
    }
}
