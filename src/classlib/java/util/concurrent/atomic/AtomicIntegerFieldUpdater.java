package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** Atomic updates of a named {@code volatile int} field of objects of a class. */
public abstract class AtomicIntegerFieldUpdater<T> {
    public static <U> AtomicIntegerFieldUpdater<U> newUpdater(Class<U> tclass, String fieldName) {
        return new Impl<U>(tclass, FieldAccess.resolve(tclass, fieldName, 'I', "Must be integer type"));
    }

    protected AtomicIntegerFieldUpdater() {
    }

    public abstract boolean compareAndSet(T obj, int expect, int update);

    public abstract boolean weakCompareAndSet(T obj, int expect, int update);

    public abstract void set(T obj, int newValue);

    public abstract void lazySet(T obj, int newValue);

    public abstract int get(T obj);

    public int getAndSet(T obj, int newValue) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    public int getAndIncrement(T obj) {
        return getAndAdd(obj, 1);
    }

    public int getAndDecrement(T obj) {
        return getAndAdd(obj, -1);
    }

    public int getAndAdd(T obj, int delta) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev + delta));
        return prev;
    }

    public int incrementAndGet(T obj) {
        return getAndAdd(obj, 1) + 1;
    }

    public int decrementAndGet(T obj) {
        return getAndAdd(obj, -1) - 1;
    }

    public int addAndGet(T obj, int delta) {
        return getAndAdd(obj, delta) + delta;
    }

    public final int getAndUpdate(T obj, IntUnaryOperator updateFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsInt(prev);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final int updateAndGet(T obj, IntUnaryOperator updateFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsInt(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final int getAndAccumulate(T obj, int x, IntBinaryOperator accumulatorFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsInt(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final int accumulateAndGet(T obj, int x, IntBinaryOperator accumulatorFunction) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsInt(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** The implementation over a resolved field offset. */
    private static final class Impl<T> extends AtomicIntegerFieldUpdater<T> {
        private final Class<T> tclass;
        private final long offset;

        Impl(Class<T> tclass, long offset) {
            this.tclass = tclass;
            this.offset = offset;
        }

        private Object check(T obj) {
            if (!tclass.isInstance(obj)) {
                throw new ClassCastException();
            }
            return obj;
        }

        @Override
        public boolean compareAndSet(T obj, int expect, int update) {
            return FieldAccess.casInt(check(obj), offset, expect, update);
        }

        @Override
        public boolean weakCompareAndSet(T obj, int expect, int update) {
            return FieldAccess.casInt(check(obj), offset, expect, update);
        }

        @Override
        public void set(T obj, int newValue) {
            FieldAccess.putInt(check(obj), offset, newValue);
        }

        @Override
        public void lazySet(T obj, int newValue) {
            FieldAccess.putInt(check(obj), offset, newValue);
        }

        @Override
        public int get(T obj) {
            return FieldAccess.getInt(check(obj), offset);
        }

        @Override
        public int getAndSet(T obj, int newValue) {
            return FieldAccess.getAndSetInt(check(obj), offset, newValue);
        }

        @Override
        public int getAndAdd(T obj, int delta) {
            return FieldAccess.getAndAddInt(check(obj), offset, delta);
        }
    }
}
