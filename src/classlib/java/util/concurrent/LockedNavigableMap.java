package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Engine of ConcurrentSkipListMap and its views: a NavigableMap (a TreeMap or one of its
 * range/descending views) whose every operation runs under a monitor shared by the whole map.
 * Returned entries are immutable snapshots; iterators walk a snapshot taken when they are
 * created (weakly consistent, never ConcurrentModificationException) and remove through the map.
 * Null keys and values are refused.
 */
final class LockedNavigableMap<K, V> extends AbstractMap<K, V> implements ConcurrentNavigableMap<K, V> {
    final NavigableMap<K, V> m;
    final Object lock;

    LockedNavigableMap(NavigableMap<K, V> m, Object lock) {
        this.m = m;
        this.lock = lock;
    }

    static <K, V> Map.Entry<K, V> snapshot(Map.Entry<K, V> e) {
        return (e == null) ? null : new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue());
    }

    private static Object checkKey(Object key) {
        if (key == null) {
            throw new NullPointerException();
        }
        return key;
    }

    private static Object checkValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        return value;
    }

    private LockedNavigableMap<K, V> view(NavigableMap<K, V> sub) {
        return new LockedNavigableMap<>(sub, lock);
    }

    // ---- Map ----

    @Override
    public int size() {
        synchronized (lock) {
            return m.size();
        }
    }

    @Override
    public boolean isEmpty() {
        synchronized (lock) {
            return m.isEmpty();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.containsKey(key);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        checkValue(value);
        synchronized (lock) {
            return m.containsValue(value);
        }
    }

    @Override
    public V get(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.get(key);
        }
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return (v == null) ? defaultValue : v;
    }

    @Override
    public V put(K key, V value) {
        checkKey(key);
        checkValue(value);
        synchronized (lock) {
            return m.put(key, value);
        }
    }

    @Override
    public V remove(Object key) {
        checkKey(key);
        synchronized (lock) {
            return m.remove(key);
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            m.clear();
        }
    }

    @Override
    public V putIfAbsent(K key, V value) {
        checkKey(key);
        checkValue(value);
        synchronized (lock) {
            V v = m.get(key);
            if (v == null) {
                m.put(key, value);
            }
            return v;
        }
    }

    @Override
    public boolean remove(Object key, Object value) {
        checkKey(key);
        if (value == null) {
            return false;
        }
        synchronized (lock) {
            V v = m.get(key);
            if (v != null && value.equals(v)) {
                m.remove(key);
                return true;
            }
            return false;
        }
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        checkKey(key);
        checkValue(oldValue);
        checkValue(newValue);
        synchronized (lock) {
            V v = m.get(key);
            if (v != null && oldValue.equals(v)) {
                m.put(key, newValue);
                return true;
            }
            return false;
        }
    }

    @Override
    public V replace(K key, V value) {
        checkKey(key);
        checkValue(value);
        synchronized (lock) {
            V v = m.get(key);
            if (v != null) {
                m.put(key, value);
            }
            return v;
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        checkKey(key);
        Objects.requireNonNull(mappingFunction);
        synchronized (lock) {
            V v = m.get(key);
            if (v == null) {
                v = mappingFunction.apply(key);
                if (v != null) {
                    m.put(key, v);
                }
            }
            return v;
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V v = m.get(key);
            if (v == null) {
                return null;
            }
            V r = remappingFunction.apply(key, v);
            if (r == null) {
                m.remove(key);
            } else {
                m.put(key, r);
            }
            return r;
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V v = m.get(key);
            V r = remappingFunction.apply(key, v);
            if (r == null) {
                if (v != null) {
                    m.remove(key);
                }
            } else {
                m.put(key, r);
            }
            return r;
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        checkKey(key);
        checkValue(value);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V v = m.get(key);
            V r = (v == null) ? value : remappingFunction.apply(v, value);
            if (r == null) {
                m.remove(key);
            } else {
                m.put(key, r);
            }
            return r;
        }
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Object o : snapshotEntries(false)) {
            @SuppressWarnings("unchecked")
            Map.Entry<K, V> e = (Map.Entry<K, V>) o;
            action.accept(e.getKey(), e.getValue());
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        for (Object o : snapshotEntries(false)) {
            @SuppressWarnings("unchecked")
            Map.Entry<K, V> e = (Map.Entry<K, V>) o;
            K k = e.getKey();
            V v = e.getValue();
            while (v != null) {
                V r = function.apply(k, v);
                checkValue(r);
                if (replace(k, v, r)) {
                    break;
                }
                v = get(k);
            }
        }
    }

    // ---- snapshots ----

    /** The entries in order (or reverse order), as immutable snapshots. */
    Object[] snapshotEntries(boolean descending) {
        synchronized (lock) {
            Object[] a = new Object[m.size()];
            int i = 0;
            for (Map.Entry<K, V> e : (descending ? m.descendingMap() : m).entrySet()) {
                a[i++] = snapshot(e);
            }
            return a;
        }
    }

    /** Iterates over snapshot entries; kind 0 keys, 1 values, 2 entries. */
    final class SnapshotIterator<T> implements Iterator<T> {
        private final Object[] entries;
        private final int kind;
        private int cursor;
        private Map.Entry<K, V> last;

        SnapshotIterator(int kind, boolean descending) {
            this.entries = snapshotEntries(descending);
            this.kind = kind;
        }

        @Override
        public boolean hasNext() {
            return cursor < entries.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (cursor >= entries.length) {
                throw new NoSuchElementException();
            }
            last = (Map.Entry<K, V>) entries[cursor++];
            return (T) (kind == 0 ? last.getKey() : kind == 1 ? last.getValue() : last);
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            LockedNavigableMap.this.remove(last.getKey());
            last = null;
        }
    }

    // ---- views ----

    @Override
    public NavigableSet<K> keySet() {
        return new KeySet<>(this);
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new KeySet<>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return new KeySet<>(descendingMap());
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            @Override
            public Iterator<V> iterator() {
                return new SnapshotIterator<V>(1, false);
            }

            @Override
            public int size() {
                return LockedNavigableMap.this.size();
            }

            @Override
            public boolean isEmpty() {
                return LockedNavigableMap.this.isEmpty();
            }

            @Override
            public boolean contains(Object o) {
                return o != null && containsValue(o);
            }

            @Override
            public void clear() {
                LockedNavigableMap.this.clear();
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new SnapshotIterator<Map.Entry<K, V>>(2, false);
            }

            @Override
            public int size() {
                return LockedNavigableMap.this.size();
            }

            @Override
            public boolean isEmpty() {
                return LockedNavigableMap.this.isEmpty();
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object k = e.getKey();
                if (k == null) {
                    return false;
                }
                V v = get(k);
                return v != null && v.equals(e.getValue());
            }

            @Override
            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                return e.getKey() != null && LockedNavigableMap.this.remove(e.getKey(), e.getValue());
            }

            @Override
            public void clear() {
                LockedNavigableMap.this.clear();
            }
        };
    }

    // ---- navigation ----

    @Override
    public Comparator<? super K> comparator() {
        return m.comparator();
    }

    @Override
    public K firstKey() {
        synchronized (lock) {
            return m.firstKey();
        }
    }

    @Override
    public K lastKey() {
        synchronized (lock) {
            return m.lastKey();
        }
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.lowerEntry(key));
        }
    }

    @Override
    public K lowerKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.lowerKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.floorEntry(key));
        }
    }

    @Override
    public K floorKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.floorKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.ceilingEntry(key));
        }
    }

    @Override
    public K ceilingKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.ceilingKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        checkKey(key);
        synchronized (lock) {
            return snapshot(m.higherEntry(key));
        }
    }

    @Override
    public K higherKey(K key) {
        checkKey(key);
        synchronized (lock) {
            return m.higherKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        synchronized (lock) {
            return snapshot(m.firstEntry());
        }
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        synchronized (lock) {
            return snapshot(m.lastEntry());
        }
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        synchronized (lock) {
            return snapshot(m.pollFirstEntry());
        }
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        synchronized (lock) {
            return snapshot(m.pollLastEntry());
        }
    }

    @Override
    public ConcurrentNavigableMap<K, V> descendingMap() {
        return view(m.descendingMap());
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        checkKey(fromKey);
        checkKey(toKey);
        return view(m.subMap(fromKey, fromInclusive, toKey, toInclusive));
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        checkKey(toKey);
        return view(m.headMap(toKey, inclusive));
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        checkKey(fromKey);
        return view(m.tailMap(fromKey, inclusive));
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    /** A navigable key set over a LockedNavigableMap (or a ConcurrentNavigableMap). */
    static final class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        final ConcurrentNavigableMap<E, ?> m;

        KeySet(ConcurrentNavigableMap<E, ?> m) {
            this.m = m;
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return m.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return m.remove(o) != null;
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public E lower(E e) {
            return m.lowerKey(e);
        }

        @Override
        public E floor(E e) {
            return m.floorKey(e);
        }

        @Override
        public E ceiling(E e) {
            return m.ceilingKey(e);
        }

        @Override
        public E higher(E e) {
            return m.higherKey(e);
        }

        @Override
        public Comparator<? super E> comparator() {
            return m.comparator();
        }

        @Override
        public E first() {
            return m.firstKey();
        }

        @Override
        public E last() {
            return m.lastKey();
        }

        @Override
        public E pollFirst() {
            Map.Entry<E, ?> e = m.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        @Override
        public E pollLast() {
            Map.Entry<E, ?> e = m.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<E> iterator() {
            if (m instanceof LockedNavigableMap) {
                LockedNavigableMap<E, ?> lm = (LockedNavigableMap<E, ?>) m;
                return lm.new SnapshotIterator<E>(0, false);
            }
            return m.keySet().iterator();
        }

        @Override
        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new KeySet<>(m.descendingMap());
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new KeySet<>(m.headMap(toElement, inclusive));
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new KeySet<>(m.tailMap(fromElement, inclusive));
        }

        @Override
        public SortedSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        @Override
        public SortedSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        @Override
        public SortedSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }
    }
}
