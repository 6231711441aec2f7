/*
 * @fileoverview A Map comparing keys (and, in remove(k, v)/containsValue/equals, values) by
 * reference and hashing with System.identityHashCode. A chained table with power-of-two
 * capacity; iteration order depends on identity hashes and so differs from HotSpot's, which
 * also varies from run to run there.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/** A Map using reference equality (==) for keys. */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final int DEFAULT_CAPACITY = 32;

    /** A chain node. */
    private static final class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        @Override public K getKey() {
            return key;
        }

        @Override public V getValue() {
            return value;
        }

        @Override public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && e.getKey() == key && e.getValue() == value;
        }

        @Override public int hashCode() {
            return System.identityHashCode(key) ^ System.identityHashCode(value);
        }

        @Override public String toString() {
            return key + "=" + value;
        }
    }

    private transient Node<K, V>[] table;
    private int size;
    private transient int modCount;

    /** An empty map expecting up to 21 entries. */
    public IdentityHashMap() {
        init(DEFAULT_CAPACITY);
    }

    /** An empty map expecting up to {@code expectedMaxSize} entries. */
    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        init(capacityFor(expectedMaxSize));
    }

    /** A map with the mappings of {@code m}. */
    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    private static int capacityFor(int expectedMaxSize) {
        int cap = 4;
        while (cap < expectedMaxSize + (expectedMaxSize >> 1) && cap < (1 << 29)) {
            cap <<= 1;
        }
        return cap;
    }

    @SuppressWarnings("unchecked")
    private void init(int capacity) {
        table = (Node<K, V>[]) new Node[capacity];
    }

    private static int hash(Object k, int length) {
        int h = System.identityHashCode(k);
        return (h ^ (h >>> 16)) & (length - 1);
    }

    private Node<K, V> getNode(Object key) {
        for (Node<K, V> e = table[hash(key, table.length)]; e != null; e = e.next) {
            if (e.key == key) {
                return e;
            }
        }
        return null;
    }

    @Override public int size() {
        return size;
    }

    @Override public boolean isEmpty() {
        return size == 0;
    }

    @Override public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    @Override public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override public boolean containsValue(Object value) {
        for (Node<K, V> head : table) {
            for (Node<K, V> e = head; e != null; e = e.next) {
                if (e.value == value) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override public V put(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            return old;
        }
        if (size + 1 > table.length - (table.length >> 2)) {
            resize();
        }
        int i = hash(key, table.length);
        table[i] = new Node<>(System.identityHashCode(key), key, value, table[i]);
        size++;
        modCount++;
        return null;
    }

    @SuppressWarnings("unchecked")
    private void resize() {
        Node<K, V>[] old = table;
        Node<K, V>[] tab = (Node<K, V>[]) new Node[old.length << 1];
        for (Node<K, V> head : old) {
            for (Node<K, V> e = head; e != null; ) {
                Node<K, V> next = e.next;
                int i = hash(e.key, tab.length);
                e.next = tab[i];
                tab[i] = e;
                e = next;
            }
        }
        table = tab;
    }

    @Override public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override public V remove(Object key) {
        Node<K, V> e = removeNode(key, null, false);
        return e == null ? null : e.value;
    }

    private Node<K, V> removeNode(Object key, Object value, boolean matchValue) {
        int i = hash(key, table.length);
        for (Node<K, V> e = table[i], prev = null; e != null; prev = e, e = e.next) {
            if (e.key == key) {
                if (matchValue && e.value != value) {
                    return null;
                }
                if (prev == null) {
                    table[i] = e.next;
                } else {
                    prev.next = e.next;
                }
                size--;
                modCount++;
                return e;
            }
        }
        return null;
    }

    @Override public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    /** Equal to a map with the same key-value reference pairs (AbstractMap rules otherwise). */
    @Override public boolean equals(Object o) {
        if (o == this) {
            return true;
        } else if (o instanceof IdentityHashMap<?, ?> m) {
            if (m.size() != size) {
                return false;
            }
            for (Node<K, V> head : table) {
                for (Node<K, V> e = head; e != null; e = e.next) {
                    if (!m.containsKey(e.key) || m.get(e.key) != e.value) {
                        return false;
                    }
                }
            }
            return true;
        } else {
            return super.equals(o);
        }
    }

    /** Sum of identityHashCode(key) ^ identityHashCode(value). */
    @Override public int hashCode() {
        int result = 0;
        for (Node<K, V> head : table) {
            for (Node<K, V> e = head; e != null; e = e.next) {
                result += e.hashCode();
            }
        }
        return result;
    }

    /** A shallow copy. */
    @SuppressWarnings("unchecked")
    @Override public Object clone() {
        try {
            IdentityHashMap<K, V> m = (IdentityHashMap<K, V>) super.clone();
            m.entrySet = null;
            m.init(table.length);
            m.size = 0;
            m.modCount = 0;
            for (Node<K, V> head : table) {
                for (Node<K, V> e = head; e != null; e = e.next) {
                    m.put(e.key, e.value);
                }
            }
            return m;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    private transient Set<Map.Entry<K, V>> entrySet;

    @Override public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                @Override public Iterator<Map.Entry<K, V>> iterator() {
                    return new NodeIterator();
                }

                @Override public int size() {
                    return size;
                }

                @Override public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry<?, ?> e)) {
                        return false;
                    }
                    Node<K, V> n = getNode(e.getKey());
                    return n != null && n.value == e.getValue();
                }

                @Override public boolean remove(Object o) {
                    return o instanceof Map.Entry<?, ?> e && removeNode(e.getKey(), e.getValue(), true) != null;
                }

                @Override public void clear() {
                    IdentityHashMap.this.clear();
                }
            };
            entrySet = es;
        }
        return es;
    }

    @Override public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new AbstractSet<K>() {
                @Override public Iterator<K> iterator() {
                    NodeIterator it = new NodeIterator();
                    return new Iterator<K>() {
                        @Override public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override public K next() {
                            return it.next().getKey();
                        }

                        @Override public void remove() {
                            it.remove();
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
                    return removeNode(o, null, false) != null;
                }

                @Override public void clear() {
                    IdentityHashMap.this.clear();
                }
            };
            keySet = ks;
        }
        return ks;
    }

    /** Values view; contains and remove compare by reference, like the map. */
    @Override public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                @Override public Iterator<V> iterator() {
                    NodeIterator it = new NodeIterator();
                    return new Iterator<V>() {
                        @Override public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override public V next() {
                            return it.next().getValue();
                        }

                        @Override public void remove() {
                            it.remove();
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
                    for (Iterator<V> i = iterator(); i.hasNext(); ) {
                        if (i.next() == o) {
                            i.remove();
                            return true;
                        }
                    }
                    return false;
                }

                @Override public void clear() {
                    IdentityHashMap.this.clear();
                }
            };
            values = vs;
        }
        return vs;
    }

    /** Fail-fast iterator over the chains. */
    private final class NodeIterator implements Iterator<Map.Entry<K, V>> {
        private int index;
        private Node<K, V> next;
        private Node<K, V> current;
        private int expectedModCount = modCount;

        NodeIterator() {
            advance(null);
        }

        private void advance(Node<K, V> from) {
            next = (from == null) ? null : from.next;
            while (next == null && index < table.length) {
                next = table[index++];
            }
        }

        @Override public boolean hasNext() {
            return next != null;
        }

        @Override public Map.Entry<K, V> next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (next == null) {
                throw new NoSuchElementException();
            }
            current = next;
            advance(current);
            return current;
        }

        @Override public void remove() {
            if (current == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            removeNode(current.key, null, false);
            current = null;
            expectedModCount = modCount;
        }
    }

    @Override public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        for (Node<K, V> head : table) {
            for (Node<K, V> e = head; e != null; e = e.next) {
                action.accept(e.key, e.value);
                if (modCount != expectedModCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    @Override public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        for (Node<K, V> head : table) {
            for (Node<K, V> e = head; e != null; e = e.next) {
                e.value = function.apply(e.key, e.value);
                if (modCount != expectedModCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }
}
