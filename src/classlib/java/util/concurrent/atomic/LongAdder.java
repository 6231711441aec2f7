package java.util.concurrent.atomic;

/**
 * A sum of longs updated by many threads. On green threads there is no cache-line contention
 * to spread, so one atomic cell is enough.
 */
public class LongAdder extends Striped64 implements java.io.Serializable {
    private static final long serialVersionUID = 7249069246863182397L;

    private final AtomicLong cell = new AtomicLong();

    public LongAdder() {
    }

    public void add(long x) {
        cell.getAndAdd(x);
    }

    public void increment() {
        cell.getAndAdd(1L);
    }

    public void decrement() {
        cell.getAndAdd(-1L);
    }

    public long sum() {
        return cell.get();
    }

    public void reset() {
        cell.set(0L);
    }

    public long sumThenReset() {
        return cell.getAndSet(0L);
    }

    @Override
    public String toString() {
        return Long.toString(sum());
    }

    @Override
    public long longValue() {
        return sum();
    }

    @Override
    public int intValue() {
        return (int) sum();
    }

    @Override
    public float floatValue() {
        return (float) sum();
    }

    @Override
    public double doubleValue() {
        return (double) sum();
    }
}
