/*
 * @fileoverview A Map ordered by its keys.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A map whose keys are totally ordered. */
public interface SortedMap<K, V> extends Map<K, V> {
    /** The key comparator, or null for natural ordering. */
    Comparator<? super K> comparator();

    /** View of the keys in [fromKey, toKey). */
    SortedMap<K, V> subMap(K fromKey, K toKey);

    /** View of the keys below {@code toKey}. */
    SortedMap<K, V> headMap(K toKey);

    /** View of the keys at or above {@code fromKey}. */
    SortedMap<K, V> tailMap(K fromKey);

    /** The lowest key. */
    K firstKey();

    /** The highest key. */
    K lastKey();

    /** The keys in ascending order. */
    Set<K> keySet();

    /** The values in ascending key order. */
    Collection<V> values();

    /** The mappings in ascending key order. */
    Set<Map.Entry<K, V>> entrySet();
}
