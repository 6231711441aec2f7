/*
 * @fileoverview A Map keyed by the constants of one enum type, stored as an array indexed by
 * ordinal (null values are masked so that "absent" stays distinguishable). Iteration is in
 * ordinal order; entries from the entry-set iterator write through.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A Map with enum keys of a single type. */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private final Class<K> keyType;
    /** All constants of keyType, indexed by ordinal. */
    private transient K[] keyUniverse;
    /** Values by ordinal: null when unmapped, NULL for a null value. */
    private transient Object[] vals;
    private transient int size = 0;

    /** Stands for a null value. */
    private static final Object NULL = new Object() {
        @Override public int hashCode() {
            return 0;
        }

        @Override public String toString() {
            return "java.util.EnumMap.NULL";
        }
    };

    private Object maskNull(Object value) {
        return (value == null ? NULL : value);
    }

    @SuppressWarnings("unchecked")
    private V unmaskNull(Object value) {
        return (V) (value == NULL ? null : value);
    }

    /** An empty map for keys of {@code keyType}. */
    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keyUniverse = getKeyUniverse(keyType);
        vals = new Object[keyUniverse.length];
    }

    /** A copy of {@code m}. */
    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keyUniverse = m.keyUniverse;
        vals = m.vals.clone();
        size = m.size;
    }

    /** A map with the mappings of {@code m}, which must be non-empty unless an EnumMap. */
    @SuppressWarnings("unchecked")
    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keyUniverse = em.keyUniverse;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty()) {
                throw new IllegalArgumentException("Specified map is empty");
            }
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keyUniverse = getKeyUniverse(keyType);
            vals = new Object[keyUniverse.length];
            putAll(m);
        }
    }

    @Override public int size() {
        return size;
    }

    @Override public boolean containsValue(Object value) {
        value = maskNull(value);
        for (Object val : vals) {
            if (value.equals(val)) {
                return true;
            }
        }
        return false;
    }

    @Override public boolean containsKey(Object key) {
        return isValidKey(key) && vals[((Enum<?>) key).ordinal()] != null;
    }

    @Override public V get(Object key) {
        return (isValidKey(key) ? unmaskNull(vals[((Enum<?>) key).ordinal()]) : null);
    }

    @Override public V put(K key, V value) {
        typeCheck(key);
        int index = key.ordinal();
        Object oldValue = vals[index];
        vals[index] = maskNull(value);
        if (oldValue == null) {
            size++;
        }
        return unmaskNull(oldValue);
    }

    @Override public V remove(Object key) {
        if (!isValidKey(key)) {
            return null;
        }
        int index = ((Enum<?>) key).ordinal();
        Object oldValue = vals[index];
        vals[index] = null;
        if (oldValue != null) {
            size--;
        }
        return unmaskNull(oldValue);
    }

    private boolean isValidKey(Object key) {
        if (key == null) {
            return false;
        }
        Class<?> keyClass = key.getClass();
        return keyClass == keyType || keyClass.getSuperclass() == keyType;
    }

    @Override public void putAll(Map<? extends K, ? extends V> m) {
        if (m instanceof EnumMap<?, ?> em) {
            if (em.keyType != keyType) {
                if (em.isEmpty()) {
                    return;
                }
                throw new ClassCastException(em.keyType + " != " + keyType);
            }
            for (int i = 0; i < keyUniverse.length; i++) {
                Object emValue = em.vals[i];
                if (emValue != null) {
                    if (vals[i] == null) {
                        size++;
                    }
                    vals[i] = emValue;
                }
            }
        } else {
            super.putAll(m);
        }
    }

    @Override public void clear() {
        Arrays.fill(vals, null);
        size = 0;
    }

    private transient Set<Map.Entry<K, V>> entrySet;

    @Override public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new AbstractSet<K>() {
                @Override public Iterator<K> iterator() {
                    return new EnumMapIterator<K>() {
                        @Override public K next() {
                            return keyUniverse[nextIndex()];
                        }
                    };
                }

                @Override public int size() {
                    return size;
                }

                @Override public boolean contains(Object o) {
                    return containsKey(o);
                }

                @Override public boolean remove(Object o) {
                    int oldSize = size;
                    EnumMap.this.remove(o);
                    return size != oldSize;
                }

                @Override public void clear() {
                    EnumMap.this.clear();
                }
            };
            keySet = ks;
        }
        return ks;
    }

    @Override public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                @Override public Iterator<V> iterator() {
                    return new EnumMapIterator<V>() {
                        @Override public V next() {
                            return unmaskNull(vals[nextIndex()]);
                        }
                    };
                }

                @Override public int size() {
                    return size;
                }

                @Override public boolean contains(Object o) {
                    return containsValue(o);
                }

                @Override public boolean remove(Object o) {
                    o = maskNull(o);
                    for (int i = 0; i < vals.length; i++) {
                        if (o.equals(vals[i])) {
                            vals[i] = null;
                            size--;
                            return true;
                        }
                    }
                    return false;
                }

                @Override public void clear() {
                    EnumMap.this.clear();
                }
            };
            values = vs;
        }
        return vs;
    }

    @Override public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                @Override public Iterator<Map.Entry<K, V>> iterator() {
                    return new EnumMapIterator<Map.Entry<K, V>>() {
                        @Override public Map.Entry<K, V> next() {
                            return new EntryView(nextIndex());
                        }
                    };
                }

                @Override public boolean contains(Object o) {
                    return o instanceof Map.Entry<?, ?> entry && containsMapping(entry.getKey(), entry.getValue());
                }

                @Override public boolean remove(Object o) {
                    if (o instanceof Map.Entry<?, ?> entry && containsMapping(entry.getKey(), entry.getValue())) {
                        EnumMap.this.remove(entry.getKey());
                        return true;
                    }
                    return false;
                }

                @Override public int size() {
                    return size;
                }

                @Override public void clear() {
                    EnumMap.this.clear();
                }
            };
            entrySet = es;
        }
        return es;
    }

    private boolean containsMapping(Object key, Object value) {
        return isValidKey(key) && maskNull(value).equals(vals[((Enum<?>) key).ordinal()]);
    }

    /** Iterates the mapped ordinals in ascending order. */
    private abstract class EnumMapIterator<T> implements Iterator<T> {
        int index = 0;
        int lastReturnedIndex = -1;

        @Override public boolean hasNext() {
            while (index < vals.length && vals[index] == null) {
                index++;
            }
            return index != vals.length;
        }

        /** Advances to the next mapped ordinal and returns it. */
        final int nextIndex() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturnedIndex = index++;
            return lastReturnedIndex;
        }

        @Override public void remove() {
            if (lastReturnedIndex < 0) {
                throw new IllegalStateException();
            }
            if (vals[lastReturnedIndex] != null) {
                vals[lastReturnedIndex] = null;
                size--;
            }
            lastReturnedIndex = -1;
        }
    }

    /** A write-through entry for ordinal {@code index}. */
    private final class EntryView implements Map.Entry<K, V> {
        private final int index;

        EntryView(int index) {
            this.index = index;
        }

        @Override public K getKey() {
            return keyUniverse[index];
        }

        @Override public V getValue() {
            return unmaskNull(vals[index]);
        }

        @Override public V setValue(V value) {
            V oldValue = unmaskNull(vals[index]);
            vals[index] = maskNull(value);
            return oldValue;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && keyUniverse[index] == e.getKey()
                    && Objects.equals(getValue(), e.getValue());
        }

        @Override public int hashCode() {
            return keyUniverse[index].hashCode() ^ Objects.hashCode(getValue());
        }

        @Override public String toString() {
            return keyUniverse[index] + "=" + getValue();
        }
    }

    @Override public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o instanceof EnumMap<?, ?> em) {
            if (em.keyType != keyType) {
                return size == 0 && em.size == 0;
            }
            for (int i = 0; i < keyUniverse.length; i++) {
                Object ours = vals[i];
                Object theirs = em.vals[i];
                if (theirs != ours && (theirs == null || !theirs.equals(ours))) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override public int hashCode() {
        int h = 0;
        for (int i = 0; i < keyUniverse.length; i++) {
            if (vals[i] != null) {
                h += keyUniverse[i].hashCode() ^ vals[i].hashCode();
            }
        }
        return h;
    }

    /** A copy of this map. */
    @SuppressWarnings("unchecked")
    @Override public EnumMap<K, V> clone() {
        EnumMap<K, V> result;
        try {
            result = (EnumMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
        result.vals = result.vals.clone();
        result.entrySet = null;
        return result;
    }

    private void typeCheck(K key) {
        Class<?> keyClass = key.getClass();
        if (keyClass != keyType && keyClass.getSuperclass() != keyType) {
            throw new ClassCastException(keyClass + " != " + keyType);
        }
    }

    private static <K extends Enum<K>> K[] getKeyUniverse(Class<K> keyType) {
        return keyType.getEnumConstants();
    }
}
