/*
 * @fileoverview Range and descending views of a TreeMap (subMap, headMap, tailMap,
 * descendingMap and their key sets). A view is a window [lo, hi] of the backing map with
 * optional open ends and inclusiveness, seen ascending or descending; it writes through and
 * rejects keys outside the window ("key out of range").
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A NavigableMap view of a key range of a TreeMap, in either direction. */
final class TreeSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
    /** The backing map. */
    final TreeMap<K, V> m;
    /** Bounds in the backing map's (ascending) order; ignored when fromStart/toEnd. */
    final K lo;
    final K hi;
    final boolean fromStart;
    final boolean toEnd;
    final boolean loInclusive;
    final boolean hiInclusive;
    /** True for a descending view. */
    final boolean descending;

    TreeSubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive,
               boolean toEnd, K hi, boolean hiInclusive, boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            // type (and null) checks of the single bound
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    // ---- range tests ----

    boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }
        return false;
    }

    boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }
        return false;
    }

    boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    private boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    private boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    // ---- navigation in absolute (ascending) terms, clipped to the window ----

    TreeMap.Entry<K, V> absLowest() {
        TreeMap.Entry<K, V> e = fromStart ? m.getFirstEntry()
                : (loInclusive ? m.getCeilingEntry(lo) : m.getHigherEntry(lo));
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    TreeMap.Entry<K, V> absHighest() {
        TreeMap.Entry<K, V> e = toEnd ? m.getLastEntry()
                : (hiInclusive ? m.getFloorEntry(hi) : m.getLowerEntry(hi));
        return (e == null || tooLow(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absCeiling(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getCeilingEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absHigher(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Entry<K, V> e = m.getHigherEntry(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absFloor(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getFloorEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    private TreeMap.Entry<K, V> absLower(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Entry<K, V> e = m.getLowerEntry(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    /** First entry above the window (iteration fence), or null. */
    private TreeMap.Entry<K, V> absHighFence() {
        return toEnd ? null : (hiInclusive ? m.getHigherEntry(hi) : m.getCeilingEntry(hi));
    }

    /** Last entry below the window (descending iteration fence), or null. */
    private TreeMap.Entry<K, V> absLowFence() {
        return fromStart ? null : (loInclusive ? m.getLowerEntry(lo) : m.getFloorEntry(lo));
    }

    // ---- navigation in this view's direction ----

    private TreeMap.Entry<K, V> subLowest() {
        return descending ? absHighest() : absLowest();
    }

    private TreeMap.Entry<K, V> subHighest() {
        return descending ? absLowest() : absHighest();
    }

    private TreeMap.Entry<K, V> subCeiling(K key) {
        return descending ? absFloor(key) : absCeiling(key);
    }

    private TreeMap.Entry<K, V> subHigher(K key) {
        return descending ? absLower(key) : absHigher(key);
    }

    private TreeMap.Entry<K, V> subFloor(K key) {
        return descending ? absCeiling(key) : absFloor(key);
    }

    private TreeMap.Entry<K, V> subLower(K key) {
        return descending ? absHigher(key) : absLower(key);
    }

    // ---- Map ----

    @Override public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    @Override public V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    @Override public V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    @Override public V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    @Override public int size() {
        if (fromStart && toEnd) {
            return m.size();
        }
        int n = 0;
        for (Iterator<?> it = entrySet().iterator(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    @Override public boolean isEmpty() {
        return (fromStart && toEnd) ? m.isEmpty() : absLowest() == null;
    }

    @Override public Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.exportEntry(subCeiling(key));
    }

    @Override public K ceilingKey(K key) {
        return TreeMap.keyOrNull(subCeiling(key));
    }

    @Override public Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.exportEntry(subHigher(key));
    }

    @Override public K higherKey(K key) {
        return TreeMap.keyOrNull(subHigher(key));
    }

    @Override public Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.exportEntry(subFloor(key));
    }

    @Override public K floorKey(K key) {
        return TreeMap.keyOrNull(subFloor(key));
    }

    @Override public Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.exportEntry(subLower(key));
    }

    @Override public K lowerKey(K key) {
        return TreeMap.keyOrNull(subLower(key));
    }

    @Override public K firstKey() {
        return TreeMap.key(subLowest());
    }

    @Override public K lastKey() {
        return TreeMap.key(subHighest());
    }

    @Override public Map.Entry<K, V> firstEntry() {
        return TreeMap.exportEntry(subLowest());
    }

    @Override public Map.Entry<K, V> lastEntry() {
        return TreeMap.exportEntry(subHighest());
    }

    @Override public Map.Entry<K, V> pollFirstEntry() {
        TreeMap.Entry<K, V> e = subLowest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    @Override public Map.Entry<K, V> pollLastEntry() {
        TreeMap.Entry<K, V> e = subHighest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteEntry(e);
        }
        return result;
    }

    @Override public Comparator<? super K> comparator() {
        return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
    }

    // ---- views ----

    private transient TreeMapKeySet<K> navigableKeySetView;
    private transient Set<Map.Entry<K, V>> entrySetView;

    @Override public NavigableSet<K> navigableKeySet() {
        TreeMapKeySet<K> nksv = navigableKeySetView;
        return (nksv != null) ? nksv : (navigableKeySetView = new TreeMapKeySet<>(this));
    }

    @Override public Set<K> keySet() {
        return navigableKeySet();
    }

    @Override public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        return (es != null) ? es : (entrySetView = new EntrySetView());
    }

    @Override public NavigableMap<K, V> descendingMap() {
        return new TreeSubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
    }

    @Override public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending
                ? new TreeSubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true)
                : new TreeSubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending
                ? new TreeSubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true)
                : new TreeSubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    @Override public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        return descending
                ? new TreeSubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true)
                : new TreeSubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
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

    /** The view's mappings, range-checked. */
    final class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
        @Override public Iterator<Map.Entry<K, V>> iterator() {
            return new SubMapIterator<Map.Entry<K, V>>() {
                @Override public Map.Entry<K, V> next() {
                    return nextEntry();
                }
            };
        }

        @Override public int size() {
            return TreeSubMap.this.size();
        }

        @Override public boolean isEmpty() {
            return TreeSubMap.this.isEmpty();
        }

        @Override public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object key = entry.getKey();
            if (!inRange(key)) {
                return false;
            }
            TreeMap.Entry<?, ?> node = m.getEntry(key);
            return node != null && TreeMap.valEquals(node.getValue(), entry.getValue());
        }

        @Override public boolean remove(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object key = entry.getKey();
            if (!inRange(key)) {
                return false;
            }
            TreeMap.Entry<K, V> node = m.getEntry(key);
            if (node != null && TreeMap.valEquals(node.getValue(), entry.getValue())) {
                m.deleteEntry(node);
                return true;
            }
            return false;
        }
    }

    Iterator<K> keyIterator() {
        return new SubMapIterator<K>() {
            @Override public K next() {
                return nextEntry().key;
            }
        };
    }

    Iterator<K> descendingKeyIterator() {
        return ((TreeSubMap<K, V>) descendingMap()).keyIterator();
    }

    /** Fail-fast iterator from the view's first entry up to (excluding) its fence. */
    abstract class SubMapIterator<T> implements Iterator<T> {
        TreeMap.Entry<K, V> lastReturned;
        TreeMap.Entry<K, V> next;
        final Object fenceKey;
        int expectedModCount;

        SubMapIterator() {
            expectedModCount = m.modCount;
            lastReturned = null;
            next = subLowest();
            TreeMap.Entry<K, V> fence = descending ? absLowFence() : absHighFence();
            fenceKey = fence == null ? UNBOUNDED : fence.key;
        }

        @Override public final boolean hasNext() {
            return next != null && next.key != fenceKey;
        }

        final TreeMap.Entry<K, V> nextEntry() {
            TreeMap.Entry<K, V> e = next;
            if (e == null || e.key == fenceKey) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = descending ? TreeMap.predecessor(e) : TreeMap.successor(e);
            lastReturned = e;
            return e;
        }

        @Override public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            // ascending: a removed node with two children receives its successor's contents
            if (!descending && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            m.deleteEntry(lastReturned);
            lastReturned = null;
            expectedModCount = m.modCount;
        }
    }

    /** Fence key meaning "no fence". */
    private static final Object UNBOUNDED = new Object();
}
