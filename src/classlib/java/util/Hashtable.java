/*
 * @fileoverview The legacy synchronized hash table. Reproduces HotSpot's iteration order:
 * index (hash & 0x7FFFFFFF) % capacity, new entries at the head of their bucket, iteration
 * from the highest bucket down, growth to 2n + 1 buckets when count reaches the threshold.
 * Null keys and values are rejected.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A synchronized hash table mapping non-null keys to non-null values. */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private transient Entry<?, ?>[] table;
    private transient int count;
    private int threshold;
    /** Negated while hashCode runs, to stop infinite recursion through self-references. */
    private float loadFactor;
    private transient int modCount = 0;

    /** An empty table with the given capacity and load factor. */
    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        }
        if (initialCapacity == 0) {
            initialCapacity = 1;
        }
        this.loadFactor = loadFactor;
        table = new Entry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
    }

    /** An empty table with the given capacity. */
    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    /** An empty table with capacity 11. */
    public Hashtable() {
        this(11, 0.75f);
    }

    /** A table with the mappings of {@code t}. */
    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    private int indexFor(int hash, int length) {
        return (hash & 0x7FFFFFFF) % length;
    }

    @Override public synchronized int size() {
        return count;
    }

    @Override public synchronized boolean isEmpty() {
        return count == 0;
    }

    @Override public synchronized Enumeration<K> keys() {
        return this.<K>getEnumeration(KEYS);
    }

    @Override public synchronized Enumeration<V> elements() {
        return this.<V>getEnumeration(VALUES);
    }

    /** True if some key maps to {@code value} (non-null). */
    public synchronized boolean contains(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0; ) {
            for (Entry<?, ?> e = tab[i]; e != null; e = e.next) {
                if (e.value.equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override public boolean containsValue(Object value) {
        return contains(value);
    }

    @Override public synchronized boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    @SuppressWarnings("unchecked")
    @Override public synchronized V get(Object key) {
        Entry<?, ?> e = getEntry(key);
        return e == null ? null : (V) e.value;
    }

    private Entry<?, ?> getEntry(Object key) {
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        for (Entry<?, ?> e = tab[indexFor(hash, tab.length)]; e != null; e = e.next) {
            if ((e.hash == hash) && e.key.equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** Grows to 2n + 1 buckets, re-linking each old bucket (high to low) at new bucket heads. */
    @SuppressWarnings("unchecked")
    protected void rehash() {
        int oldCapacity = table.length;
        Entry<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        if (newCapacity - MAX_ARRAY_SIZE > 0) {
            if (oldCapacity == MAX_ARRAY_SIZE) {
                return;
            }
            newCapacity = MAX_ARRAY_SIZE;
        }
        Entry<?, ?>[] newMap = new Entry<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0; ) {
            for (Entry<K, V> old = (Entry<K, V>) oldMap[i]; old != null; ) {
                Entry<K, V> e = old;
                old = old.next;
                int index = indexFor(e.hash, newCapacity);
                e.next = (Entry<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void addEntry(int hash, K key, V value, int index) {
        Entry<?, ?>[] tab = table;
        if (count >= threshold) {
            rehash();
            tab = table;
            hash = key.hashCode();
            index = indexFor(hash, tab.length);
        }
        Entry<K, V> e = (Entry<K, V>) tab[index];
        tab[index] = new Entry<>(hash, key, value, e);
        count++;
        modCount++;
    }

    @SuppressWarnings("unchecked")
    @Override public synchronized V put(K key, V value) {
        if (value == null) {
            throw new NullPointerException();
        }
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = indexFor(hash, tab.length);
        for (Entry<K, V> entry = (Entry<K, V>) tab[index]; entry != null; entry = entry.next) {
            if ((entry.hash == hash) && entry.key.equals(key)) {
                V old = entry.value;
                entry.value = value;
                return old;
            }
        }
        addEntry(hash, key, value, index);
        return null;
    }

    @Override public synchronized V remove(Object key) {
        return removeMapping(key, null, false);
    }

    /** Unlinks the entry of {@code key} (if its value equals {@code value} when matchValue). */
    @SuppressWarnings("unchecked")
    private V removeMapping(Object key, Object value, boolean matchValue) {
        Entry<?, ?>[] tab = table;
        int hash = key.hashCode();
        int index = indexFor(hash, tab.length);
        Entry<K, V> e = (Entry<K, V>) tab[index];
        for (Entry<K, V> prev = null; e != null; prev = e, e = e.next) {
            if ((e.hash == hash) && e.key.equals(key) && (!matchValue || e.value.equals(value))) {
                if (prev != null) {
                    prev.next = e.next;
                } else {
                    tab[index] = e.next;
                }
                modCount++;
                count--;
                V oldValue = e.value;
                e.value = null;
                return oldValue;
            }
        }
        return null;
    }

    @Override public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override public synchronized void clear() {
        Entry<?, ?>[] tab = table;
        for (int index = tab.length; --index >= 0; ) {
            tab[index] = null;
        }
        modCount++;
        count = 0;
    }

    /** A shallow copy (the entries are copied, keys and values shared). */
    @Override public synchronized Object clone() {
        Hashtable<?, ?> t = cloneHashtable();
        t.table = new Entry<?, ?>[table.length];
        for (int i = table.length; i-- > 0; ) {
            t.table[i] = (table[i] != null) ? (Entry<?, ?>) table[i].cloneChain() : null;
        }
        t.keySet = null;
        t.entrySet = null;
        t.values = null;
        t.modCount = 0;
        return t;
    }

    final Hashtable<?, ?> cloneHashtable() {
        try {
            return (Hashtable<?, ?>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /** "{k=v, ...}" in iteration order, "(this Map)" for self-references. */
    @Override public synchronized String toString() {
        int max = size() - 1;
        if (max == -1) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder();
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        sb.append('{');
        for (int i = 0; ; i++) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : key.toString());
            sb.append('=');
            sb.append(value == this ? "(this Map)" : value.toString());
            if (i == max) {
                return sb.append('}').toString();
            }
            sb.append(", ");
        }
    }

    private <T> Enumeration<T> getEnumeration(int type) {
        if (count == 0) {
            return Collections.emptyEnumeration();
        } else {
            return new Enumerator<>(type, false);
        }
    }

    private <T> Iterator<T> getIterator(int type) {
        if (count == 0) {
            return Collections.emptyIterator();
        } else {
            return new Enumerator<>(type, true);
        }
    }

    private transient volatile Set<K> keySet;
    private transient volatile Set<Map.Entry<K, V>> entrySet;
    private transient volatile Collection<V> values;

    @Override public Set<K> keySet() {
        if (keySet == null) {
            keySet = new SynchronizedCollections.SynchronizedSet<>(new KeySet(), this);
        }
        return keySet;
    }

    /** Keys view. */
    private class KeySet extends AbstractSet<K> {
        @Override public Iterator<K> iterator() {
            return getIterator(KEYS);
        }

        @Override public int size() {
            return count;
        }

        @Override public boolean contains(Object o) {
            return containsKey(o);
        }

        @Override public boolean remove(Object o) {
            return Hashtable.this.remove(o) != null;
        }

        @Override public void clear() {
            Hashtable.this.clear();
        }
    }

    @Override public Set<Map.Entry<K, V>> entrySet() {
        if (entrySet == null) {
            entrySet = new SynchronizedCollections.SynchronizedSet<>(new EntrySet(), this);
        }
        return entrySet;
    }

    /** Mappings view. */
    private class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override public Iterator<Map.Entry<K, V>> iterator() {
            return getIterator(ENTRIES);
        }

        @Override public boolean add(Map.Entry<K, V> o) {
            return super.add(o);
        }

        @Override public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object key = entry.getKey();
            Entry<?, ?> e = getEntry(key);
            return e != null && e.equals(entry);
        }

        @Override public boolean remove(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            synchronized (Hashtable.this) {
                Entry<?, ?> e = getEntry(entry.getKey());
                if (e != null && e.equals(entry)) {
                    removeMapping(entry.getKey(), e.value, true);
                    return true;
                }
                return false;
            }
        }

        @Override public int size() {
            return count;
        }

        @Override public void clear() {
            Hashtable.this.clear();
        }
    }

    @Override public Collection<V> values() {
        if (values == null) {
            values = new SynchronizedCollections.SynchronizedCollection<>(new ValueCollection(), this);
        }
        return values;
    }

    /** Values view. */
    private class ValueCollection extends AbstractCollection<V> {
        @Override public Iterator<V> iterator() {
            return getIterator(VALUES);
        }

        @Override public int size() {
            return count;
        }

        @Override public boolean contains(Object o) {
            return containsValue(o);
        }

        @Override public void clear() {
            Hashtable.this.clear();
        }
    }

    @Override public synchronized boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> t)) {
            return false;
        }
        if (t.size() != size()) {
            return false;
        }
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                if (value == null) {
                    if (!(t.get(key) == null && t.containsKey(key))) {
                        return false;
                    }
                } else {
                    if (!value.equals(t.get(key))) {
                        return false;
                    }
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    @Override public synchronized int hashCode() {
        int h = 0;
        if (count == 0 || loadFactor < 0) {
            return h;
        }
        loadFactor = -loadFactor;
        Entry<?, ?>[] tab = table;
        for (Entry<?, ?> entry : tab) {
            while (entry != null) {
                h += entry.hashCode();
                entry = entry.next;
            }
        }
        loadFactor = -loadFactor;
        return h;
    }

    @Override public synchronized V getOrDefault(Object key, V defaultValue) {
        V result = get(key);
        return (null == result) ? defaultValue : result;
    }

    @SuppressWarnings("unchecked")
    @Override public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        final int expectedModCount = modCount;
        Entry<?, ?>[] tab = table;
        for (int index = tab.length - 1; index >= 0; index--) {
            for (Entry<?, ?> entry = tab[index]; entry != null; entry = entry.next) {
                action.accept((K) entry.key, (V) entry.value);
                if (expectedModCount != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    @Override public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        final int expectedModCount = modCount;
        Entry<K, V>[] tab = (Entry<K, V>[]) table;
        for (int index = tab.length - 1; index >= 0; index--) {
            for (Entry<K, V> entry = tab[index]; entry != null; entry = entry.next) {
                entry.value = Objects.requireNonNull(function.apply(entry.key, entry.value));
                if (expectedModCount != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    @Override public synchronized V putIfAbsent(K key, V value) {
        Objects.requireNonNull(value);
        V old = get(key);
        if (old == null) {
            int hash = key.hashCode();
            addEntry(hash, key, value, indexFor(hash, table.length));
        }
        return old;
    }

    @Override public synchronized boolean remove(Object key, Object value) {
        Objects.requireNonNull(value);
        int oldCount = count;
        removeMapping(key, value, true);
        return count != oldCount;
    }

    @SuppressWarnings("unchecked")
    @Override public synchronized boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        Entry<K, V> e = (Entry<K, V>) getEntry(key);
        if (e != null && e.value.equals(oldValue)) {
            e.value = newValue;
            return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    @Override public synchronized V replace(K key, V value) {
        Objects.requireNonNull(value);
        Entry<K, V> e = (Entry<K, V>) getEntry(key);
        if (e != null) {
            V oldValue = e.value;
            e.value = value;
            return oldValue;
        }
        return null;
    }

    @Override public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        V old = get(key);
        if (old != null) {
            return old;
        }
        int mc = modCount;
        V newValue = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (newValue != null) {
            int hash = key.hashCode();
            addEntry(hash, key, newValue, indexFor(hash, table.length));
        }
        return newValue;
    }

    @Override public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V old = get(key);
        if (old == null) {
            return null;
        }
        return remap(key, old, remappingFunction.apply(key, old));
    }

    @Override public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V old = get(key);
        int mc = modCount;
        V newValue = remappingFunction.apply(key, old);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (old == null) {
            if (newValue != null) {
                int hash = key.hashCode();
                addEntry(hash, key, newValue, indexFor(hash, table.length));
            }
            return newValue;
        }
        return remap(key, old, newValue);
    }

    @Override public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        V old = get(key);
        if (old == null) {
            int hash = key.hashCode();
            addEntry(hash, key, value, indexFor(hash, table.length));
            return value;
        }
        return remap(key, old, remappingFunction.apply(old, value));
    }

    /** Stores {@code newValue} for the present {@code key}, or removes it when null. */
    @SuppressWarnings("unchecked")
    private V remap(K key, V old, V newValue) {
        Entry<K, V> e = (Entry<K, V>) getEntry(key);
        if (e == null) {
            throw new ConcurrentModificationException();
        }
        if (newValue == null) {
            removeMapping(key, null, false);
        } else {
            e.value = newValue;
        }
        return newValue;
    }

    /** A bucket chain node. */
    private static class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        @SuppressWarnings("unchecked")
        protected Object cloneChain() {
            return new Entry<>(hash, key, value, (next == null ? null : (Entry<K, V>) next.cloneChain()));
        }

        @Override public K getKey() {
            return key;
        }

        @Override public V getValue() {
            return value;
        }

        @Override public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && (key == null ? e.getKey() == null : key.equals(e.getKey()))
                    && (value == null ? e.getValue() == null : value.equals(e.getValue()));
        }

        @Override public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        @Override public String toString() {
            return key.toString() + "=" + value.toString();
        }
    }

    private static final int KEYS = 0;
    private static final int VALUES = 1;
    private static final int ENTRIES = 2;

    /** Enumeration and iterator: buckets from the highest index down, chains head first. */
    private class Enumerator<T> implements Enumeration<T>, Iterator<T> {
        final Entry<?, ?>[] table = Hashtable.this.table;
        int index = table.length;
        Entry<?, ?> entry;
        Entry<?, ?> lastReturned;
        final int type;
        /** False for Enumerations, whose remove is unsupported. */
        final boolean iterator;
        protected int expectedModCount = Hashtable.this.modCount;

        Enumerator(int type, boolean iterator) {
            this.type = type;
            this.iterator = iterator;
        }

        @Override public boolean hasMoreElements() {
            Entry<?, ?> e = entry;
            int i = index;
            Entry<?, ?>[] t = table;
            while (e == null && i > 0) {
                e = t[--i];
            }
            entry = e;
            index = i;
            return e != null;
        }

        @SuppressWarnings("unchecked")
        @Override public T nextElement() {
            Entry<?, ?> et = entry;
            int i = index;
            Entry<?, ?>[] t = table;
            while (et == null && i > 0) {
                et = t[--i];
            }
            entry = et;
            index = i;
            if (et != null) {
                Entry<?, ?> e = lastReturned = entry;
                entry = e.next;
                return type == KEYS ? (T) e.key : (type == VALUES ? (T) e.value : (T) e);
            }
            throw new NoSuchElementException("Hashtable Enumerator");
        }

        @Override public boolean hasNext() {
            return hasMoreElements();
        }

        @Override public T next() {
            if (Hashtable.this.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            return nextElement();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        @Override public void remove() {
            if (!iterator) {
                throw new UnsupportedOperationException();
            }
            if (lastReturned == null) {
                throw new IllegalStateException("Hashtable Enumerator");
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            synchronized (Hashtable.this) {
                Entry[] tab = Hashtable.this.table;
                int index = indexFor(lastReturned.hash, tab.length);
                Entry e = tab[index];
                for (Entry prev = null; e != null; prev = e, e = e.next) {
                    if (e == lastReturned) {
                        if (prev == null) {
                            tab[index] = e.next;
                        } else {
                            prev.next = e.next;
                        }
                        expectedModCount++;
                        lastReturned = null;
                        Hashtable.this.modCount++;
                        Hashtable.this.count--;
                        return;
                    }
                }
                throw new ConcurrentModificationException();
            }
        }
    }
}
