/*
 * @fileoverview The Map interface with its default methods (specified by the Javadoc's
 * "default implementation is equivalent to" wording) and the immutable-map factories.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/** An object mapping keys to values, each key at most once. */
public interface Map<K, V> {
    /** Number of mappings. */
    int size();

    /** Returns true if there are no mappings. */
    boolean isEmpty();

    /** Returns true if {@code key} is mapped. */
    boolean containsKey(Object key);

    /** Returns true if some key maps to {@code value}. */
    boolean containsValue(Object value);

    /** The value of {@code key}, or null. */
    V get(Object key);

    /** Maps {@code key} to {@code value}; returns the previous value or null. */
    V put(K key, V value);

    /** Removes the mapping of {@code key}; returns its value or null. */
    V remove(Object key);

    /** Copies every mapping of {@code m}. */
    void putAll(Map<? extends K, ? extends V> m);

    /** Removes every mapping. */
    void clear();

    /** View of the keys. */
    Set<K> keySet();

    /** View of the values. */
    Collection<V> values();

    /** View of the mappings. */
    Set<Map.Entry<K, V>> entrySet();

    /** A key-value pair. */
    interface Entry<K, V> {
        /** The key. */
        K getKey();

        /** The value. */
        V getValue();

        /** Replaces the value (write-through for map views); returns the old value. */
        V setValue(V value);

        /** Equal when both keys and both values are equal. */
        boolean equals(Object o);

        /** hash(key) ^ hash(value). */
        int hashCode();

        /** Compares entries by natural key order. */
        @SuppressWarnings("unchecked")
        public static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return (Comparator<Map.Entry<K, V>>) (Comparator<?>) Comparators.ENTRY_BY_KEY;
        }

        /** Compares entries by natural value order. */
        @SuppressWarnings("unchecked")
        public static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return (Comparator<Map.Entry<K, V>>) (Comparator<?>) Comparators.ENTRY_BY_VALUE;
        }

        /** Compares entries by key using {@code cmp}. */
        public static <K, V> Comparator<Map.Entry<K, V>> comparingByKey(Comparator<? super K> cmp) {
            Objects.requireNonNull(cmp);
            return (c1, c2) -> cmp.compare(c1.getKey(), c2.getKey());
        }

        /** Compares entries by value using {@code cmp}. */
        public static <K, V> Comparator<Map.Entry<K, V>> comparingByValue(Comparator<? super V> cmp) {
            Objects.requireNonNull(cmp);
            return (c1, c2) -> cmp.compare(c1.getValue(), c2.getValue());
        }

        /** An unmodifiable copy of {@code e} (null key or value rejected). */
        @SuppressWarnings("unchecked")
        public static <K, V> Map.Entry<K, V> copyOf(Map.Entry<? extends K, ? extends V> e) {
            Objects.requireNonNull(e);
            if (e instanceof KeyValueHolder) {
                return (Map.Entry<K, V>) e;
            } else {
                return Map.entry(e.getKey(), e.getValue());
            }
        }
    }

    /** Equal when both maps have the same mappings. */
    boolean equals(Object o);

    /** Sum of the entries' hash codes. */
    int hashCode();

    /** The value of {@code key}, or {@code defaultValue} when unmapped. */
    default V getOrDefault(Object key, V defaultValue) {
        V v;
        return (((v = get(key)) != null) || containsKey(key))
                ? v
                : defaultValue;
    }

    /** Calls {@code action} for each mapping in entry-set order. */
    default void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Map.Entry<K, V> entry : entrySet()) {
            K k;
            V v;
            try {
                k = entry.getKey();
                v = entry.getValue();
            } catch (IllegalStateException ise) {
                // the entry is no longer in the map
                throw new ConcurrentModificationException(ise);
            }
            action.accept(k, v);
        }
    }

    /** Replaces each value with {@code function.apply(key, value)}. */
    default void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        for (Map.Entry<K, V> entry : entrySet()) {
            K k;
            V v;
            try {
                k = entry.getKey();
                v = entry.getValue();
            } catch (IllegalStateException ise) {
                throw new ConcurrentModificationException(ise);
            }
            v = function.apply(k, v);
            try {
                entry.setValue(v);
            } catch (IllegalStateException ise) {
                throw new ConcurrentModificationException(ise);
            }
        }
    }

    /** Maps {@code key} unless it is mapped to a non-null value; returns the current value. */
    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) {
            v = put(key, value);
        }
        return v;
    }

    /** Removes {@code key} only if it maps to {@code value}. */
    default boolean remove(Object key, Object value) {
        Object curValue = get(key);
        if (!Objects.equals(curValue, value) || (curValue == null && !containsKey(key))) {
            return false;
        }
        remove(key);
        return true;
    }

    /** Replaces the value of {@code key} only if it is {@code oldValue}. */
    default boolean replace(K key, V oldValue, V newValue) {
        Object curValue = get(key);
        if (!Objects.equals(curValue, oldValue) || (curValue == null && !containsKey(key))) {
            return false;
        }
        put(key, newValue);
        return true;
    }

    /** Replaces the value of {@code key} only if it is mapped; returns the old value. */
    default V replace(K key, V value) {
        V curValue;
        if (((curValue = get(key)) != null) || containsKey(key)) {
            curValue = put(key, value);
        }
        return curValue;
    }

    /** Maps an absent (or null-valued) key to a computed non-null value; returns the value. */
    default V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        V v;
        if ((v = get(key)) == null) {
            V newValue;
            if ((newValue = mappingFunction.apply(key)) != null) {
                put(key, newValue);
                return newValue;
            }
        }
        return v;
    }

    /** Recomputes the value of a present key; a null result removes it. */
    default V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V oldValue;
        if ((oldValue = get(key)) != null) {
            V newValue = remappingFunction.apply(key, oldValue);
            if (newValue != null) {
                put(key, newValue);
                return newValue;
            } else {
                remove(key);
                return null;
            }
        } else {
            return null;
        }
    }

    /** Computes a new value from the key and its current value; a null result removes it. */
    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V oldValue = get(key);
        V newValue = remappingFunction.apply(key, oldValue);
        if (newValue == null) {
            if (oldValue != null || containsKey(key)) {
                remove(key);
            }
            return null;
        } else {
            put(key, newValue);
            return newValue;
        }
    }

    /** Associates {@code value}, or combines it with the current value; null removes. */
    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        V oldValue = get(key);
        V newValue = (oldValue == null) ? value : remappingFunction.apply(oldValue, value);
        if (newValue == null) {
            remove(key);
        } else {
            put(key, newValue);
        }
        return newValue;
    }

    /** The empty immutable map. */
    static <K, V> Map<K, V> of() {
        return ImmutableCollections.emptyMap();
    }

    /** An immutable map of one mapping. */
    static <K, V> Map<K, V> of(K k1, V v1) {
        return new ImmutableCollections.Map1<>(k1, v1);
    }

    /** An immutable map of two mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2);
    }

    /** An immutable map of three mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3);
    }

    /** An immutable map of four mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4);
    }

    /** An immutable map of five mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5);
    }

    /** An immutable map of six mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5,
                               K k6, V v6) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6);
    }

    /** An immutable map of seven mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5,
                               K k6, V v6, K k7, V v7) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6,
                k7, v7);
    }

    /** An immutable map of eight mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5,
                               K k6, V v6, K k7, V v7, K k8, V v8) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6,
                k7, v7, k8, v8);
    }

    /** An immutable map of nine mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5,
                               K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6,
                k7, v7, k8, v8, k9, v9);
    }

    /** An immutable map of ten mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5,
                               K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {
        return new ImmutableCollections.MapN<>(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6,
                k7, v7, k8, v8, k9, v9, k10, v10);
    }

    /** An immutable map of the given entries (no null, no duplicate keys). */
    static <K, V> Map<K, V> ofEntries(Map.Entry<? extends K, ? extends V>... entries) {
        return ImmutableCollections.mapOfEntries(entries);
    }

    /** An immutable entry (null key or value rejected). */
    static <K, V> Map.Entry<K, V> entry(K k, V v) {
        return new KeyValueHolder<>(k, v);
    }

    /** An immutable copy of {@code map}, or {@code map} itself if already immutable. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof ImmutableCollections.AbstractImmutableMap) {
            return (Map<K, V>) map;
        } else {
            return ImmutableCollections.mapOfEntries(map.entrySet().toArray());
        }
    }
}
