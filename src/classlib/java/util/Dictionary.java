/*
 * @fileoverview The obsolete abstract parent of Hashtable.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Maps keys to values (superseded by Map). */
public abstract class Dictionary<K, V> {
    /** For subclasses. */
    public Dictionary() {
    }

    /** Number of entries. */
    public abstract int size();

    /** True if there are no entries. */
    public abstract boolean isEmpty();

    /** Enumeration of the keys. */
    public abstract Enumeration<K> keys();

    /** Enumeration of the values. */
    public abstract Enumeration<V> elements();

    /** The value of {@code key}, or null. */
    public abstract V get(Object key);

    /** Maps {@code key} to {@code value}; returns the previous value or null. */
    public abstract V put(K key, V value);

    /** Removes {@code key}; returns its value or null. */
    public abstract V remove(Object key);
}
