/*
 * @fileoverview The immutable entry returned by Map.entry and used by Map.ofEntries.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** An unmodifiable key-value pair whose key and value are never null. */
final class KeyValueHolder<K, V> implements Map.Entry<K, V> {
    /** The key (non-null). */
    final K key;
    /** The value (non-null). */
    final V value;

    /** Creates the pair, rejecting nulls. */
    KeyValueHolder(K k, V v) {
        key = Objects.requireNonNull(k);
        value = Objects.requireNonNull(v);
    }

    @Override public K getKey() {
        return key;
    }

    @Override public V getValue() {
        return value;
    }

    /** Always throws: the entry is immutable. */
    @Override public V setValue(V value) {
        throw new UnsupportedOperationException("not supported");
    }

    @Override public boolean equals(Object o) {
        return o instanceof Map.Entry<?, ?> e
                && key.equals(e.getKey())
                && value.equals(e.getValue());
    }

    @Override public int hashCode() {
        return key.hashCode() ^ value.hashCode();
    }

    @Override public String toString() {
        return key + "=" + value;
    }
}
