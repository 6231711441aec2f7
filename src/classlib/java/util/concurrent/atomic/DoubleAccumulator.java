package java.util.concurrent.atomic;

import java.util.function.DoubleBinaryOperator;

/** A double value updated with an accumulator function by many threads. */
public class DoubleAccumulator extends Striped64 implements java.io.Serializable {
    private static final long serialVersionUID = 7249069246863182397L;

    private final DoubleBinaryOperator function;
    private final long identityBits;
    private final AtomicLong bits;

    public DoubleAccumulator(DoubleBinaryOperator accumulatorFunction, double identity) {
        this.function = accumulatorFunction;
        this.identityBits = Double.doubleToRawLongBits(identity);
        this.bits = new AtomicLong(identityBits);
    }

    public void accumulate(double x) {
        for (;;) {
            long prev = bits.get();
            double next = function.applyAsDouble(Double.longBitsToDouble(prev), x);
            if (bits.compareAndSet(prev, Double.doubleToRawLongBits(next))) {
                return;
            }
        }
    }

    public double get() {
        return Double.longBitsToDouble(bits.get());
    }

    public void reset() {
        bits.set(identityBits);
    }

    public double getThenReset() {
        return Double.longBitsToDouble(bits.getAndSet(identityBits));
    }

    @Override
    public String toString() {
        return Double.toString(get());
    }

    @Override
    public double doubleValue() {
        return get();
    }

    @Override
    public long longValue() {
        return (long) get();
    }

    @Override
    public int intValue() {
        return (int) get();
    }

    @Override
    public float floatValue() {
        return (float) get();
    }
}
