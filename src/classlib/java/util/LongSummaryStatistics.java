/*
 * @fileoverview Count, sum, min, max and average of long values (LongStream.summaryStatistics,
 * Collectors.summarizingLong); also accepts ints. The sum wraps on overflow, as in the JDK.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Accumulates statistics of long values. */
public class LongSummaryStatistics implements LongConsumer, IntConsumer {
    private long count;
    private long sum;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    public LongSummaryStatistics() {
    }

    /** Statistics with the given values (ignored when count is 0). */
    public LongSummaryStatistics(long count, long min, long max, long sum) throws IllegalArgumentException {
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
        accept((long) value);
    }

    @Override public void accept(long value) {
        ++count;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Adds the values recorded by {@code other}. */
    public void combine(LongSummaryStatistics other) {
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

    public final long getMin() {
        return min;
    }

    public final long getMax() {
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
