package java.lang;

import java.util.function.Supplier;

/**
 * A variable with one value per thread. Values live in a small open-addressing map in each
 * Thread, keyed by identity. Unlike the JDK's, the map holds its keys strongly: a discarded
 * ThreadLocal's value stays reachable until the thread ends or remove() is called.
 */
public class ThreadLocal<T> {
    /** Spreads consecutive ThreadLocals over the table (a multiple of the golden ratio). */
    private static final int HASH_INCREMENT = 0x61c88647;
    private static int nextHash;

    private final int hash = nextHash();

    private static synchronized int nextHash() {
        int h = nextHash;
        nextHash += HASH_INCREMENT;
        return h;
    }

    public ThreadLocal() {
    }

    /** The value a thread sees before it sets one (null unless overridden). */
    protected T initialValue() {
        return null;
    }

    /** A ThreadLocal whose initial value comes from {@code supplier}. */
    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        return new SuppliedThreadLocal<>(supplier);
    }

    /** The current thread's value, initializing it on first use. */
    @SuppressWarnings("unchecked")
    public T get() {
        ThreadLocalMap map = getMap(Thread.currentThread());
        if (map != null) {
            int i = map.indexOf(this);
            if (i >= 0) {
                return (T) map.values[i];
            }
        }
        T value = initialValue();
        set(value);
        return value;
    }

    public void set(T value) {
        Thread t = Thread.currentThread();
        ThreadLocalMap map = getMap(t);
        if (map != null) {
            map.put(this, value);
        } else {
            createMap(t, value);
        }
    }

    public void remove() {
        ThreadLocalMap map = getMap(Thread.currentThread());
        if (map != null) {
            map.remove(this);
        }
    }

    /** The map this kind of ThreadLocal uses in {@code t}. */
    ThreadLocalMap getMap(Thread t) {
        return t.threadLocals;
    }

    void createMap(Thread t, T firstValue) {
        ThreadLocalMap map = new ThreadLocalMap();
        map.put(this, firstValue);
        t.threadLocals = map;
    }

    /** Only InheritableThreadLocal supports inheritance. */
    T childValue(T parentValue) {
        throw new UnsupportedOperationException();
    }

    /** A copy of a parent's inheritable map, values passed through childValue. */
    static ThreadLocalMap createInheritedMap(ThreadLocalMap parent) {
        ThreadLocalMap map = new ThreadLocalMap();
        for (int i = 0; i < parent.keys.length; i++) {
            @SuppressWarnings("unchecked")
            ThreadLocal<Object> key = (ThreadLocal<Object>) parent.keys[i];
            if (key != null) {
                map.put(key, key.childValue(parent.values[i]));
            }
        }
        return map;
    }

    private static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) {
            this.supplier = supplier;
        }

        @Override
        protected T initialValue() {
            return supplier.get();
        }
    }

    /** Linear-probing map from ThreadLocal (by identity) to value; capacity a power of two. */
    static final class ThreadLocalMap {
        ThreadLocal<?>[] keys = new ThreadLocal<?>[16];
        Object[] values = new Object[16];
        private int size;

        int indexOf(ThreadLocal<?> key) {
            int mask = keys.length - 1;
            for (int i = key.hash & mask; keys[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        void put(ThreadLocal<?> key, Object value) {
            int mask = keys.length - 1;
            int i = key.hash & mask;
            while (keys[i] != null) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            if (++size * 3 > keys.length * 2) {
                grow();
            }
        }

        void remove(ThreadLocal<?> key) {
            int i = indexOf(key);
            if (i < 0) {
                return;
            }
            keys[i] = null;
            values[i] = null;
            size--;
            // Re-insert the rest of the cluster so that lookups never stop at the hole.
            int mask = keys.length - 1;
            for (int j = (i + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
                ThreadLocal<?> k = keys[j];
                Object v = values[j];
                keys[j] = null;
                values[j] = null;
                size--;
                put(k, v);
            }
        }

        private void grow() {
            ThreadLocal<?>[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new ThreadLocal<?>[oldKeys.length * 2];
            values = new Object[oldValues.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
