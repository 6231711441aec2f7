/*
 * @fileoverview The values and entry-set views of a TreeMap and its fail-fast in-order
 * iterators (ascending entries, values and keys; descending keys).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Holder of TreeMap's view and iterator classes. */
final class TreeMapViews {
    private TreeMapViews() {
    }

    /** Values in key order. */
    static final class Values<K, V> extends AbstractCollection<V> {
        private final TreeMap<K, V> m;

        Values(TreeMap<K, V> m) {
            this.m = m;
        }

        @Override public Iterator<V> iterator() {
            return new ValueIterator<>(m, m.getFirstEntry());
        }

        @Override public int size() {
            return m.size();
        }

        @Override public boolean contains(Object o) {
            return m.containsValue(o);
        }

        @Override public boolean remove(Object o) {
            for (TreeMap.Entry<K, V> e = m.getFirstEntry(); e != null; e = TreeMap.successor(e)) {
                if (TreeMap.valEquals(e.getValue(), o)) {
                    m.deleteEntry(e);
                    return true;
                }
            }
            return false;
        }

        @Override public void clear() {
            m.clear();
        }
    }

    /** Mappings in key order. */
    static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final TreeMap<K, V> m;

        EntrySet(TreeMap<K, V> m) {
            this.m = m;
        }

        @Override public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(m, m.getFirstEntry());
        }

        @Override public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object value = entry.getValue();
            TreeMap.Entry<K, V> p = m.getEntry(entry.getKey());
            return p != null && TreeMap.valEquals(p.getValue(), value);
        }

        @Override public boolean remove(Object o) {
            if (!(o instanceof Map.Entry<?, ?> entry)) {
                return false;
            }
            Object value = entry.getValue();
            TreeMap.Entry<K, V> p = m.getEntry(entry.getKey());
            if (p != null && TreeMap.valEquals(p.getValue(), value)) {
                m.deleteEntry(p);
                return true;
            }
            return false;
        }

        @Override public int size() {
            return m.size();
        }

        @Override public void clear() {
            m.clear();
        }
    }

    /** Fail-fast in-order iterator over the entries of {@code m}. */
    abstract static class PrivateEntryIterator<K, V, T> implements Iterator<T> {
        final TreeMap<K, V> m;
        TreeMap.Entry<K, V> next;
        TreeMap.Entry<K, V> lastReturned;
        int expectedModCount;

        PrivateEntryIterator(TreeMap<K, V> m, TreeMap.Entry<K, V> first) {
            this.m = m;
            expectedModCount = m.modCount;
            lastReturned = null;
            next = first;
        }

        @Override public final boolean hasNext() {
            return next != null;
        }

        final TreeMap.Entry<K, V> nextEntry() {
            TreeMap.Entry<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = TreeMap.successor(e);
            lastReturned = e;
            return e;
        }

        final TreeMap.Entry<K, V> prevEntry() {
            TreeMap.Entry<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = TreeMap.predecessor(e);
            lastReturned = e;
            return e;
        }

        @Override public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            // deleting a node with two children moves its successor's contents into it
            if (lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            m.deleteEntry(lastReturned);
            expectedModCount = m.modCount;
            lastReturned = null;
        }
    }

    /** Ascending entries. */
    static final class EntryIterator<K, V> extends PrivateEntryIterator<K, V, Map.Entry<K, V>> {
        EntryIterator(TreeMap<K, V> m, TreeMap.Entry<K, V> first) {
            super(m, first);
        }

        @Override public Map.Entry<K, V> next() {
            return nextEntry();
        }
    }

    /** Ascending values. */
    static final class ValueIterator<K, V> extends PrivateEntryIterator<K, V, V> {
        ValueIterator(TreeMap<K, V> m, TreeMap.Entry<K, V> first) {
            super(m, first);
        }

        @Override public V next() {
            return nextEntry().value;
        }
    }

    /** Ascending keys. */
    static final class KeyIterator<K, V> extends PrivateEntryIterator<K, V, K> {
        KeyIterator(TreeMap<K, V> m, TreeMap.Entry<K, V> first) {
            super(m, first);
        }

        @Override public K next() {
            return nextEntry().key;
        }
    }

    /** Descending keys; removal needs no cursor fix-up (the successor copy happens above). */
    static final class DescendingKeyIterator<K, V> extends PrivateEntryIterator<K, V, K> {
        DescendingKeyIterator(TreeMap<K, V> m, TreeMap.Entry<K, V> first) {
            super(m, first);
        }

        @Override public K next() {
            return prevEntry().key;
        }

        @Override public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            m.deleteEntry(lastReturned);
            lastReturned = null;
            expectedModCount = m.modCount;
        }
    }
}
