/*
 * @fileoverview The red-black tree NavigableMap (CLR algorithms; deleting a node with two
 * children moves its successor's key and value into it, as the JDK does). Sub-map and
 * descending views live in TreeSubMap, key-set views in TreeMapKeySet, the values and
 * entry-set views and the iterators in TreeMapViews.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A NavigableMap sorted by natural ordering or a Comparator. */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
    private static final boolean RED = false;
    private static final boolean BLACK = true;

    /** The key ordering, or null for natural ordering. */
    final Comparator<? super K> comparator;
    private transient Entry<K, V> root;
    private transient int size = 0;
    /** Structural modification count (iterators and views compare it). */
    transient int modCount = 0;

    /** An empty map with natural ordering. */
    public TreeMap() {
        comparator = null;
    }

    /** An empty map ordered by {@code comparator}. */
    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    /** A naturally ordered map with the mappings of {@code m}. */
    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    /** A map with the mappings and ordering of {@code m}, built in linear time. */
    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        buildFromSorted(m.size(), m.entrySet().iterator(), null);
    }

    @Override public int size() {
        return size;
    }

    @Override public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    @Override public boolean containsValue(Object value) {
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            if (valEquals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override public V get(Object key) {
        Entry<K, V> p = getEntry(key);
        return (p == null ? null : p.value);
    }

    @Override public Comparator<? super K> comparator() {
        return comparator;
    }

    @Override public K firstKey() {
        return key(getFirstEntry());
    }

    @Override public K lastKey() {
        return key(getLastEntry());
    }

    /** Sorted maps with the same ordering are copied in linear time into an empty map. */
    @Override public void putAll(Map<? extends K, ? extends V> map) {
        int mapSize = map.size();
        if (size == 0 && mapSize != 0 && map instanceof SortedMap) {
            if (Objects.equals(comparator, ((SortedMap<?, ?>) map).comparator())) {
                ++modCount;
                buildFromSorted(mapSize, map.entrySet().iterator(), null);
                return;
            }
        }
        super.putAll(map);
    }

    /** The entry for {@code key}, or null; null keys throw unless a comparator accepts them. */
    @SuppressWarnings("unchecked")
    final Entry<K, V> getEntry(Object key) {
        if (comparator != null) {
            return getEntryUsingComparator(key);
        }
        Objects.requireNonNull(key);
        Comparable<? super K> k = (Comparable<? super K>) key;
        Entry<K, V> p = root;
        while (p != null) {
            int cmp = k.compareTo(p.key);
            if (cmp < 0) {
                p = p.left;
            } else if (cmp > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> getEntryUsingComparator(Object key) {
        K k = (K) key;
        Comparator<? super K> cpr = comparator;
        Entry<K, V> p = root;
        while (p != null) {
            int cmp = cpr.compare(k, p.key);
            if (cmp < 0) {
                p = p.left;
            } else if (cmp > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    /** Least entry with key >= {@code key}, or null. */
    final Entry<K, V> getCeilingEntry(K key) {
        return getNearEntry(key, true, true);
    }

    /** Greatest entry with key <= {@code key}, or null. */
    final Entry<K, V> getFloorEntry(K key) {
        return getNearEntry(key, false, true);
    }

    /** Least entry with key > {@code key}, or null. */
    final Entry<K, V> getHigherEntry(K key) {
        return getNearEntry(key, true, false);
    }

    /** Greatest entry with key < {@code key}, or null. */
    final Entry<K, V> getLowerEntry(K key) {
        return getNearEntry(key, false, false);
    }

    /** Closest entry above ({@code up}) or below {@code key}, accepting an equal key if {@code inclusive}. */
    private Entry<K, V> getNearEntry(K key, boolean up, boolean inclusive) {
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp == 0 && inclusive) {
                return p;
            }
            if (up ? cmp < 0 : cmp > 0) {
                best = p;
                p = up ? p.left : p.right;
            } else {
                p = up ? p.right : p.left;
            }
        }
        return best;
    }

    @Override public V put(K key, V value) {
        return put(key, value, true);
    }

    @Override public V putIfAbsent(K key, V value) {
        return put(key, value, false);
    }

    /** Inserts or (if {@code replaceOld}, or the old value is null) updates; returns the old value. */
    @SuppressWarnings("unchecked")
    private V put(K key, V value, boolean replaceOld) {
        Entry<K, V> t = root;
        if (t == null) {
            addEntryToEmptyMap(key, value);
            return null;
        }
        int cmp;
        Entry<K, V> parent;
        Comparator<? super K> cpr = comparator;
        if (cpr != null) {
            do {
                parent = t;
                cmp = cpr.compare(key, t.key);
                if (cmp < 0) {
                    t = t.left;
                } else if (cmp > 0) {
                    t = t.right;
                } else {
                    return updateValue(t, value, replaceOld);
                }
            } while (t != null);
        } else {
            Objects.requireNonNull(key);
            Comparable<? super K> k = (Comparable<? super K>) key;
            do {
                parent = t;
                cmp = k.compareTo(t.key);
                if (cmp < 0) {
                    t = t.left;
                } else if (cmp > 0) {
                    t = t.right;
                } else {
                    return updateValue(t, value, replaceOld);
                }
            } while (t != null);
        }
        addEntry(key, value, parent, cmp < 0);
        return null;
    }

    private V updateValue(Entry<K, V> t, V value, boolean replaceOld) {
        V oldValue = t.value;
        if (replaceOld || oldValue == null) {
            t.value = value;
        }
        return oldValue;
    }

    private void addEntry(K key, V value, Entry<K, V> parent, boolean addToLeft) {
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (addToLeft) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
    }

    /** The first insertion: compare(key, key) rejects keys of the wrong type (and null). */
    private void addEntryToEmptyMap(K key, V value) {
        compare(key, key);
        root = new Entry<>(key, value, null);
        size = 1;
        modCount++;
    }

    private <T> T checkUnmodified(int mc, T result) {
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        return result;
    }

    @Override public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        Entry<K, V> e = (root == null) ? null : getEntry(key);
        if (e != null && e.value != null) {
            return e.value;
        }
        int mc = modCount;
        V newValue = checkUnmodified(mc, mappingFunction.apply(key));
        if (e != null) {
            return e.value = newValue;
        }
        if (newValue != null) {
            put(key, newValue, true);
        }
        return newValue;
    }

    @Override public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> e = getEntry(key);
        if (e != null && e.value != null) {
            return remapValue(e, key, remappingFunction);
        }
        return null;
    }

    @Override public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> e = (root == null) ? null : getEntry(key);
        if (e != null) {
            return remapValue(e, key, remappingFunction);
        }
        int mc = modCount;
        V newValue = checkUnmodified(mc, remappingFunction.apply(key, null));
        if (newValue != null) {
            put(key, newValue, true);
        }
        return newValue;
    }

    @Override public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        Entry<K, V> e = (root == null) ? null : getEntry(key);
        if (e == null) {
            put(key, value, true);
            return value;
        }
        V newValue;
        if (e.value == null) {
            newValue = value;
        } else {
            int mc = modCount;
            newValue = checkUnmodified(mc, remappingFunction.apply(e.value, value));
        }
        return replaceOrDelete(e, newValue);
    }

    private V remapValue(Entry<K, V> e, K key, BiFunction<? super K, ? super V, ? extends V> f) {
        int mc = modCount;
        return replaceOrDelete(e, checkUnmodified(mc, f.apply(key, e.value)));
    }

    private V replaceOrDelete(Entry<K, V> e, V newValue) {
        if (newValue == null) {
            deleteEntry(e);
            return null;
        }
        e.value = newValue;
        return newValue;
    }

    @Override public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null) {
            return null;
        }
        V oldValue = p.value;
        deleteEntry(p);
        return oldValue;
    }

    @Override public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    /** A shallow copy with the same ordering. */
    @SuppressWarnings("unchecked")
    @Override public Object clone() {
        TreeMap<?, ?> clone;
        try {
            clone = (TreeMap<?, ?>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        clone.root = null;
        clone.size = 0;
        clone.modCount = 0;
        clone.entrySet = null;
        clone.navigableKeySet = null;
        clone.descendingMap = null;
        ((TreeMap<K, V>) clone).buildFromSorted(size, entrySet().iterator(), null);
        return clone;
    }

    // ---- navigation ----

    @Override public Map.Entry<K, V> firstEntry() {
        return exportEntry(getFirstEntry());
    }

    @Override public Map.Entry<K, V> lastEntry() {
        return exportEntry(getLastEntry());
    }

    @Override public Map.Entry<K, V> pollFirstEntry() {
        Entry<K, V> p = getFirstEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteEntry(p);
        }
        return result;
    }

    @Override public Map.Entry<K, V> pollLastEntry() {
        Entry<K, V> p = getLastEntry();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteEntry(p);
        }
        return result;
    }

    @Override public Map.Entry<K, V> lowerEntry(K key) {
        return exportEntry(getLowerEntry(key));
    }

    @Override public K lowerKey(K key) {
        return keyOrNull(getLowerEntry(key));
    }

    @Override public Map.Entry<K, V> floorEntry(K key) {
        return exportEntry(getFloorEntry(key));
    }

    @Override public K floorKey(K key) {
        return keyOrNull(getFloorEntry(key));
    }

    @Override public Map.Entry<K, V> ceilingEntry(K key) {
        return exportEntry(getCeilingEntry(key));
    }

    @Override public K ceilingKey(K key) {
        return keyOrNull(getCeilingEntry(key));
    }

    @Override public Map.Entry<K, V> higherEntry(K key) {
        return exportEntry(getHigherEntry(key));
    }

    @Override public K higherKey(K key) {
        return keyOrNull(getHigherEntry(key));
    }

    // ---- views ----

    private transient Set<Map.Entry<K, V>> entrySet;
    private transient TreeMapKeySet<K> navigableKeySet;
    private transient NavigableMap<K, V> descendingMap;

    @Override public Set<K> keySet() {
        return navigableKeySet();
    }

    @Override public NavigableSet<K> navigableKeySet() {
        TreeMapKeySet<K> nks = navigableKeySet;
        return (nks != null) ? nks : (navigableKeySet = new TreeMapKeySet<>(this));
    }

    @Override public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new TreeMapViews.Values<>(this);
            values = vs;
        }
        return vs;
    }

    @Override public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        return (es != null) ? es : (entrySet = new TreeMapViews.EntrySet<>(this));
    }

    @Override public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> km = descendingMap;
        return (km != null) ? km
                : (descendingMap = new TreeSubMap<>(this, true, null, true, true, null, true, true));
    }

    @Override public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new TreeSubMap<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new TreeSubMap<>(this, true, null, true, false, toKey, inclusive, false);
    }

    @Override public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new TreeSubMap<>(this, false, fromKey, inclusive, true, null, true, false);
    }

    @Override public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    @Override public boolean replace(K key, V oldValue, V newValue) {
        Entry<K, V> p = getEntry(key);
        if (p != null && Objects.equals(oldValue, p.value)) {
            p.value = newValue;
            return true;
        }
        return false;
    }

    @Override public V replace(K key, V value) {
        Entry<K, V> p = getEntry(key);
        if (p != null) {
            V oldValue = p.value;
            p.value = value;
            return oldValue;
        }
        return null;
    }

    @Override public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    Iterator<K> keyIterator() {
        return new TreeMapViews.KeyIterator<>(this, getFirstEntry());
    }

    Iterator<K> descendingKeyIterator() {
        return new TreeMapViews.DescendingKeyIterator<>(this, getLastEntry());
    }

    @Override public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        for (Entry<K, V> e = getFirstEntry(); e != null; e = successor(e)) {
            e.value = function.apply(e.key, e.value);
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    // ---- helpers ----

    /** Compares with this map's ordering. */
    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        return comparator == null ? ((Comparable<? super K>) k1).compareTo((K) k2)
                : comparator.compare((K) k1, (K) k2);
    }

    static boolean valEquals(Object o1, Object o2) {
        return (o1 == null ? o2 == null : o1.equals(o2));
    }

    /** An immutable snapshot of {@code e} (or null). */
    static <K, V> Map.Entry<K, V> exportEntry(TreeMap.Entry<K, V> e) {
        return (e == null) ? null : new AbstractMap.SimpleImmutableEntry<>(e);
    }

    static <K, V> K keyOrNull(TreeMap.Entry<K, V> e) {
        return (e == null) ? null : e.key;
    }

    /** The entry's key; NoSuchElementException for null (firstKey on an empty map). */
    static <K> K key(Entry<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    /** A tree node. */
    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean color = BLACK;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        @Override public K getKey() {
            return key;
        }

        @Override public V getValue() {
            return value;
        }

        @Override public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && valEquals(key, e.getKey())
                    && valEquals(value, e.getValue());
        }

        @Override public int hashCode() {
            int keyHash = (key == null ? 0 : key.hashCode());
            int valueHash = (value == null ? 0 : value.hashCode());
            return keyHash ^ valueHash;
        }

        @Override public String toString() {
            return key + "=" + value;
        }
    }

    final Entry<K, V> getFirstEntry() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Entry<K, V> getLastEntry() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    /** In-order successor, or null. */
    static <K, V> TreeMap.Entry<K, V> successor(Entry<K, V> t) {
        if (t == null) {
            return null;
        } else if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        } else {
            Entry<K, V> p = t.parent;
            Entry<K, V> ch = t;
            while (p != null && ch == p.right) {
                ch = p;
                p = p.parent;
            }
            return p;
        }
    }

    /** In-order predecessor, or null. */
    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null) {
            return null;
        } else if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        } else {
            Entry<K, V> p = t.parent;
            Entry<K, V> ch = t;
            while (p != null && ch == p.left) {
                ch = p;
                p = p.parent;
            }
            return p;
        }
    }

    private static <K, V> boolean colorOf(Entry<K, V> p) {
        return (p == null ? BLACK : p.color);
    }

    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
        return (p == null ? null : p.parent);
    }

    private static <K, V> void setColor(Entry<K, V> p, boolean c) {
        if (p != null) {
            p.color = c;
        }
    }

    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
        return (p == null) ? null : p.left;
    }

    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
        return (p == null) ? null : p.right;
    }

    private void rotateLeft(Entry<K, V> p) {
        if (p != null) {
            Entry<K, V> r = p.right;
            p.right = r.left;
            if (r.left != null) {
                r.left.parent = p;
            }
            r.parent = p.parent;
            if (p.parent == null) {
                root = r;
            } else if (p.parent.left == p) {
                p.parent.left = r;
            } else {
                p.parent.right = r;
            }
            r.left = p;
            p.parent = r;
        }
    }

    private void rotateRight(Entry<K, V> p) {
        if (p != null) {
            Entry<K, V> l = p.left;
            p.left = l.right;
            if (l.right != null) {
                l.right.parent = p;
            }
            l.parent = p.parent;
            if (p.parent == null) {
                root = l;
            } else if (p.parent.right == p) {
                p.parent.right = l;
            } else {
                p.parent.left = l;
            }
            l.right = p;
            p.parent = l;
        }
    }

    /** CLR insertion fix-up. */
    private void fixAfterInsertion(Entry<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            boolean parentIsLeft = parentOf(x) == leftOf(parentOf(parentOf(x)));
            Entry<K, V> y = parentIsLeft ? rightOf(parentOf(parentOf(x))) : leftOf(parentOf(parentOf(x)));
            if (colorOf(y) == RED) {
                setColor(parentOf(x), BLACK);
                setColor(y, BLACK);
                setColor(parentOf(parentOf(x)), RED);
                x = parentOf(parentOf(x));
            } else if (parentIsLeft) {
                if (x == rightOf(parentOf(x))) {
                    x = parentOf(x);
                    rotateLeft(x);
                }
                setColor(parentOf(x), BLACK);
                setColor(parentOf(parentOf(x)), RED);
                rotateRight(parentOf(parentOf(x)));
            } else {
                if (x == leftOf(parentOf(x))) {
                    x = parentOf(x);
                    rotateRight(x);
                }
                setColor(parentOf(x), BLACK);
                setColor(parentOf(parentOf(x)), RED);
                rotateLeft(parentOf(parentOf(x)));
            }
        }
        root.color = BLACK;
    }

    /** Removes {@code p}; a node with two children takes its successor's key and value instead. */
    final void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = (p.left != null ? p.left : p.right);
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) {
                root = replacement;
            } else if (p == p.parent.left) {
                p.parent.left = replacement;
            } else {
                p.parent.right = replacement;
            }
            p.left = p.right = p.parent = null;
            if (p.color == BLACK) {
                fixAfterDeletion(replacement);
            }
        } else if (p.parent == null) {
            root = null;
        } else {
            // no children: rebalance with p as the phantom, then unlink it
            if (p.color == BLACK) {
                fixAfterDeletion(p);
            }
            if (p.parent != null) {
                if (p == p.parent.left) {
                    p.parent.left = null;
                } else if (p == p.parent.right) {
                    p.parent.right = null;
                }
                p.parent = null;
            }
        }
    }

    /** CLR deletion fix-up. */
    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
    }

    /**
     * Replaces the contents with {@code size} ascending items from {@code it}: map entries, or
     * keys paired with {@code defaultVal} when it is non-null. Builds a balanced tree whose
     * only red nodes are on the deepest, incomplete level.
     */
    final void buildFromSorted(int size, Iterator<?> it, V defaultVal) {
        this.size = size;
        root = buildFromSorted(0, 0, size - 1, computeRedLevel(size), it, defaultVal);
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> buildFromSorted(int level, int lo, int hi, int redLevel, Iterator<?> it, V defaultVal) {
        if (hi < lo) {
            return null;
        }
        int mid = (lo + hi) >>> 1;
        Entry<K, V> left = null;
        if (lo < mid) {
            left = buildFromSorted(level + 1, lo, mid - 1, redLevel, it, defaultVal);
        }
        K key;
        V value;
        if (defaultVal == null) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) it.next();
            key = (K) entry.getKey();
            value = (V) entry.getValue();
        } else {
            key = (K) it.next();
            value = defaultVal;
        }
        Entry<K, V> middle = new Entry<>(key, value, null);
        if (level == redLevel) {
            middle.color = RED;
        }
        if (left != null) {
            middle.left = left;
            left.parent = middle;
        }
        if (mid < hi) {
            Entry<K, V> right = buildFromSorted(level + 1, mid + 1, hi, redLevel, it, defaultVal);
            middle.right = right;
            right.parent = middle;
        }
        return middle;
    }

    /** The level of the incomplete bottom row of a balanced tree of {@code size} nodes. */
    private static int computeRedLevel(int size) {
        int level = 0;
        for (int m = size - 1; m >= 0; m = m / 2 - 1) {
            level++;
        }
        return level;
    }

    /** TreeSet.addAll into an empty set: builds from the sorted keys. */
    void addAllForTreeSet(SortedSet<? extends K> set, V defaultVal) {
        buildFromSorted(set.size(), set.iterator(), defaultVal);
    }
}
