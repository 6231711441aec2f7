package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/** Atomic updates of a named {@code volatile} reference field of objects of a class. */
public abstract class AtomicReferenceFieldUpdater<T, V> {
    public static <U, W> AtomicReferenceFieldUpdater<U, W> newUpdater(Class<U> tclass, Class<W> vclass,
            String fieldName) {
        if (vclass == null) {
            throw new NullPointerException();
        }
        long offset = FieldAccess.resolve(tclass, fieldName, 'L', null);
        if (FieldAccess.fieldType0(tclass, fieldName) != vclass) {
            throw new ClassCastException();
        }
        return new Impl<U, W>(tclass, vclass, offset);
    }

    protected AtomicReferenceFieldUpdater() {
    }

    public abstract boolean compareAndSet(T obj, V expect, V update);

    public abstract boolean weakCompareAndSet(T obj, V expect, V update);

    public abstract void set(T obj, V newValue);

    public abstract void lazySet(T obj, V newValue);

    public abstract V get(T obj);

    public V getAndSet(T obj, V newValue) {
        V prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    public final V getAndUpdate(T obj, UnaryOperator<V> updateFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = updateFunction.apply(prev);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final V updateAndGet(T obj, UnaryOperator<V> updateFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = updateFunction.apply(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    public final V getAndAccumulate(T obj, V x, BinaryOperator<V> accumulatorFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = accumulatorFunction.apply(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return prev;
    }

    public final V accumulateAndGet(T obj, V x, BinaryOperator<V> accumulatorFunction) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = accumulatorFunction.apply(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** The implementation over a resolved field offset. */
    private static final class Impl<T, V> extends AtomicReferenceFieldUpdater<T, V> {
        private final Class<T> tclass;
        private final Class<V> vclass;
        private final long offset;

        Impl(Class<T> tclass, Class<V> vclass, long offset) {
            this.tclass = tclass;
            this.vclass = vclass;
            this.offset = offset;
        }

        private Object check(T obj) {
            if (!tclass.isInstance(obj)) {
                throw new ClassCastException();
            }
            return obj;
        }

        private V checkValue(V v) {
            if (v != null && !vclass.isInstance(v)) {
                throw new ClassCastException();
            }
            return v;
        }

        @Override
        public boolean compareAndSet(T obj, V expect, V update) {
            return FieldAccess.casReference(check(obj), offset, expect, checkValue(update));
        }

        @Override
        public boolean weakCompareAndSet(T obj, V expect, V update) {
            return compareAndSet(obj, expect, update);
        }

        @Override
        public void set(T obj, V newValue) {
            FieldAccess.putReference(check(obj), offset, checkValue(newValue));
        }

        @Override
        public void lazySet(T obj, V newValue) {
            set(obj, newValue);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(T obj) {
            return (V) FieldAccess.getReference(check(obj), offset);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getAndSet(T obj, V newValue) {
            return (V) FieldAccess.getAndSetReference(check(obj), offset, checkValue(newValue));
        }
    }
}
