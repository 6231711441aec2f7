/*
 * @fileoverview A SortedMap with closest-match navigation and descending views.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A sorted map with navigation methods. */
public interface NavigableMap<K, V> extends SortedMap<K, V> {
    /** Mapping with the greatest key strictly less than {@code key}, or null. */
    Map.Entry<K, V> lowerEntry(K key);

    /** Greatest key strictly less than {@code key}, or null. */
    K lowerKey(K key);

    /** Mapping with the greatest key less than or equal to {@code key}, or null. */
    Map.Entry<K, V> floorEntry(K key);

    /** Greatest key less than or equal to {@code key}, or null. */
    K floorKey(K key);

    /** Mapping with the least key greater than or equal to {@code key}, or null. */
    Map.Entry<K, V> ceilingEntry(K key);

    /** Least key greater than or equal to {@code key}, or null. */
    K ceilingKey(K key);

    /** Mapping with the least key strictly greater than {@code key}, or null. */
    Map.Entry<K, V> higherEntry(K key);

    /** Least key strictly greater than {@code key}, or null. */
    K higherKey(K key);

    /** Mapping with the lowest key, or null. */
    Map.Entry<K, V> firstEntry();

    /** Mapping with the highest key, or null. */
    Map.Entry<K, V> lastEntry();

    /** Removes and returns the lowest mapping, or null. */
    Map.Entry<K, V> pollFirstEntry();

    /** Removes and returns the highest mapping, or null. */
    Map.Entry<K, V> pollLastEntry();

    /** Reverse-order view. */
    NavigableMap<K, V> descendingMap();

    /** Ascending view of the keys. */
    NavigableSet<K> navigableKeySet();

    /** Descending view of the keys. */
    NavigableSet<K> descendingKeySet();

    /** View of a key range with explicit inclusiveness. */
    NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);

    /** View of the keys below (or equal to) {@code toKey}. */
    NavigableMap<K, V> headMap(K toKey, boolean inclusive);

    /** View of the keys above (or equal to) {@code fromKey}. */
    NavigableMap<K, V> tailMap(K fromKey, boolean inclusive);

    /** Same as subMap(from, true, to, false). */
    SortedMap<K, V> subMap(K fromKey, K toKey);

    /** Same as headMap(to, false). */
    SortedMap<K, V> headMap(K toKey);

    /** Same as tailMap(from, true). */
    SortedMap<K, V> tailMap(K fromKey);
}
