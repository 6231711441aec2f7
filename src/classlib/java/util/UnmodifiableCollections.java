/*
 * @fileoverview The read-only views returned by Collections.unmodifiable* (and used for the
 * empty sorted/navigable sets and maps): reads delegate, every mutator (including iterator
 * removal and Map.Entry.setValue) throws UnsupportedOperationException. As in the JDK, a plain
 * unmodifiable Collection keeps identity equals; Set, List and Map views delegate equals.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Holder of the unmodifiable view classes. */
final class UnmodifiableCollections {
    private UnmodifiableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    /** Read-only view of a Collection. */
    static class UnmodifiableCollection<E> implements Collection<E>, java.io.Serializable {
        final Collection<? extends E> c;

        UnmodifiableCollection(Collection<? extends E> c) {
            if (c == null) {
                throw new NullPointerException();
            }
            this.c = c;
        }

        @Override public int size() {
            return c.size();
        }

        @Override public boolean isEmpty() {
            return c.isEmpty();
        }

        @Override public boolean contains(Object o) {
            return c.contains(o);
        }

        @Override public Object[] toArray() {
            return c.toArray();
        }

        @Override public <T> T[] toArray(T[] a) {
            return c.toArray(a);
        }

        @Override public <T> T[] toArray(IntFunction<T[]> f) {
            return c.toArray(f);
        }

        @Override public String toString() {
            return c.toString();
        }

        @Override public Iterator<E> iterator() {
            return new Iterator<E>() {
                private final Iterator<? extends E> i = c.iterator();

                @Override public boolean hasNext() {
                    return i.hasNext();
                }

                @Override public E next() {
                    return i.next();
                }

                @Override public void remove() {
                    throw uoe();
                }

                @Override public void forEachRemaining(Consumer<? super E> action) {
                    i.forEachRemaining(action);
                }
            };
        }

        @Override public boolean add(E e) {
            throw uoe();
        }

        @Override public boolean remove(Object o) {
            throw uoe();
        }

        @Override public boolean containsAll(Collection<?> coll) {
            return c.containsAll(coll);
        }

        @Override public boolean addAll(Collection<? extends E> coll) {
            throw uoe();
        }

        @Override public boolean removeAll(Collection<?> coll) {
            throw uoe();
        }

        @Override public boolean retainAll(Collection<?> coll) {
            throw uoe();
        }

        @Override public void clear() {
            throw uoe();
        }

        @Override public void forEach(Consumer<? super E> action) {
            c.forEach(action);
        }

        @Override public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }
    }

    /** Read-only view of a Set. */
    static class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements Set<E> {
        UnmodifiableSet(Set<? extends E> s) {
            super(s);
        }

        @Override public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        @Override public int hashCode() {
            return c.hashCode();
        }
    }

    /** Read-only view of a SortedSet. */
    static class UnmodifiableSortedSet<E> extends UnmodifiableSet<E> implements SortedSet<E> {
        private final SortedSet<E> ss;

        UnmodifiableSortedSet(SortedSet<E> s) {
            super(s);
            ss = s;
        }

        @Override public Comparator<? super E> comparator() {
            return ss.comparator();
        }

        @Override public SortedSet<E> subSet(E fromElement, E toElement) {
            return new UnmodifiableSortedSet<>(ss.subSet(fromElement, toElement));
        }

        @Override public SortedSet<E> headSet(E toElement) {
            return new UnmodifiableSortedSet<>(ss.headSet(toElement));
        }

        @Override public SortedSet<E> tailSet(E fromElement) {
            return new UnmodifiableSortedSet<>(ss.tailSet(fromElement));
        }

        @Override public E first() {
            return ss.first();
        }

        @Override public E last() {
            return ss.last();
        }
    }

    /** Read-only view of a NavigableSet. */
    static class UnmodifiableNavigableSet<E> extends UnmodifiableSortedSet<E> implements NavigableSet<E> {
        /** Backs Collections.emptySortedSet/emptyNavigableSet. */
        static final NavigableSet<?> EMPTY_NAVIGABLE_SET = new UnmodifiableNavigableSet<>(new TreeSet<>());

        private final NavigableSet<E> ns;

        UnmodifiableNavigableSet(NavigableSet<E> s) {
            super(s);
            ns = s;
        }

        @Override public E lower(E e) {
            return ns.lower(e);
        }

        @Override public E floor(E e) {
            return ns.floor(e);
        }

        @Override public E ceiling(E e) {
            return ns.ceiling(e);
        }

        @Override public E higher(E e) {
            return ns.higher(e);
        }

        @Override public E pollFirst() {
            throw uoe();
        }

        @Override public E pollLast() {
            throw uoe();
        }

        @Override public NavigableSet<E> descendingSet() {
            return new UnmodifiableNavigableSet<>(ns.descendingSet());
        }

        @Override public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return new UnmodifiableNavigableSet<>(ns.subSet(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return new UnmodifiableNavigableSet<>(ns.headSet(toElement, inclusive));
        }

        @Override public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return new UnmodifiableNavigableSet<>(ns.tailSet(fromElement, inclusive));
        }
    }

    /** Read-only view of a List. */
    static class UnmodifiableList<E> extends UnmodifiableCollection<E> implements List<E> {
        final List<? extends E> list;

        UnmodifiableList(List<? extends E> list) {
            super(list);
            this.list = list;
        }

        @Override public boolean equals(Object o) {
            return o == this || list.equals(o);
        }

        @Override public int hashCode() {
            return list.hashCode();
        }

        @Override public E get(int index) {
            return list.get(index);
        }

        @Override public E set(int index, E element) {
            throw uoe();
        }

        @Override public void add(int index, E element) {
            throw uoe();
        }

        @Override public E remove(int index) {
            throw uoe();
        }

        @Override public int indexOf(Object o) {
            return list.indexOf(o);
        }

        @Override public int lastIndexOf(Object o) {
            return list.lastIndexOf(o);
        }

        @Override public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        @Override public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        @Override public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        @Override public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override public ListIterator<E> listIterator(final int index) {
            return new ListIterator<E>() {
                private final ListIterator<? extends E> i = list.listIterator(index);

                @Override public boolean hasNext() {
                    return i.hasNext();
                }

                @Override public E next() {
                    return i.next();
                }

                @Override public boolean hasPrevious() {
                    return i.hasPrevious();
                }

                @Override public E previous() {
                    return i.previous();
                }

                @Override public int nextIndex() {
                    return i.nextIndex();
                }

                @Override public int previousIndex() {
                    return i.previousIndex();
                }

                @Override public void remove() {
                    throw uoe();
                }

                @Override public void set(E e) {
                    throw uoe();
                }

                @Override public void add(E e) {
                    throw uoe();
                }

                @Override public void forEachRemaining(Consumer<? super E> action) {
                    i.forEachRemaining(action);
                }
            };
        }

        @Override public List<E> subList(int fromIndex, int toIndex) {
            return new UnmodifiableList<>(list.subList(fromIndex, toIndex));
        }
    }

    /** Read-only view of a RandomAccess List. */
    static class UnmodifiableRandomAccessList<E> extends UnmodifiableList<E> implements RandomAccess {
        UnmodifiableRandomAccessList(List<? extends E> list) {
            super(list);
        }

        @Override public List<E> subList(int fromIndex, int toIndex) {
            return new UnmodifiableRandomAccessList<>(list.subList(fromIndex, toIndex));
        }
    }

    /** Read-only view of a Map. */
    static class UnmodifiableMap<K, V> implements Map<K, V>, java.io.Serializable {
        final Map<? extends K, ? extends V> m;
        private transient Set<K> keySet;
        private transient Set<Map.Entry<K, V>> entrySet;
        private transient Collection<V> values;

        UnmodifiableMap(Map<? extends K, ? extends V> m) {
            if (m == null) {
                throw new NullPointerException();
            }
            this.m = m;
        }

        @Override public int size() {
            return m.size();
        }

        @Override public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        @Override public boolean containsValue(Object val) {
            return m.containsValue(val);
        }

        @Override public V get(Object key) {
            return m.get(key);
        }

        @Override public V put(K key, V value) {
            throw uoe();
        }

        @Override public V remove(Object key) {
            throw uoe();
        }

        @Override public void putAll(Map<? extends K, ? extends V> map) {
            throw uoe();
        }

        @Override public void clear() {
            throw uoe();
        }

        @Override public Set<K> keySet() {
            if (keySet == null) {
                keySet = Collections.unmodifiableSet(m.keySet());
            }
            return keySet;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        @Override public Set<Map.Entry<K, V>> entrySet() {
            if (entrySet == null) {
                entrySet = new UnmodifiableEntrySet<>((Set) m.entrySet());
            }
            return entrySet;
        }

        @Override public Collection<V> values() {
            if (values == null) {
                values = Collections.unmodifiableCollection(m.values());
            }
            return values;
        }

        @Override public boolean equals(Object o) {
            return o == this || m.equals(o);
        }

        @Override public int hashCode() {
            return m.hashCode();
        }

        @Override public String toString() {
            return m.toString();
        }

        @SuppressWarnings("unchecked")
        @Override public V getOrDefault(Object k, V defaultValue) {
            return ((Map<K, V>) m).getOrDefault(k, defaultValue);
        }

        @Override public void forEach(BiConsumer<? super K, ? super V> action) {
            m.forEach(action);
        }

        @Override public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            throw uoe();
        }

        @Override public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        @Override public boolean remove(Object key, Object value) {
            throw uoe();
        }

        @Override public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        @Override public V replace(K key, V value) {
            throw uoe();
        }

        @Override public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
            throw uoe();
        }

        @Override public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            throw uoe();
        }

        @Override public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            throw uoe();
        }

        @Override public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            throw uoe();
        }
    }

    /** Entry set of an unmodifiable map: hands out entries whose setValue throws. */
    static class UnmodifiableEntrySet<K, V> extends UnmodifiableSet<Map.Entry<K, V>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        UnmodifiableEntrySet(Set<? extends Map.Entry<? extends K, ? extends V>> s) {
            super((Set) s);
        }

        @Override public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            Objects.requireNonNull(action);
            c.forEach(e -> action.accept(new UnmodifiableEntry<>(e)));
        }

        @Override public Iterator<Map.Entry<K, V>> iterator() {
            return new Iterator<Map.Entry<K, V>>() {
                private final Iterator<? extends Map.Entry<K, V>> i = c.iterator();

                @Override public boolean hasNext() {
                    return i.hasNext();
                }

                @Override public Map.Entry<K, V> next() {
                    return new UnmodifiableEntry<>(i.next());
                }

                @Override public void remove() {
                    throw uoe();
                }
            };
        }

        @Override public Object[] toArray() {
            Object[] a = c.toArray();
            for (int i = 0; i < a.length; i++) {
                a[i] = new UnmodifiableEntry<>((Map.Entry<?, ?>) a[i]);
            }
            return a;
        }

        @SuppressWarnings("unchecked")
        @Override public <T> T[] toArray(T[] a) {
            Object[] arr = c.toArray(a.length == 0 ? a : Arrays.copyOf(a, 0));
            for (int i = 0; i < arr.length; i++) {
                arr[i] = new UnmodifiableEntry<>((Map.Entry<?, ?>) arr[i]);
            }
            if (arr.length > a.length) {
                return (T[]) arr;
            }
            System.arraycopy(arr, 0, a, 0, arr.length);
            if (a.length > arr.length) {
                a[arr.length] = null;
            }
            return a;
        }

        @Override public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            return c.contains(new UnmodifiableEntry<>((Map.Entry<?, ?>) o));
        }

        @Override public boolean containsAll(Collection<?> coll) {
            for (Object e : coll) {
                if (!contains(e)) {
                    return false;
                }
            }
            return true;
        }

        @Override public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (!(o instanceof Set<?> s)) {
                return false;
            }
            if (s.size() != c.size()) {
                return false;
            }
            return containsAll(s);
        }
    }

    /** A Map.Entry whose setValue throws. */
    static class UnmodifiableEntry<K, V> implements Map.Entry<K, V> {
        private final Map.Entry<? extends K, ? extends V> e;

        UnmodifiableEntry(Map.Entry<? extends K, ? extends V> e) {
            this.e = Objects.requireNonNull(e);
        }

        @Override public K getKey() {
            return e.getKey();
        }

        @Override public V getValue() {
            return e.getValue();
        }

        @Override public V setValue(V value) {
            throw uoe();
        }

        @Override public int hashCode() {
            return e.hashCode();
        }

        @Override public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Map.Entry<?, ?> t)) {
                return false;
            }
            return Objects.equals(e.getKey(), t.getKey()) && Objects.equals(e.getValue(), t.getValue());
        }

        @Override public String toString() {
            return e.toString();
        }
    }

    /** Read-only view of a SortedMap. */
    static class UnmodifiableSortedMap<K, V> extends UnmodifiableMap<K, V> implements SortedMap<K, V> {
        private final SortedMap<K, ? extends V> sm;

        UnmodifiableSortedMap(SortedMap<K, ? extends V> m) {
            super(m);
            sm = m;
        }

        @Override public Comparator<? super K> comparator() {
            return sm.comparator();
        }

        @Override public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return new UnmodifiableSortedMap<>(sm.subMap(fromKey, toKey));
        }

        @Override public SortedMap<K, V> headMap(K toKey) {
            return new UnmodifiableSortedMap<>(sm.headMap(toKey));
        }

        @Override public SortedMap<K, V> tailMap(K fromKey) {
            return new UnmodifiableSortedMap<>(sm.tailMap(fromKey));
        }

        @Override public K firstKey() {
            return sm.firstKey();
        }

        @Override public K lastKey() {
            return sm.lastKey();
        }
    }

    /** Read-only view of a NavigableMap; returned entries are read-only too. */
    static class UnmodifiableNavigableMap<K, V> extends UnmodifiableSortedMap<K, V> implements NavigableMap<K, V> {
        /** Backs Collections.emptySortedMap/emptyNavigableMap. */
        static final NavigableMap<?, ?> EMPTY_NAVIGABLE_MAP = new UnmodifiableNavigableMap<>(new TreeMap<>());

        private final NavigableMap<K, ? extends V> nm;

        UnmodifiableNavigableMap(NavigableMap<K, ? extends V> m) {
            super(m);
            nm = m;
        }

        private static <K, V> Map.Entry<K, V> wrap(Map.Entry<K, ? extends V> e) {
            return (e == null) ? null : new UnmodifiableEntry<>(e);
        }

        @Override public K lowerKey(K key) {
            return nm.lowerKey(key);
        }

        @Override public K floorKey(K key) {
            return nm.floorKey(key);
        }

        @Override public K ceilingKey(K key) {
            return nm.ceilingKey(key);
        }

        @Override public K higherKey(K key) {
            return nm.higherKey(key);
        }

        @Override public Map.Entry<K, V> lowerEntry(K key) {
            return wrap(nm.lowerEntry(key));
        }

        @Override public Map.Entry<K, V> floorEntry(K key) {
            return wrap(nm.floorEntry(key));
        }

        @Override public Map.Entry<K, V> ceilingEntry(K key) {
            return wrap(nm.ceilingEntry(key));
        }

        @Override public Map.Entry<K, V> higherEntry(K key) {
            return wrap(nm.higherEntry(key));
        }

        @Override public Map.Entry<K, V> firstEntry() {
            return wrap(nm.firstEntry());
        }

        @Override public Map.Entry<K, V> lastEntry() {
            return wrap(nm.lastEntry());
        }

        @Override public Map.Entry<K, V> pollFirstEntry() {
            throw uoe();
        }

        @Override public Map.Entry<K, V> pollLastEntry() {
            throw uoe();
        }

        @SuppressWarnings("unchecked")
        @Override public NavigableMap<K, V> descendingMap() {
            return new UnmodifiableNavigableMap<>((NavigableMap<K, V>) nm.descendingMap());
        }

        @Override public NavigableSet<K> navigableKeySet() {
            return new UnmodifiableNavigableSet<>(nm.navigableKeySet());
        }

        @Override public NavigableSet<K> descendingKeySet() {
            return new UnmodifiableNavigableSet<>(nm.descendingKeySet());
        }

        @SuppressWarnings("unchecked")
        @Override public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            return new UnmodifiableNavigableMap<>((NavigableMap<K, V>) nm.subMap(fromKey, fromInclusive, toKey, toInclusive));
        }

        @SuppressWarnings("unchecked")
        @Override public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return new UnmodifiableNavigableMap<>((NavigableMap<K, V>) nm.headMap(toKey, inclusive));
        }

        @SuppressWarnings("unchecked")
        @Override public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return new UnmodifiableNavigableMap<>((NavigableMap<K, V>) nm.tailMap(fromKey, inclusive));
        }
    }
}
