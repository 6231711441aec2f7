package java.lang;

/** A ThreadLocal whose values a new thread copies from the thread that created it. */
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {
    }

    /** The child's initial value given the parent's (the same value by default). */
    @Override
    protected T childValue(T parentValue) {
        return parentValue;
    }

    @Override
    ThreadLocalMap getMap(Thread t) {
        return t.inheritableThreadLocals;
    }

    @Override
    void createMap(Thread t, T firstValue) {
        ThreadLocalMap map = new ThreadLocalMap();
        map.put(this, firstValue);
        t.inheritableThreadLocals = map;
    }
}
