package java.util.concurrent;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sorted concurrent map. Tern runs it as a TreeMap under one monitor shared with all its views
 * (LockedNavigableMap): the same ordering, sorted iteration and navigation results as the JDK's
 * skip list, with snapshot (weakly consistent) iterators and immutable snapshot entries.
 */
public class ConcurrentSkipListMap<K, V> extends AbstractMap<K, V>
        implements ConcurrentNavigableMap<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = -8627078645895051609L;

    private transient TreeMap<K, V> tree;
    private transient LockedNavigableMap<K, V> all;

    public ConcurrentSkipListMap() {
        tree = new TreeMap<>();
        all = new LockedNavigableMap<>(tree, new Object());
    }

    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        tree = new TreeMap<>(comparator);
        all = new LockedNavigableMap<>(tree, new Object());
    }

    public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {
        this();
        putAll(m);
    }

    public ConcurrentSkipListMap(SortedMap<K, ? extends V> m) {
        this(m.comparator());
        putAll(m);
    }

    @Override
    public ConcurrentSkipListMap<K, V> clone() {
        ConcurrentSkipListMap<K, V> copy = new ConcurrentSkipListMap<>(tree.comparator());
        synchronized (all.lock) {
            copy.tree.putAll(tree);
        }
        return copy;
    }

    @Override
    public boolean containsKey(Object key) {
        return all.containsKey(key);
    }

    @Override
    public V get(Object key) {
        return all.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return all.getOrDefault(key, defaultValue);
    }

    @Override
    public V put(K key, V value) {
        return all.put(key, value);
    }

    @Override
    public V remove(Object key) {
        return all.remove(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return all.containsValue(value);
    }

    @Override
    public int size() {
        return all.size();
    }

    @Override
    public boolean isEmpty() {
        return all.isEmpty();
    }

    @Override
    public void clear() {
        all.clear();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        return all.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return all.computeIfPresent(key, remappingFunction);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        return all.compute(key, remappingFunction);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        return all.merge(key, value, remappingFunction);
    }

    @Override
    public NavigableSet<K> keySet() {
        return all.keySet();
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return all.navigableKeySet();
    }

    @Override
    public Collection<V> values() {
        return all.values();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return all.entrySet();
    }

    @Override
    public ConcurrentNavigableMap<K, V> descendingMap() {
        return all.descendingMap();
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return all.descendingKeySet();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return all.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return all.remove(key, value);
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return all.replace(key, oldValue, newValue);
    }

    @Override
    public V replace(K key, V value) {
        return all.replace(key, value);
    }

    @Override
    public Comparator<? super K> comparator() {
        return all.comparator();
    }

    @Override
    public K firstKey() {
        return all.firstKey();
    }

    @Override
    public K lastKey() {
        return all.lastKey();
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return all.subMap(fromKey, fromInclusive, toKey, toInclusive);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return all.headMap(toKey, inclusive);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return all.tailMap(fromKey, inclusive);
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return all.subMap(fromKey, toKey);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return all.headMap(toKey);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return all.tailMap(fromKey);
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return all.lowerEntry(key);
    }

    @Override
    public K lowerKey(K key) {
        return all.lowerKey(key);
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return all.floorEntry(key);
    }

    @Override
    public K floorKey(K key) {
        return all.floorKey(key);
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return all.ceilingEntry(key);
    }

    @Override
    public K ceilingKey(K key) {
        return all.ceilingKey(key);
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return all.higherEntry(key);
    }

    @Override
    public K higherKey(K key) {
        return all.higherKey(key);
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return all.firstEntry();
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return all.lastEntry();
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        return all.pollFirstEntry();
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        return all.pollLastEntry();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        all.forEach(action);
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        all.replaceAll(function);
    }
}
