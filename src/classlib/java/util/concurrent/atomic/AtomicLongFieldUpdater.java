package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/** Atomic updates of a named {@code volatile long} field of objects of a class. */
public abstract class AtomicLongFieldUpdater<T> {
    public static <U> AtomicLongFieldUpdater<U> newUpdater(Class<U> tclass, String fieldName) {
        return new Impl<U>(tclass, FieldAccess.resolve(tclass, fieldName, 'J', "Must be long type"));
    }

    protected AtomicLongFieldUpdater() {
    }

    public abstract boolean compareAndSet(T obj, long expect, long update);

    public abstract boolean weakCompareAndSet(T obj, long expect, long update);

    public abstract void set(T obj, long newValue);

    public abstract void lazySet(T obj, long newValue);

    public abstract long get(T obj);

    public long getAndSet(T obj, long newValue) {
        long prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    public long getAndIncrement(T obj) {
        return getAndAdd(obj, 1);
    }

    public long getAndDecrement(T obj) {
        return getAndAdd(obj, -1);
    }

    public long getAndAdd(T obj, long delta) {
        long prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev + delta));
        return prev;
    }

    public long incrementAndGet(T obj) {
        return getAndAdd(obj, 1) + 1;
    }

    public long decrementAndGet(T obj) {
        return getAndAdd(obj, -1) - 1;
    }

    public long addAndGet(T obj, long delta) {
        return getAndAdd(obj, delta) + delta;
    }

    public final long getAndUpdate(T obj, LongUnaryOperator updateFunction) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsLong(prev);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final long updateAndGet(T obj, LongUnaryOperator updateFunction) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = updateFunction.applyAsLong(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final long getAndAccumulate(T obj, long x, LongBinaryOperator accumulatorFunction) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsLong(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final long accumulateAndGet(T obj, long x, LongBinaryOperator accumulatorFunction) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = accumulatorFunction.applyAsLong(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** The implementation over a resolved field offset. */
    private static final class Impl<T> extends AtomicLongFieldUpdater<T> {
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
        public boolean compareAndSet(T obj, long expect, long update) {
            return FieldAccess.casLong(check(obj), offset, expect, update);
        }

        @Override
        public boolean weakCompareAndSet(T obj, long expect, long update) {
            return FieldAccess.casLong(check(obj), offset, expect, update);
        }

        @Override
        public void set(T obj, long newValue) {
            FieldAccess.putLong(check(obj), offset, newValue);
        }

        @Override
        public void lazySet(T obj, long newValue) {
            FieldAccess.putLong(check(obj), offset, newValue);
        }

        @Override
        public long get(T obj) {
            return FieldAccess.getLong(check(obj), offset);
        }

        @Override
        public long getAndSet(T obj, long newValue) {
            return FieldAccess.getAndSetLong(check(obj), offset, newValue);
        }

        @Override
        public long getAndAdd(T obj, long delta) {
            return FieldAccess.getAndAddLong(check(obj), offset, delta);
        }
    }
}
