package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * An int updated atomically. The read-modify-write core is a handful of VM natives, each of
 * which runs without a green-thread switch; every other method is built on them.
 */
public class AtomicInteger extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 6214790243416807050L;

    /** VM-known: the natives read and write this field. */
    private volatile int value;

    public AtomicInteger(int initialValue) {
        value = initialValue;
    }

    public AtomicInteger() {
    }

    /** VM: if value == expect, sets it to update and returns true. */
    private native boolean cas0(int expect, int update);

    /** VM: adds delta, returning the previous value. */
    private native int getAndAdd0(int delta);

    /** VM: sets newValue, returning the previous value. */
    private native int getAndSet0(int newValue);

    public final int get() {
        return value;
    }

    public final void set(int newValue) {
        value = newValue;
    }

    public final void lazySet(int newValue) {
        value = newValue;
    }

    public final int getAndSet(int newValue) {
        return getAndSet0(newValue);
    }

    public final boolean compareAndSet(int expectedValue, int newValue) {
        return cas0(expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int expectedValue, int newValue) {
        return cas0(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int expectedValue, int newValue) {
        return cas0(expectedValue, newValue);
    }

    public final int getAndIncrement() {
        return getAndAdd0(1);
    }

    public final int getAndDecrement() {
        return getAndAdd0(-1);
    }

    public final int getAndAdd(int delta) {
        return getAndAdd0(delta);
    }

    public final int incrementAndGet() {
        return getAndAdd0(1) + 1;
    }

    public final int decrementAndGet() {
        return getAndAdd0(-1) - 1;
    }

    public final int addAndGet(int delta) {
        return getAndAdd0(delta) + delta;
    }

    public final int getAndUpdate(IntUnaryOperator updateFunction) {
        for (;;) {
            int prev = value;
            int next = updateFunction.applyAsInt(prev);
            if (cas0(prev, next)) {
                return prev;
            }
        }
    }

    public final int updateAndGet(IntUnaryOperator updateFunction) {
        for (;;) {
            int prev = value;
            int next = updateFunction.applyAsInt(prev);
            if (cas0(prev, next)) {
                return next;
            }
        }
    }

    public final int getAndAccumulate(int x, IntBinaryOperator accumulatorFunction) {
        for (;;) {
            int prev = value;
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (cas0(prev, next)) {
                return prev;
            }
        }
    }

    public final int accumulateAndGet(int x, IntBinaryOperator accumulatorFunction) {
        for (;;) {
            int prev = value;
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (cas0(prev, next)) {
                return next;
            }
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }

    @Override
    public int intValue() {
        return value;
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

    public final int getPlain() {
        return value;
    }

    public final void setPlain(int newValue) {
        value = newValue;
    }

    public final int getOpaque() {
        return value;
    }

    public final void setOpaque(int newValue) {
        value = newValue;
    }

    public final int getAcquire() {
        return value;
    }

    public final void setRelease(int newValue) {
        value = newValue;
    }

    /** Sets newValue if the value is expectedValue; returns the witness value. */
    public final int compareAndExchange(int expectedValue, int newValue) {
        for (;;) {
            int witness = value;
            if (witness != expectedValue || cas0(witness, newValue)) {
                return witness;
            }
        }
    }

    public final int compareAndExchangeAcquire(int expectedValue, int newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final int compareAndExchangeRelease(int expectedValue, int newValue) {
        return compareAndExchange(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int expectedValue, int newValue) {
        return cas0(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int expectedValue, int newValue) {
        return cas0(expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int expectedValue, int newValue) {
        return cas0(expectedValue, newValue);
    }
}
