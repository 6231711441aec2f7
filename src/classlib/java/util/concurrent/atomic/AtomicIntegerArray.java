package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** An int array whose elements are updated atomically (VM natives for the read-modify-write core). */
public class AtomicIntegerArray implements java.io.Serializable {
    private static final long serialVersionUID = 2862133569453604235L;

    private final int[] array;

    public AtomicIntegerArray(int length) {
        array = new int[length];
    }

    public AtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    /** VM: CAS of a[i] (i already checked). */
    private static native boolean cas0(int[] a, int i, int expect, int update);

    /** VM: a[i] += delta, returning the previous value. */
    private static native int getAndAdd0(int[] a, int i, int delta);

    /** VM: a[i] = newValue, returning the previous value. */
    private static native int getAndSet0(int[] a, int i, int newValue);

    private int check(int i) {
        if (i < 0 || i >= array.length) {
            throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + array.length);
        }
        return i;
    }

    public final int length() {
        return array.length;
    }

    public final int get(int i) {
        return array[check(i)];
    }

    public final void set(int i, int newValue) {
        array[check(i)] = newValue;
    }

    public final void lazySet(int i, int newValue) {
        array[check(i)] = newValue;
    }

    public final int getAndSet(int i, int newValue) {
        return getAndSet0(array, check(i), newValue);
    }

    public final boolean compareAndSet(int i, int expectedValue, int newValue) {
        return cas0(array, check(i), expectedValue, newValue);
    }

    @Deprecated(since = "9")
    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final int getAndIncrement(int i) {
        return getAndAdd0(array, check(i), 1);
    }

    public final int getAndDecrement(int i) {
        return getAndAdd0(array, check(i), -1);
    }

    public final int getAndAdd(int i, int delta) {
        return getAndAdd0(array, check(i), delta);
    }

    public final int incrementAndGet(int i) {
        return getAndAdd0(array, check(i), 1) + 1;
    }

    public final int decrementAndGet(int i) {
        return getAndAdd0(array, check(i), -1) - 1;
    }

    public final int addAndGet(int i, int delta) {
        return getAndAdd0(array, check(i), delta) + delta;
    }

    public final int getAndUpdate(int i, IntUnaryOperator updateFunction) {
        check(i);
        for (;;) {
            int prev = array[i];
            int next = updateFunction.applyAsInt(prev);
            if (cas0(array, i, prev, next)) {
                return prev;
            }
        }
    }

    public final int updateAndGet(int i, IntUnaryOperator updateFunction) {
        check(i);
        for (;;) {
            int prev = array[i];
            int next = updateFunction.applyAsInt(prev);
            if (cas0(array, i, prev, next)) {
                return next;
            }
        }
    }

    public final int getAndAccumulate(int i, int x, IntBinaryOperator accumulatorFunction) {
        check(i);
        for (;;) {
            int prev = array[i];
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (cas0(array, i, prev, next)) {
                return prev;
            }
        }
    }

    public final int accumulateAndGet(int i, int x, IntBinaryOperator accumulatorFunction) {
        check(i);
        for (;;) {
            int prev = array[i];
            int next = accumulatorFunction.applyAsInt(prev, x);
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

    public final int getPlain(int i) {
        return get(i);
    }

    public final void setPlain(int i, int newValue) {
        set(i, newValue);
    }

    public final int getOpaque(int i) {
        return get(i);
    }

    public final void setOpaque(int i, int newValue) {
        set(i, newValue);
    }

    public final int getAcquire(int i) {
        return get(i);
    }

    public final void setRelease(int i, int newValue) {
        set(i, newValue);
    }

    public final int compareAndExchange(int i, int expectedValue, int newValue) {
        check(i);
        for (;;) {
            int witness = array[i];
            if (witness != expectedValue || cas0(array, i, witness, newValue)) {
                return witness;
            }
        }
    }

    public final int compareAndExchangeAcquire(int i, int expectedValue, int newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final int compareAndExchangeRelease(int i, int expectedValue, int newValue) {
        return compareAndExchange(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetAcquire(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    public final boolean weakCompareAndSetRelease(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }
}
