/*
 * @fileoverview The unmodifiable collections behind List.of, Set.of, Map.of and their copyOf
 * variants: nulls are rejected with NullPointerException, mutators throw
 * UnsupportedOperationException. Unlike the JDK (which salts Set.of/Map.of iteration order per
 * run), sets and maps here iterate in argument order; lookups use an open-addressing index table.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Holder of the immutable collection classes and their factories. */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    /** Marks the absent second element of List12 and Set12. */
    static final Object EMPTY = new Object();

    /** The exception every mutator throws. */
    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---- factories used by List, Set and Map ----

    /** The shared empty list. */
    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) ListN.EMPTY_LIST;
    }

    /** The shared empty set. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) SetN.EMPTY_SET;
    }

    /** The shared empty map. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) MapN.EMPTY_MAP;
    }

    /** A list over a copy of {@code input}, rejecting nulls. */
    @SuppressWarnings("unchecked")
    static <E> List<E> listFromArray(E... input) {
        Object[] tmp = new Object[input.length];
        for (int i = 0; i < input.length; i++) {
            tmp[i] = Objects.requireNonNull(input[i]);
        }
        return new ListN<>((E[]) tmp);
    }

    /** A list over {@code input} itself (a fresh varargs array), rejecting nulls. */
    @SuppressWarnings("unchecked")
    static <E> List<E> listFromTrustedArray(Object... input) {
        for (Object o : input) {
            Objects.requireNonNull(o);
        }
        switch (input.length) {
            case 0:
                return (List<E>) ListN.EMPTY_LIST;
            case 1:
                return new List12<>((E) input[0]);
            case 2:
                return new List12<>((E) input[0], (E) input[1]);
            default:
                return new ListN<>((E[]) input);
        }
    }

    /** List.copyOf: immutable lists (but not sublists) are returned as they are. */
    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableList && coll.getClass() != SubList.class) {
            return (List<E>) coll;
        } else {
            return listFromTrustedArray(coll.toArray());
        }
    }

    /** Set.copyOf: immutable sets are returned as they are; duplicates are dropped. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableSet) {
            return (Set<E>) coll;
        } else {
            return (Set<E>) Set.of(new HashSet<>(coll).toArray());
        }
    }

    /** A map of an array of Map.Entry objects (Map.ofEntries, Map.copyOf). */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOfEntries(Object[] entries) {
        if (entries.length == 0) {
            return emptyMap();
        } else if (entries.length == 1) {
            Map.Entry<K, V> e = (Map.Entry<K, V>) entries[0];
            return new Map1<>(e.getKey(), e.getValue());
        } else {
            Object[] kva = new Object[entries.length << 1];
            int a = 0;
            for (Object o : entries) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                kva[a++] = entry.getKey();
                kva[a++] = entry.getValue();
            }
            return new MapN<>(kva);
        }
    }

    /** Smallest power-of-two index table with load at most one half. */
    static int tableSize(int n) {
        int size = 2;
        while (size < 2 * n) {
            size <<= 1;
        }
        return size;
    }

    /** Spreads hash bits so that sequential hash codes do not cluster. */
    static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    // ---- collections ----

    /** Base class: every mutator throws UnsupportedOperationException. */
    abstract static class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        @Override public boolean add(E e) {
            throw uoe();
        }

        @Override public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        @Override public void clear() {
            throw uoe();
        }

        @Override public boolean remove(Object o) {
            throw uoe();
        }

        @Override public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        @Override public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        @Override public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    /** Base class of the immutable lists (List12, ListN, SubList). */
    abstract static class AbstractImmutableList<E> extends AbstractImmutableCollection<E>
            implements List<E>, RandomAccess {
        @Override public void add(int index, E element) {
            throw uoe();
        }

        @Override public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        @Override public E remove(int index) {
            throw uoe();
        }

        @Override public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        @Override public E set(int index, E element) {
            throw uoe();
        }

        @Override public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        @Override public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return SubList.fromList(this, fromIndex, toIndex);
        }

        @Override public Iterator<E> iterator() {
            return new ListItr<>(this, size());
        }

        @Override public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override public ListIterator<E> listIterator(final int index) {
            int size = size();
            if (index < 0 || index > size) {
                throw outOfBounds(index);
            }
            return new ListItr<>(this, size, index);
        }

        @Override public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof List)) {
                return false;
            }
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !get(i).equals(oit.next())) {
                    return false;
                }
            }
            return !oit.hasNext();
        }

        @Override public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) {
                hash = 31 * hash + get(i).hashCode();
            }
            return hash;
        }

        @Override public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0, s = size(); i < s; i++) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        @Override public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size() - 1; i >= 0; i--) {
                if (o.equals(get(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** The JDK's message format for these lists ("Index: 3 Size: 2"). */
        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
        }
    }

    /** Read-only list iterator over an immutable list. */
    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private final boolean isListIterator;
        private int cursor;

        /** A plain iterator from the start. */
        ListItr(List<E> list, int size) {
            this.list = list;
            this.size = size;
            this.cursor = 0;
            isListIterator = false;
        }

        /** A list iterator from {@code index}. */
        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
            isListIterator = true;
        }

        @Override public boolean hasNext() {
            return cursor != size;
        }

        @Override public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        @Override public void remove() {
            throw uoe();
        }

        @Override public boolean hasPrevious() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor != 0;
        }

        @Override public E previous() {
            if (!isListIterator) {
                throw uoe();
            }
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        @Override public int nextIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor;
        }

        @Override public int previousIndex() {
            if (!isListIterator) {
                throw uoe();
            }
            return cursor - 1;
        }

        @Override public void set(E e) {
            throw uoe();
        }

        @Override public void add(E e) {
            throw uoe();
        }
    }

    /** A view of a range of an immutable list. */
    static final class SubList<E> extends AbstractImmutableList<E> {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        private SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        /** A sublist of a sublist shares the root list. */
        static <E> SubList<E> fromList(AbstractImmutableList<E> list, int fromIndex, int toIndex) {
            if (list instanceof SubList<E> sub) {
                return new SubList<>(sub.root, sub.offset + fromIndex, toIndex - fromIndex);
            }
            return new SubList<>(list, fromIndex, toIndex - fromIndex);
        }

        @Override public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        @Override public int size() {
            return size;
        }
    }

    /** An immutable list of one or two elements. */
    static final class List12<E> extends AbstractImmutableList<E> {
        private final E e0;
        private final Object e1;

        /** A one-element list. */
        List12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = EMPTY;
        }

        /** A two-element list. */
        List12(E e0, E e1) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = Objects.requireNonNull(e1);
        }

        @Override public int size() {
            return e1 != EMPTY ? 2 : 1;
        }

        @Override public boolean isEmpty() {
            return false;
        }

        @SuppressWarnings("unchecked")
        @Override public E get(int index) {
            if (index == 0) {
                return e0;
            } else if (index == 1 && e1 != EMPTY) {
                return (E) e1;
            }
            throw outOfBounds(index);
        }

        @Override public Object[] toArray() {
            return e1 == EMPTY ? new Object[] {e0} : new Object[] {e0, e1};
        }
    }

    /** An immutable list backed by an array (also the empty list). */
    static final class ListN<E> extends AbstractImmutableList<E> {
        /** The shared empty list. */
        static final List<?> EMPTY_LIST = new ListN<>(new Object[0]);

        private final E[] elements;

        /** Wraps {@code array}, which must not be shared with anyone else. */
        ListN(E[] array) {
            elements = array;
        }

        @Override public boolean isEmpty() {
            return elements.length == 0;
        }

        @Override public int size() {
            return elements.length;
        }

        @Override public E get(int index) {
            return elements[index];
        }

        @Override public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length, Object[].class);
        }
    }

    // ---- sets ----

    /** Base class of the immutable sets. */
    abstract static class AbstractImmutableSet<E> extends AbstractImmutableCollection<E>
            implements Set<E> {
        @Override public boolean equals(Object o) {
            if (o == this) {
                return true;
            } else if (!(o instanceof Set)) {
                return false;
            }
            Collection<?> c = (Collection<?>) o;
            if (c.size() != size()) {
                return false;
            }
            for (Object e : c) {
                if (e == null || !contains(e)) {
                    return false;
                }
            }
            return true;
        }

        @Override public abstract int hashCode();
    }

    /** An immutable set of one or two elements. */
    static final class Set12<E> extends AbstractImmutableSet<E> {
        private final E e0;
        private final Object e1;

        /** A one-element set. */
        Set12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = EMPTY;
        }

        /** A two-element set; equal elements are rejected. */
        Set12(E e0, E e1) {
            if (e0.equals(Objects.requireNonNull(e1))) {
                throw new IllegalArgumentException("duplicate element: " + e0);
            }
            this.e0 = e0;
            this.e1 = e1;
        }

        @Override public int size() {
            return (e1 == EMPTY) ? 1 : 2;
        }

        @Override public boolean isEmpty() {
            return false;
        }

        @Override public boolean contains(Object o) {
            return o.equals(e0) || e1.equals(o);
        }

        @Override public int hashCode() {
            return e0.hashCode() + (e1 == EMPTY ? 0 : e1.hashCode());
        }

        @Override public Iterator<E> iterator() {
            return new Iterator<>() {
                private int idx = size();

                @Override public boolean hasNext() {
                    return idx > 0;
                }

                @SuppressWarnings("unchecked")
                @Override public E next() {
                    if (idx == size()) {
                        idx--;
                        return e0;
                    } else if (idx == 1 && e1 != EMPTY) {
                        idx = 0;
                        return (E) e1;
                    }
                    throw new NoSuchElementException();
                }
            };
        }

        @Override public Object[] toArray() {
            return e1 == EMPTY ? new Object[] {e0} : new Object[] {e0, e1};
        }
    }

    /** An immutable set of any size, iterating in argument order. */
    static final class SetN<E> extends AbstractImmutableSet<E> {
        /** The shared empty set. */
        static final Set<?> EMPTY_SET = new SetN<>();

        private final Object[] elements;
        private final int[] index;
        private final int size;

        /** Builds the set, rejecting nulls and duplicates. */
        SetN(Object... input) {
            elements = new Object[input.length];
            index = new int[tableSize(input.length)];
            int n = 0;
            for (Object e : input) {
                int slot = probe(e, n);
                if (slot >= 0) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
                elements[n] = e;
                index[-(slot + 1)] = ++n;
            }
            size = n;
        }

        /** Slot of {@code pk} among the first {@code n} elements, or -(free table slot + 1). */
        private int probe(Object pk, int n) {
            int mask = index.length - 1;
            int i = mix(pk.hashCode()) & mask;
            while (true) {
                int entry = index[i];
                if (entry == 0) {
                    return -(i + 1);
                } else if (pk.equals(elements[entry - 1])) {
                    return entry - 1;
                }
                i = (i + 1) & mask;
            }
        }

        @Override public int size() {
            return size;
        }

        @Override public boolean isEmpty() {
            return size == 0;
        }

        @Override public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return size > 0 && probe(o, size) >= 0;
        }

        @Override public int hashCode() {
            int h = 0;
            for (int i = 0; i < size; i++) {
                h += elements[i].hashCode();
            }
            return h;
        }

        @Override public Iterator<E> iterator() {
            return new Iterator<>() {
                private int i;

                @Override public boolean hasNext() {
                    return i < size;
                }

                @SuppressWarnings("unchecked")
                @Override public E next() {
                    if (i >= size) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[i++];
                }
            };
        }

        @Override public Object[] toArray() {
            return Arrays.copyOf(elements, size);
        }
    }

    // ---- maps ----

    /** Base class of the immutable maps: every mutator throws. */
    abstract static class AbstractImmutableMap<K, V> extends AbstractMap<K, V> {
        @Override public void clear() {
            throw uoe();
        }

        @Override public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        @Override public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) {
            throw uoe();
        }

        @Override public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) {
            throw uoe();
        }

        @Override public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) {
            throw uoe();
        }

        @Override public V put(K key, V value) {
            throw uoe();
        }

        @Override public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        @Override public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        @Override public V remove(Object key) {
            throw uoe();
        }

        @Override public boolean remove(Object key, Object value) {
            throw uoe();
        }

        @Override public V replace(K key, V value) {
            throw uoe();
        }

        @Override public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        @Override public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        @Override public V getOrDefault(Object key, V defaultValue) {
            V v;
            return ((v = get(key)) != null) ? v : defaultValue;
        }
    }

    /** An immutable map of exactly one mapping. */
    static final class Map1<K, V> extends AbstractImmutableMap<K, V> {
        private final K k0;
        private final V v0;

        /** Creates the map, rejecting nulls. */
        Map1(K k0, V v0) {
            this.k0 = Objects.requireNonNull(k0);
            this.v0 = Objects.requireNonNull(v0);
        }

        @Override public Set<Map.Entry<K, V>> entrySet() {
            return Set.of(new KeyValueHolder<>(k0, v0));
        }

        @Override public V get(Object o) {
            return o.equals(k0) ? v0 : null;
        }

        @Override public boolean containsKey(Object o) {
            return o.equals(k0);
        }

        @Override public boolean containsValue(Object o) {
            return o.equals(v0);
        }

        @Override public int size() {
            return 1;
        }

        @Override public boolean isEmpty() {
            return false;
        }

        @Override public int hashCode() {
            return k0.hashCode() ^ v0.hashCode();
        }
    }

    /** An immutable map of any size, iterating in argument order. */
    static final class MapN<K, V> extends AbstractImmutableMap<K, V> {
        /** The shared empty map. */
        static final Map<?, ?> EMPTY_MAP = new MapN<>();

        private final Object[] keys;
        private final Object[] values;
        private final int[] index;
        private final int size;

        /** Builds the map from alternating keys and values, rejecting nulls and duplicate keys. */
        MapN(Object... input) {
            int n = input.length >> 1;
            keys = new Object[n];
            values = new Object[n];
            index = new int[tableSize(n)];
            int count = 0;
            for (int i = 0; i < input.length; i += 2) {
                Object k = Objects.requireNonNull(input[i]);
                Object v = Objects.requireNonNull(input[i + 1]);
                int slot = probe(k, count);
                if (slot >= 0) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
                keys[count] = k;
                values[count] = v;
                index[-(slot + 1)] = ++count;
            }
            size = count;
        }

        /** Slot of {@code pk} among the first {@code n} keys, or -(free table slot + 1). */
        private int probe(Object pk, int n) {
            int mask = index.length - 1;
            int i = mix(pk.hashCode()) & mask;
            while (true) {
                int entry = index[i];
                if (entry == 0) {
                    return -(i + 1);
                } else if (pk.equals(keys[entry - 1])) {
                    return entry - 1;
                }
                i = (i + 1) & mask;
            }
        }

        @Override public boolean containsKey(Object o) {
            Objects.requireNonNull(o);
            return size > 0 && probe(o, size) >= 0;
        }

        @Override public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < size; i++) {
                if (o.equals(values[i])) {
                    return true;
                }
            }
            return false;
        }

        @Override public int hashCode() {
            int hash = 0;
            for (int i = 0; i < size; i++) {
                hash += keys[i].hashCode() ^ values[i].hashCode();
            }
            return hash;
        }

        @SuppressWarnings("unchecked")
        @Override public V get(Object o) {
            if (size == 0) {
                Objects.requireNonNull(o);
                return null;
            }
            int i = probe(o, size);
            return i >= 0 ? (V) values[i] : null;
        }

        @Override public int size() {
            return size;
        }

        @Override public boolean isEmpty() {
            return size == 0;
        }

        @Override public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<>() {
                @Override public int size() {
                    return MapN.this.size;
                }

                @Override public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override public boolean hasNext() {
                            return i < size;
                        }

                        @SuppressWarnings("unchecked")
                        @Override public Map.Entry<K, V> next() {
                            if (i >= size) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, V> e = new KeyValueHolder<>((K) keys[i], (V) values[i]);
                            i++;
                            return e;
                        }
                    };
                }
            };
        }
    }
}
