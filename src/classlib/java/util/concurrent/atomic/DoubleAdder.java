package java.util.concurrent.atomic;

/** A sum of doubles updated by many threads (one atomic cell holding the bits). */
public class DoubleAdder extends Striped64 implements java.io.Serializable {
    private static final long serialVersionUID = 7249069246863182397L;

    private final AtomicLong bits = new AtomicLong();

    public DoubleAdder() {
    }

    public void add(double x) {
        for (;;) {
            long prev = bits.get();
            long next = Double.doubleToRawLongBits(Double.longBitsToDouble(prev) + x);
            if (bits.compareAndSet(prev, next)) {
                return;
            }
        }
    }

    public double sum() {
        return Double.longBitsToDouble(bits.get());
    }

    public void reset() {
        bits.set(0L);
    }

    public double sumThenReset() {
        return Double.longBitsToDouble(bits.getAndSet(0L));
    }

    @Override
    public String toString() {
        return Double.toString(sum());
    }

    @Override
    public double doubleValue() {
        return sum();
    }

    @Override
    public long longValue() {
        return (long) sum();
    }

    @Override
    public int intValue() {
        return (int) sum();
    }

    @Override
    public float floatValue() {
        return (float) sum();
    }
}
