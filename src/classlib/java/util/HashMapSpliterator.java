/*
 * @fileoverview The spliterator of HashMap's keySet/values/entrySet and of HashSet (so their
 * streams), fail-fast the JDK way: the table, size and modCount are captured at first use;
 * tryAdvance checks for modification after each element, forEachRemaining walks the table it
 * started with (bucket by bucket, each bin along its next links) and only checks at the end.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;

/** A late-binding spliterator over the keys, values or entries of a HashMap's table. */
final class HashMapSpliterator<K, V, T> implements Spliterator<T> {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ENTRIES = 2;

    private final HashMap<K, V> map;
    private final int kind;
    /** The node to return next within the current bin. */
    private HashMap.Node<K, V> current;
    private int index;
    /** One past the last bucket; -1 until first use. */
    private int fence = -1;
    private int est;
    private int expectedModCount;

    HashMapSpliterator(HashMap<K, V> map, int kind) {
        this.map = map;
        this.kind = kind;
    }

    /** Binds the fence, size and expected modCount on first use. */
    private int getFence() {
        if (fence < 0) {
            est = map.size;
            expectedModCount = map.modCount;
            HashMap.Node<K, V>[] tab = map.table;
            fence = tab == null ? 0 : tab.length;
        }
        return fence;
    }

    @SuppressWarnings("unchecked")
    private T element(HashMap.Node<K, V> node) {
        switch (kind) {
            case KEYS:
                return (T) node.key;
            case VALUES:
                return (T) node.value;
            default:
                return (T) node;
        }
    }

    @Override public boolean tryAdvance(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        HashMap.Node<K, V>[] tab = map.table;
        int hi = getFence();
        if (tab != null && tab.length >= hi && index >= 0) {
            while (current != null || index < hi) {
                if (current == null) {
                    current = tab[index++];
                } else {
                    T t = element(current);
                    current = current.next;
                    action.accept(t);
                    if (map.modCount != expectedModCount) {
                        throw new ConcurrentModificationException();
                    }
                    return true;
                }
            }
        }
        return false;
    }

    @Override public void forEachRemaining(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        HashMap.Node<K, V>[] tab = map.table;
        int hi = fence;
        int mc;
        if (hi < 0) {
            mc = expectedModCount = map.modCount;
            hi = fence = tab == null ? 0 : tab.length;
        } else {
            mc = expectedModCount;
        }
        int i = index;
        if (tab != null && tab.length >= hi && i >= 0 && (i < hi || current != null)) {
            index = hi;
            HashMap.Node<K, V> p = current;
            current = null;
            do {
                if (p == null) {
                    p = tab[i++];
                } else {
                    action.accept(element(p));
                    p = p.next;
                }
            } while (p != null || i < hi);
            if (map.modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override public Spliterator<T> trySplit() {
        return null;
    }

    @Override public long estimateSize() {
        getFence();
        return est;
    }

    @Override public int characteristics() {
        int sized = fence < 0 || est == map.size ? Spliterator.SIZED : 0;
        return kind == VALUES ? sized : sized | Spliterator.DISTINCT;
    }
}
