package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * A long updated atomically. The read-modify-write core is a handful of VM natives, each of
 * which runs without a green-thread switch; every other method is built on them.
 */
public class AtomicLong extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 1927816293512124184L;

    /** VM-known: the natives read and write this field. */
    private volatile long value;

    public AtomicLong(long initialValue) {
        value = initialValue;
    }

    public AtomicLong() {
    }

    /** VM: if value == expect, sets it to update and returns true. */
    private native boolean cas0(long expect, long update);

    /** VM: adds delta, returning the previous value. */
    private native long getAndAdd0(long delta);

    /** VM: sets newValue, returning the previous value. */
    private native long getAndSet0(long newValue);

    public final long get() {
        return value;
    }

    public final void set(long newValue) {
        value = newValue;
    }

    public final void lazySet(long newValue) {
        value = newValue;
    }

    public final long getAndSet(long newValue) {
        return getAndSet0(newValue);
    }

    public final boolean compareAndSet(long expectedValue, long newValue) {
        return cas0(expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(long expectedValue, long newValue) {
        return cas0(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(long expectedValue, long newValue) {
        return cas0(expectedValue, newValue);
    }

    public final long getAndIncrement() {
        return getAndAdd0(1);
    }

    public final long getAndDecrement() {
        return getAndAdd0(-1);
    }

    public final long getAndAdd(long delta) {
        return getAndAdd0(delta);
    }

    public final long incrementAndGet() {
        return getAndAdd0(1) + 1;
    }

    public final long decrementAndGet() {
        return getAndAdd0(-1) - 1;
    }

    public final long addAndGet(long delta) {
        return getAndAdd0(delta) + delta;
    }

    public final long getAndUpdate(LongUnaryOperator updateFunction) {
        for (;;) {
            long prev = value;
            long next = updateFunction.applyAsLong(prev);
            if (cas0(prev, next)) {
                return prev;
            }
        }
    }

    public final long updateAndGet(LongUnaryOperator updateFunction) {
        for (;;) {
            long prev = value;
            long next = updateFunction.applyAsLong(prev);
            if (cas0(prev, next)) {
                return next;
            }
        }
    }

    public final long getAndAccumulate(long x, LongBinaryOperator accumulatorFunction) {
        for (;;) {
            long prev = value;
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (cas0(prev, next)) {
                return prev;
            }
        }
    }

    public final long accumulateAndGet(long x, LongBinaryOperator accumulatorFunction) {
        for (;;) {
            long prev = value;
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (cas0(prev, next)) {
                return next;
            }
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return (double) value;
    }

    public final long getPlain() {
        return value;
    }

    public final void setPlain(long newValue) {
        value = newValue;
    }

    public final long getOpaque() {
        return value;
    }

    public final void setOpaque(long newValue) {
        value = newValue;
    }

    public final long getAcquire() {
        return value;
    }

    public final void setRelease(long newValue) {
        value = newValue;
    }

    /** Sets newValue if the value is expectedValue; returns the witness value. */
    public final long compareAndExchange(long expectedValue, long newValue) {
        for (;;) {
            long witness = value;
            if (witness != expectedValue || cas0(witness, newValue)) {
                return witness;
            }
        }
    }

    public final long compareAndExchangeAcquire(long expectedValue, long newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final long compareAndExchangeRelease(long expectedValue, long newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(long expectedValue, long newValue) {
        return cas0(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(long expectedValue, long newValue) {
        return cas0(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(long expectedValue, long newValue) {
        return cas0(expectedValue, newValue);
    }
}
