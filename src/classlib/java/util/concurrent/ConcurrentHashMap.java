package java.util.concurrent;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/**
 * A hash table supporting concurrent retrievals and updates; null keys and values are refused.
 *
 * <p>Tern design: updates take one private lock (green threads have no parallelism to gain
 * from finer locks); reads take none. Readers stay safe because an update is a single field
 * store (a value, a {@code next} link or a bin) and a resize builds a new table out of new
 * nodes and publishes it with one store, leaving the old table intact for readers and
 * iterators still walking it (weakly consistent iteration, never ConcurrentModificationException).
 *
 * <p>The table layout reproduces HotSpot's observable iteration order: hashes spread as
 * {@code (h ^ (h >>> 16)) & 0x7fffffff}; power-of-two tables created lazily (16 by default);
 * a resize as soon as the size reaches 3/4 of the table; new keys appended to their bin, or
 * prepended once the bin is a tree bin (a bin that reached 8 nodes in a table of at least 64
 * slots; smaller tables grow instead); resizing splits each bin into a low and a high bin where
 * the longest tail run of nodes going to the same half keeps its order and the nodes before it
 * are pushed in front one by one (reversing them); presizing (putAll, constructors, the
 * small-table treeify case) grows the table until its threshold covers 1.5 x size + 1.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final long serialVersionUID = 7249069246763182397L;

    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int UNTREEIFY_THRESHOLD = 6;
    private static final int MIN_TREEIFY_CAPACITY = 64;
    private static final int HASH_BITS = 0x7fffffff;

    /** A key-value mapping in a bin's list. */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }

        @Override
        public final K getKey() {
            return key;
        }

        @Override
        public final V getValue() {
            return val;
        }

        @Override
        public final int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        @Override
        public final String toString() {
            return key + "=" + val;
        }

        @Override
        public final V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public final boolean equals(Object o) {
            Object k;
            Object v;
            Object u;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry)
                    && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null
                    && (k == key || k.equals(key))
                    && (v == (u = val) || v.equals(u)));
        }
    }

    /** The bins; null until the first insertion. Replaced (never mutated in place) on resize. */
    private transient volatile Node<K, V>[] table;
    /** Which bins are tree bins (parallel to table; null when none is). */
    private transient volatile boolean[] treeBins;
    /** Before the table exists: its initial size (0 = default); afterwards: the resize threshold. */
    private transient int sizeCtl;
    private transient volatile long count;
    /** Guards every update. */
    private final transient Object lock = new Object();

    private transient KeySetView<K, V> keySetView;
    private transient ValuesView<K, V> valuesView;
    private transient EntrySetView<K, V> entrySetView;

    static int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    public ConcurrentHashMap() {
    }

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this.sizeCtl = DEFAULT_CAPACITY;
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        this.sizeCtl = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    // ---- table management (lock held) ----

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        Node<K, V>[] tab = table;
        if (tab == null) {
            int n = (sizeCtl > 0) ? sizeCtl : DEFAULT_CAPACITY;
            tab = (Node<K, V>[]) new Node<?, ?>[n];
            table = tab;
            sizeCtl = n - (n >>> 2);
        }
        return tab;
    }

    private boolean isTreeBin(int i) {
        boolean[] tb = treeBins;
        return tb != null && tb[i];
    }

    private void setTreeBin(int i, boolean tree) {
        boolean[] tb = treeBins;
        if (tb == null) {
            if (!tree) {
                return;
            }
            tb = new boolean[table.length];
            treeBins = tb;
        }
        tb[i] = tree;
    }

    /** Doubles the table, splitting every bin into its low and high halves. */
    @SuppressWarnings("unchecked")
    private void transfer() {
        Node<K, V>[] tab = table;
        boolean[] oldTree = treeBins;
        int n = tab.length;
        Node<K, V>[] nt = (Node<K, V>[]) new Node<?, ?>[n << 1];
        boolean[] newTree = null;
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                continue;
            }
            Node<K, V> ln = null;
            Node<K, V> hn = null;
            if (oldTree != null && oldTree[i]) {
                Node<K, V> loTail = null;
                Node<K, V> hiTail = null;
                int lc = 0;
                int hc = 0;
                for (Node<K, V> p = f; p != null; p = p.next) {
                    Node<K, V> q = new Node<>(p.hash, p.key, p.val, null);
                    if ((p.hash & n) == 0) {
                        if (loTail == null) {
                            ln = q;
                        } else {
                            loTail.next = q;
                        }
                        loTail = q;
                        lc++;
                    } else {
                        if (hiTail == null) {
                            hn = q;
                        } else {
                            hiTail.next = q;
                        }
                        hiTail = q;
                        hc++;
                    }
                }
                if (lc > UNTREEIFY_THRESHOLD || hc > UNTREEIFY_THRESHOLD) {
                    if (newTree == null) {
                        newTree = new boolean[n << 1];
                    }
                    newTree[i] = lc > UNTREEIFY_THRESHOLD;
                    newTree[i + n] = hc > UNTREEIFY_THRESHOLD;
                }
            } else {
                int runBit = f.hash & n;
                Node<K, V> lastRun = f;
                for (Node<K, V> p = f.next; p != null; p = p.next) {
                    int b = p.hash & n;
                    if (b != runBit) {
                        runBit = b;
                        lastRun = p;
                    }
                }
                Node<K, V> run = null;
                Node<K, V> runTail = null;
                for (Node<K, V> p = lastRun; p != null; p = p.next) {
                    Node<K, V> q = new Node<>(p.hash, p.key, p.val, null);
                    if (runTail == null) {
                        run = q;
                    } else {
                        runTail.next = q;
                    }
                    runTail = q;
                }
                if (runBit == 0) {
                    ln = run;
                } else {
                    hn = run;
                }
                for (Node<K, V> p = f; p != lastRun; p = p.next) {
                    if ((p.hash & n) == 0) {
                        ln = new Node<>(p.hash, p.key, p.val, ln);
                    } else {
                        hn = new Node<>(p.hash, p.key, p.val, hn);
                    }
                }
            }
            nt[i] = ln;
            nt[i + n] = hn;
        }
        treeBins = newTree;
        table = nt;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    /** Grows the table (creating it if needed) until its threshold covers 1.5 x size + 1. */
    @SuppressWarnings("unchecked")
    private void tryPresize(int size) {
        int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        for (;;) {
            Node<K, V>[] tab = table;
            int sc = sizeCtl;
            if (tab == null) {
                int n = (sc > c) ? sc : c;
                table = (Node<K, V>[]) new Node<?, ?>[n];
                sizeCtl = n - (n >>> 2);
            } else if (c <= sc || tab.length >= MAXIMUM_CAPACITY) {
                return;
            } else {
                transfer();
            }
        }
    }

    /** A bin reached the treeify threshold: grow a small table, else mark the bin a tree bin. */
    private void treeifyBin(int index) {
        Node<K, V>[] tab = table;
        int n = tab.length;
        if (n < MIN_TREEIFY_CAPACITY) {
            tryPresize(n << 1);
        } else if (tab[index] != null) {
            setTreeBin(index, true);
        }
    }

    /** Adds delta to the count; after an insertion, resizes while the count reaches the threshold. */
    private void addCount(long delta, boolean check) {
        long s = count + delta;
        count = s;
        if (check) {
            Node<K, V>[] tab;
            while (s >= (long) sizeCtl && (tab = table) != null && tab.length < MAXIMUM_CAPACITY) {
                transfer();
            }
        }
    }

    /** Unlinks p (pred is its predecessor or null) from bin i. */
    private void unlink(Node<K, V>[] tab, int i, Node<K, V> pred, Node<K, V> p) {
        if (pred == null) {
            tab[i] = p.next;
        } else {
            pred.next = p.next;
        }
        if (tab[i] == null || (isTreeBin(i) && binTooSmallForTree(tab[i]))) {
            setTreeBin(i, false);
        }
    }

    /** Approximation of a red-black tree bin becoming too shallow to stay a tree. */
    private static boolean binTooSmallForTree(Node<?, ?> first) {
        int c = 0;
        for (Node<?, ?> p = first; p != null && c < 3; p = p.next) {
            c++;
        }
        return c < 3;
    }

    // ---- reads ----

    private Node<K, V> findNode(Object key) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            K ek;
            if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                return e;
            }
        }
        return null;
    }

    @Override
    public V get(Object key) {
        Node<K, V> e = findNode(key);
        return (e == null) ? null : e.val;
    }

    @Override
    public boolean containsKey(Object key) {
        return findNode(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] tab = table;
        if (tab != null) {
            for (Node<K, V> bin : tab) {
                for (Node<K, V> p = bin; p != null; p = p.next) {
                    V v = p.val;
                    if (v == value || (v != null && value.equals(v))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public boolean contains(Object value) {
        return containsValue(value);
    }

    @Override
    public int size() {
        long n = count;
        return (n < 0L) ? 0 : (n > (long) Integer.MAX_VALUE) ? Integer.MAX_VALUE : (int) n;
    }

    public long mappingCount() {
        long n = count;
        return (n < 0L) ? 0L : n;
    }

    @Override
    public boolean isEmpty() {
        return count <= 0L;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return (v == null) ? defaultValue : v;
    }

    // ---- updates ----

    @Override
    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    final V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int hash = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & hash;
            Node<K, V> f = tab[i];
            if (f == null) {
                tab[i] = new Node<>(hash, key, value, null);
                addCount(1L, true);
                return null;
            }
            if (isTreeBin(i)) {
                for (Node<K, V> e = f; e != null; e = e.next) {
                    K ek;
                    if (e.hash == hash && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                        V old = e.val;
                        if (!onlyIfAbsent) {
                            e.val = value;
                        }
                        return old;
                    }
                }
                tab[i] = new Node<>(hash, key, value, f);
                addCount(1L, true);
                return null;
            }
            int binCount = 1;
            V oldVal = null;
            for (Node<K, V> e = f; ; ++binCount) {
                K ek;
                if (e.hash == hash && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    oldVal = e.val;
                    if (!onlyIfAbsent) {
                        e.val = value;
                    }
                    break;
                }
                Node<K, V> pred = e;
                if ((e = e.next) == null) {
                    pred.next = new Node<>(hash, key, value, null);
                    break;
                }
            }
            if (binCount >= TREEIFY_THRESHOLD) {
                treeifyBin(i);
            }
            if (oldVal != null) {
                return oldVal;
            }
            addCount(1L, true);
            return null;
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        synchronized (lock) {
            tryPresize(m.size());
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            putVal(e.getKey(), e.getValue(), false);
        }
    }

    @Override
    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    /**
     * Replaces the value of key by value (removing the mapping when value is null), provided
     * cv is null or the current value equals cv. Returns the old value, or null.
     */
    final V replaceNode(Object key, V value, Object cv) {
        int hash = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                return null;
            }
            int i = (tab.length - 1) & hash;
            Node<K, V> pred = null;
            for (Node<K, V> e = tab[i]; e != null; pred = e, e = e.next) {
                K ek;
                if (e.hash == hash && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    V ev = e.val;
                    if (cv == null || cv == ev || (ev != null && cv.equals(ev))) {
                        if (value != null) {
                            e.val = value;
                        } else {
                            unlink(tab, i, pred, e);
                            addCount(-1L, false);
                        }
                        return ev;
                    }
                    return null;
                }
            }
            return null;
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                return;
            }
            long removed = 0L;
            for (int i = 0; i < tab.length; i++) {
                for (Node<K, V> p = tab[i]; p != null; p = p.next) {
                    removed++;
                }
                tab[i] = null;
            }
            treeBins = null;
            addCount(-removed, false);
        }
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    @Override
    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException();
        }
        return value != null && replaceNode(key, null, value) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    @Override
    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        Node<K, V>[] t = table;
        Node<K, V> first;
        K fk;
        if (t != null && (first = t[(t.length - 1) & h]) != null && first.hash == h
                && ((fk = first.key) == key || (fk != null && key.equals(fk)))) {
            return first.val;
        }
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            if (f == null) {
                V val = mappingFunction.apply(key);
                if (val != null) {
                    if (table != tab || tab[i] != null) {
                        throw new IllegalStateException("Recursive update");
                    }
                    tab[i] = new Node<>(h, key, val, null);
                    addCount(1L, true);
                }
                return val;
            }
            if (isTreeBin(i)) {
                for (Node<K, V> e = f; e != null; e = e.next) {
                    K ek;
                    if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                        return e.val;
                    }
                }
                V val = mappingFunction.apply(key);
                if (val != null) {
                    if (table != tab || tab[i] != f) {
                        throw new IllegalStateException("Recursive update");
                    }
                    tab[i] = new Node<>(h, key, val, f);
                    addCount(1L, true);
                }
                return val;
            }
            int binCount = 1;
            V val = null;
            boolean added = false;
            for (Node<K, V> e = f; ; ++binCount) {
                K ek;
                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    val = e.val;
                    break;
                }
                Node<K, V> pred = e;
                if ((e = e.next) == null) {
                    if ((val = mappingFunction.apply(key)) != null) {
                        if (pred.next != null || table != tab) {
                            throw new IllegalStateException("Recursive update");
                        }
                        added = true;
                        pred.next = new Node<>(h, key, val, null);
                    }
                    break;
                }
            }
            if (binCount >= TREEIFY_THRESHOLD) {
                treeifyBin(i);
            }
            if (added) {
                addCount(1L, true);
            }
            return val;
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                initTable();
                return null;
            }
            int i = (tab.length - 1) & h;
            Node<K, V> pred = null;
            for (Node<K, V> e = tab[i]; e != null; pred = e, e = e.next) {
                K ek;
                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    V val = remappingFunction.apply(key, e.val);
                    if (val != null) {
                        e.val = val;
                    } else {
                        unlink(table, i, pred, e);
                        addCount(-1L, false);
                    }
                    return val;
                }
            }
            return null;
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            if (f == null) {
                V val = remappingFunction.apply(key, null);
                if (val != null) {
                    if (table != tab || tab[i] != null) {
                        throw new IllegalStateException("Recursive update");
                    }
                    tab[i] = new Node<>(h, key, val, null);
                    addCount(1L, true);
                }
                return val;
            }
            boolean tree = isTreeBin(i);
            int binCount = 1;
            Node<K, V> pred = null;
            for (Node<K, V> e = f; ; ++binCount) {
                K ek;
                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    V val = remappingFunction.apply(key, e.val);
                    if (val != null) {
                        e.val = val;
                    } else {
                        unlink(table, i, pred, e);
                        addCount(-1L, false);
                    }
                    if (!tree && binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(i);
                    }
                    return val;
                }
                pred = e;
                if ((e = e.next) == null) {
                    V val = remappingFunction.apply(key, null);
                    if (val != null) {
                        if (pred.next != null || table != tab) {
                            throw new IllegalStateException("Recursive update");
                        }
                        if (tree) {
                            tab[i] = new Node<>(h, key, val, f);
                        } else {
                            pred.next = new Node<>(h, key, val, null);
                        }
                    }
                    if (!tree && binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(i);
                    }
                    if (val != null) {
                        addCount(1L, true);
                    }
                    return val;
                }
            }
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                tab = initTable();
            }
            int i = (tab.length - 1) & h;
            Node<K, V> f = tab[i];
            if (f == null) {
                tab[i] = new Node<>(h, key, value, null);
                addCount(1L, true);
                return value;
            }
            boolean tree = isTreeBin(i);
            int binCount = 1;
            Node<K, V> pred = null;
            for (Node<K, V> e = f; ; ++binCount) {
                K ek;
                if (e.hash == h && ((ek = e.key) == key || (ek != null && key.equals(ek)))) {
                    V val = remappingFunction.apply(e.val, value);
                    if (val != null) {
                        e.val = val;
                    } else {
                        unlink(table, i, pred, e);
                        addCount(-1L, false);
                    }
                    if (!tree && binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(i);
                    }
                    return val;
                }
                pred = e;
                if ((e = e.next) == null) {
                    if (tree) {
                        tab[i] = new Node<>(h, key, value, f);
                    } else {
                        pred.next = new Node<>(h, key, value, null);
                    }
                    if (!tree && binCount >= TREEIFY_THRESHOLD) {
                        treeifyBin(i);
                    }
                    addCount(1L, true);
                    return value;
                }
            }
        }
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            action.accept(it.current.key, it.current.val);
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            Node<K, V> p = it.current;
            V oldValue = p.val;
            for (K key = p.key; ; ) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) {
                    throw new NullPointerException();
                }
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) {
                    break;
                }
            }
        }
    }

    // ---- Object methods ----

    @Override
    public int hashCode() {
        int h = 0;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            h += it.current.key.hashCode() ^ it.current.val.hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        Traverser<K, V> it = new Traverser<>(table);
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        Node<K, V> p;
        if ((p = it.advance()) != null) {
            for (;;) {
                K k = p.key;
                V v = p.val;
                sb.append(k == this ? "(this Map)" : k);
                sb.append('=');
                sb.append(v == this ? "(this Map)" : v);
                if ((p = it.advance()) == null) {
                    break;
                }
                sb.append(',').append(' ');
            }
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (o != this) {
            if (!(o instanceof Map)) {
                return false;
            }
            Map<?, ?> m = (Map<?, ?>) o;
            for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
                V val = it.current.val;
                Object v = m.get(it.current.key);
                if (v == null || (v != val && !v.equals(val))) {
                    return false;
                }
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object mk;
                Object mv;
                Object v;
                if ((mk = e.getKey()) == null || (mv = e.getValue()) == null || (v = get(mk)) == null
                        || (mv != v && !mv.equals(v))) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- views ----

    @Override
    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySetView;
        if (ks == null) {
            ks = new KeySetView<>(this, null);
            keySetView = ks;
        }
        return ks;
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<>(this, mappedValue);
    }

    @Override
    public Collection<V> values() {
        ValuesView<K, V> vs = valuesView;
        if (vs == null) {
            vs = new ValuesView<>(this);
            valuesView = vs;
        }
        return vs;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySetView;
        if (es == null) {
            es = new EntrySetView<>(this);
            entrySetView = es;
        }
        return es;
    }

    public Enumeration<K> keys() {
        Iterator<K> it = new KeyIterator<>(this);
        return new Enumeration<K>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public K nextElement() {
                return it.next();
            }
        };
    }

    public Enumeration<V> elements() {
        Iterator<V> it = new ValueIterator<>(this);
        return new Enumeration<V>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public V nextElement() {
                return it.next();
            }
        };
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    // ---- bulk operations (run sequentially: green threads have no parallelism) ----

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public <U> void forEach(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            Consumer<? super U> action) {
        if (transformer == null || action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = transformer.apply(it.current.key, it.current.val);
            if (u != null) {
                action.accept(u);
            }
        }
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            action.accept(it.current.key);
        }
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            action.accept(it.current.val);
        }
    }

    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            action.accept(it.current);
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = searchFunction.apply(it.current.key, it.current.val);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = searchFunction.apply(it.current.key);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = searchFunction.apply(it.current.val);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        U r = null;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            U u = transformer.apply(it.current.key, it.current.val);
            if (u != null) {
                r = (r == null) ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        if (reducer == null) {
            throw new NullPointerException();
        }
        K r = null;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            K u = it.current.key;
            r = (r == null) ? u : reducer.apply(r, u);
        }
        return r;
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        if (reducer == null) {
            throw new NullPointerException();
        }
        V r = null;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            V u = it.current.val;
            r = (r == null) ? u : reducer.apply(r, u);
        }
        return r;
    }

    public long reduceToLong(long parallelismThreshold, ToLongBiFunction<? super K, ? super V> transformer,
            long basis, LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(it.current.key, it.current.val));
        }
        return r;
    }

    public long reduceValuesToLong(long parallelismThreshold, ToLongFunction<? super V> transformer,
            long basis, LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(it.current.val));
        }
        return r;
    }

    public int reduceValuesToInt(long parallelismThreshold, ToIntFunction<? super V> transformer,
            int basis, IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        int r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(it.current.val));
        }
        return r;
    }

    public long reduceKeysToLong(long parallelismThreshold, ToLongFunction<? super K> transformer,
            long basis, LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(it.current.key));
        }
        return r;
    }

    public int reduceKeysToInt(long parallelismThreshold, ToIntFunction<? super K> transformer,
            int basis, IntBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        int r = basis;
        for (Traverser<K, V> it = new Traverser<>(table); it.advance() != null; ) {
            r = reducer.applyAsInt(r, transformer.applyAsInt(it.current.key));
        }
        return r;
    }

    // ---- traversal ----

    /** Walks a table snapshot bin by bin (0 upward), following each bin's links. */
    static class Traverser<K, V> {
        final Node<K, V>[] tab;
        int index;
        Node<K, V> current;

        Traverser(Node<K, V>[] tab) {
            this.tab = tab;
        }

        /** Moves to the next node and returns it (also in {@link #current}), or null at the end. */
        final Node<K, V> advance() {
            Node<K, V> e = (current == null) ? null : current.next;
            while (e == null) {
                if (tab == null || index >= tab.length) {
                    current = null;
                    return null;
                }
                e = tab[index++];
            }
            current = e;
            return e;
        }
    }

    /** Base of the iterators: looks one node ahead so hasNext is cheap. */
    abstract static class BaseIterator<K, V> {
        final ConcurrentHashMap<K, V> map;
        final Traverser<K, V> traverser;
        Node<K, V> next;
        Node<K, V> lastReturned;

        BaseIterator(ConcurrentHashMap<K, V> map) {
            this.map = map;
            this.traverser = new Traverser<>(map.table);
            this.next = traverser.advance();
        }

        public final boolean hasNext() {
            return next != null;
        }

        public final boolean hasMoreElements() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> p = next;
            if (p == null) {
                throw new NoSuchElementException();
            }
            lastReturned = p;
            next = traverser.advance();
            return p;
        }

        public final void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) {
                throw new IllegalStateException();
            }
            lastReturned = null;
            map.replaceNode(p.key, null, null);
        }
    }

    static final class KeyIterator<K, V> extends BaseIterator<K, V> implements Iterator<K> {
        KeyIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public K next() {
            return nextNode().key;
        }
    }

    static final class ValueIterator<K, V> extends BaseIterator<K, V> implements Iterator<V> {
        ValueIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public V next() {
            return nextNode().val;
        }
    }

    static final class EntryIterator<K, V> extends BaseIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        EntryIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public Map.Entry<K, V> next() {
            Node<K, V> p = nextNode();
            return new MapEntry<>(p.key, p.val, map);
        }
    }

    /** An entry handed out by entry iterators; setValue writes through to the map. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;
        final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return val;
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        @Override
        public String toString() {
            return key + "=" + val;
        }

        @Override
        public boolean equals(Object o) {
            Object k;
            Object v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry)
                    && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null
                    && (k == key || k.equals(key))
                    && (v == val || v.equals(val)));
        }

        @Override
        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    /** Shared parts of the three views. */
    abstract static class CollectionView<K, V, E> implements Collection<E>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;

        final ConcurrentHashMap<K, V> map;

        CollectionView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        @Override
        public final void clear() {
            map.clear();
        }

        @Override
        public final int size() {
            return map.size();
        }

        @Override
        public final boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public abstract Iterator<E> iterator();

        @Override
        public abstract boolean contains(Object o);

        @Override
        public abstract boolean remove(Object o);

        @Override
        public final Object[] toArray() {
            java.util.ArrayList<E> list = new java.util.ArrayList<>();
            for (E e : this) {
                list.add(e);
            }
            return list.toArray();
        }

        @Override
        public final <T> T[] toArray(T[] a) {
            java.util.ArrayList<E> list = new java.util.ArrayList<>();
            for (E e : this) {
                list.add(e);
            }
            return list.toArray(a);
        }

        @Override
        public final String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append('[');
            Iterator<E> it = iterator();
            if (it.hasNext()) {
                for (;;) {
                    Object e = it.next();
                    sb.append(e == this ? "(this Collection)" : e);
                    if (!it.hasNext()) {
                        break;
                    }
                    sb.append(',').append(' ');
                }
            }
            return sb.append(']').toString();
        }

        @Override
        public final boolean containsAll(Collection<?> c) {
            if (c != this) {
                for (Object e : c) {
                    if (e == null || !contains(e)) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public final boolean retainAll(Collection<?> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (!c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            if (filter == null) {
                throw new NullPointerException();
            }
            boolean removed = false;
            for (Iterator<E> it = iterator(); it.hasNext(); ) {
                if (filter.test(it.next())) {
                    it.remove();
                    removed = true;
                }
            }
            return removed;
        }
    }

    /** A Set view of the keys; with a mapped value it also supports add. */
    public static final class KeySetView<K, V> extends CollectionView<K, V, K> implements Set<K>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;

        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            super(map);
            this.value = value;
        }

        public V getMappedValue() {
            return value;
        }

        @Override
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        @Override
        public Iterator<K> iterator() {
            return new KeyIterator<>(map);
        }

        @Override
        public boolean add(K e) {
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(e, v, true) == null;
        }

        @Override
        public boolean addAll(Collection<? extends K> c) {
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            boolean added = false;
            for (K e : c) {
                if (map.putVal(e, v, true) == null) {
                    added = true;
                }
            }
            return added;
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (K e : this) {
                h += e.hashCode();
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set)
                    && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null; ) {
                action.accept(it.current.key);
            }
        }
    }

    /** The values view. */
    static final class ValuesView<K, V> extends CollectionView<K, V, V> {
        private static final long serialVersionUID = 2249069246763182397L;

        ValuesView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext(); ) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator<>(map);
        }

        @Override
        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEach(Consumer<? super V> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null; ) {
                action.accept(it.current.val);
            }
        }
    }

    /** The entry set view. */
    static final class EntrySetView<K, V> extends CollectionView<K, V, Map.Entry<K, V>>
            implements Set<Map.Entry<K, V>> {
        private static final long serialVersionUID = 2249069246763182397L;

        EntrySetView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public boolean contains(Object o) {
            Object k;
            Object v;
            Object r;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry)
                    && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (r = map.get(k)) != null
                    && (v = e.getValue()) != null
                    && (v == r || v.equals(r)));
        }

        @Override
        public boolean remove(Object o) {
            Object k;
            Object v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry)
                    && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null
                    && map.remove(k, v));
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(map);
        }

        @Override
        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }

        @Override
        public boolean addAll(Collection<? extends Map.Entry<K, V>> c) {
            boolean added = false;
            for (Map.Entry<K, V> e : c) {
                if (add(e)) {
                    added = true;
                }
            }
            return added;
        }

        @Override
        public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
            return super.removeIf(filter);
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null; ) {
                h += it.current.hashCode();
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set)
                    && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }

        @Override
        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            for (Traverser<K, V> it = new Traverser<>(map.table); it.advance() != null; ) {
                action.accept(new MapEntry<>(it.current.key, it.current.val, map));
            }
        }
    }
}
