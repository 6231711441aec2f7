package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/** A long array whose elements are updated atomically (VM natives for the read-modify-write core). */
public class AtomicLongArray implements java.io.Serializable {
    private static final long serialVersionUID = -2308431214976778248L;

    private final long[] array;

    public AtomicLongArray(int length) {
        array = new long[length];
    }

    public AtomicLongArray(long[] array) {
        this.array = array.clone();
    }

    /** VM: CAS of a[i] (i already checked). */
    private static native boolean cas0(long[] a, int i, long expect, long update);

    /** VM: a[i] += delta, returning the previous value. */
    private static native long getAndAdd0(long[] a, int i, long delta);

    /** VM: a[i] = newValue, returning the previous value. */
    private static native long getAndSet0(long[] a, int i, long newValue);

    private int check(int i) {
        if (i < 0 || i >= array.length) {
            throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + array.length);
        }
        return i;
    }

    public final int length() {
        return array.length;
    }

    public final long get(int i) {
        return array[check(i)];
    }

    public final void set(int i, long newValue) {
        array[check(i)] = newValue;
    }

    public final void lazySet(int i, long newValue) {
        array[check(i)] = newValue;
    }

    public final long getAndSet(int i, long newValue) {
        return getAndSet0(array, check(i), newValue);
    }

    public final boolean compareAndSet(int i, long expectedValue, long newValue) {
        return cas0(array, check(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final long getAndIncrement(int i) {
        return getAndAdd0(array, check(i), 1);
    }

    public final long getAndDecrement(int i) {
        return getAndAdd0(array, check(i), -1);
    }

    public final long getAndAdd(int i, long delta) {
        return getAndAdd0(array, check(i), delta);
    }

    public final long incrementAndGet(int i) {
        return getAndAdd0(array, check(i), 1) + 1;
    }

    public final long decrementAndGet(int i) {
        return getAndAdd0(array, check(i), -1) - 1;
    }

    public final long addAndGet(int i, long delta) {
        return getAndAdd0(array, check(i), delta) + delta;
    }

    public final long getAndUpdate(int i, LongUnaryOperator updateFunction) {
        check(i);
        for (;;) {
            long prev = array[i];
            long next = updateFunction.applyAsLong(prev);
            if (cas0(array, i, prev, next)) {
                return prev;
            }
        }
    }

    public final long updateAndGet(int i, LongUnaryOperator updateFunction) {
        check(i);
        for (;;) {
            long prev = array[i];
            long next = updateFunction.applyAsLong(prev);
            if (cas0(array, i, prev, next)) {
                return next;
            }
        }
    }

    public final long getAndAccumulate(int i, long x, LongBinaryOperator accumulatorFunction) {
        check(i);
        for (;;) {
            long prev = array[i];
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (cas0(array, i, prev, next)) {
                return prev;
            }
        }
    }

    public final long accumulateAndGet(int i, long x, LongBinaryOperator accumulatorFunction) {
        check(i);
        for (;;) {
            long prev = array[i];
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (cas0(array, i, prev, next)) {
                return next;
            }
        }
    }

    @Override
    public String toString() {
        int iMax = array.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(array[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public final long getPlain(int i) {
        return get(i);
    }

    public final void setPlain(int i, long newValue) {
        set(i, newValue);
    }

    public final long getOpaque(int i) {
        return get(i);
    }

    public final void setOpaque(int i, long newValue) {
        set(i, newValue);
    }

    public final long getAcquire(int i) {
        return get(i);
    }

    public final void setRelease(int i, long newValue) {
        set(i, newValue);
    }

    public final long compareAndExchange(int i, long expectedValue, long newValue) {
        check(i);
        for (;;) {
            long witness = array[i];
            if (witness != expectedValue || cas0(array, i, witness, newValue)) {
                return witness;
            }
        }
    }

    public final long compareAndExchangeAcquire(int i, long expectedValue, long newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final long compareAndExchangeRelease(int i, long expectedValue, long newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }
}
