/*
 * @fileoverview Small fixed collections and adapters behind Collections: the empty iterator,
 * list, set and map, the singletons, nCopies, the reverse-order comparators, newSetFromMap and
 * asLifoQueue. Messages follow the JDK ("Index: 1, Size: 1" for singletonList.get(1)).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Holder of the small collection classes used by Collections. */
final class SpecialCollections {
    private SpecialCollections() {
    }

    static boolean eq(Object o1, Object o2) {
        return o1 == null ? o2 == null : o1.equals(o2);
    }

    // ---- empty ----

    /** Iterator over nothing (also a ListIterator and an Enumeration). */
    static final class EmptyIterator<E> implements ListIterator<E>, Enumeration<E> {
        static final EmptyIterator<Object> EMPTY_ITERATOR = new EmptyIterator<>();

        @Override public boolean hasNext() {
            return false;
        }

        @Override public E next() {
            throw new NoSuchElementException();
        }

        @Override public boolean hasPrevious() {
            return false;
        }

        @Override public E previous() {
            throw new NoSuchElementException();
        }

        @Override public int nextIndex() {
            return 0;
        }

        @Override public int previousIndex() {
            return -1;
        }

        @Override public void remove() {
            throw new IllegalStateException();
        }

        @Override public void set(E e) {
            throw new IllegalStateException();
        }

        @Override public void add(E e) {
            throw new UnsupportedOperationException();
        }

        @Override public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
        }

        @Override public boolean hasMoreElements() {
            return false;
        }

        @Override public E nextElement() {
            throw new NoSuchElementException();
        }
    }

    /** The immutable empty set. */
    static final class EmptySet<E> extends AbstractSet<E> implements java.io.Serializable {
        @SuppressWarnings("unchecked")
        @Override public Iterator<E> iterator() {
            return (Iterator<E>) EmptyIterator.EMPTY_ITERATOR;
        }

        @Override public int size() {
            return 0;
        }

        @Override public boolean isEmpty() {
            return true;
        }

        @Override public void clear() {
        }

        @Override public boolean contains(Object obj) {
            return false;
        }

        @Override public boolean containsAll(Collection<?> c) {
            return c.isEmpty();
        }

        @Override public Object[] toArray() {
            return new Object[0];
        }

        @Override public <T> T[] toArray(T[] a) {
            if (a.length > 0) {
                a[0] = null;
            }
            return a;
        }

        @Override public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
        }

        @Override public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        @Override public int hashCode() {
            return 0;
        }
    }

    /** The immutable empty list. */
    static final class EmptyList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        @SuppressWarnings("unchecked")
        @Override public Iterator<E> iterator() {
            return (Iterator<E>) EmptyIterator.EMPTY_ITERATOR;
        }

        @SuppressWarnings("unchecked")
        @Override public ListIterator<E> listIterator() {
            return (ListIterator<E>) EmptyIterator.EMPTY_ITERATOR;
        }

        @Override public int size() {
            return 0;
        }

        @Override public boolean isEmpty() {
            return true;
        }

        @Override public void clear() {
        }

        @Override public boolean contains(Object obj) {
            return false;
        }

        @Override public boolean containsAll(Collection<?> c) {
            return c.isEmpty();
        }

        @Override public Object[] toArray() {
            return new Object[0];
        }

        @Override public <T> T[] toArray(T[] a) {
            if (a.length > 0) {
                a[0] = null;
            }
            return a;
        }

        @Override public E get(int index) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }

        @Override public boolean equals(Object o) {
            return (o instanceof List) && ((List<?>) o).isEmpty();
        }

        @Override public int hashCode() {
            return 1;
        }

        @Override public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        @Override public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
        }

        @Override public void sort(Comparator<? super E> c) {
        }

        @Override public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
        }
    }

    /** The immutable empty map. */
    static final class EmptyMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        @Override public int size() {
            return 0;
        }

        @Override public boolean isEmpty() {
            return true;
        }

        @Override public void clear() {
        }

        @Override public boolean containsKey(Object key) {
            return false;
        }

        @Override public boolean containsValue(Object value) {
            return false;
        }

        @Override public V get(Object key) {
            return null;
        }

        @Override public Set<K> keySet() {
            return Collections.emptySet();
        }

        @Override public Collection<V> values() {
            return Collections.emptySet();
        }

        @Override public Set<Map.Entry<K, V>> entrySet() {
            return Collections.emptySet();
        }

        @Override public boolean equals(Object o) {
            return (o instanceof Map) && ((Map<?, ?>) o).isEmpty();
        }

        @Override public int hashCode() {
            return 0;
        }

        @Override public V getOrDefault(Object k, V defaultValue) {
            return defaultValue;
        }

        @Override public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            Objects.requireNonNull(function);
        }

        @Override public V putIfAbsent(K key, V value) {
            throw new UnsupportedOperationException();
        }

        @Override public boolean remove(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override public boolean replace(K key, V oldValue, V newValue) {
            throw new UnsupportedOperationException();
        }

        @Override public V replace(K key, V value) {
            throw new UnsupportedOperationException();
        }

        @Override public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
            throw new UnsupportedOperationException();
        }

        @Override public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            throw new UnsupportedOperationException();
        }

        @Override public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            throw new UnsupportedOperationException();
        }

        @Override public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            throw new UnsupportedOperationException();
        }
    }

    // ---- singletons ----

    /** Iterator over one element; remove is unsupported. */
    static <E> Iterator<E> singletonIterator(final E e) {
        return new Iterator<E>() {
            private boolean hasNext = true;

            @Override public boolean hasNext() {
                return hasNext;
            }

            @Override public E next() {
                if (hasNext) {
                    hasNext = false;
                    return e;
                }
                throw new NoSuchElementException();
            }

            @Override public void remove() {
                throw new UnsupportedOperationException();
            }

            @Override public void forEachRemaining(Consumer<? super E> action) {
                Objects.requireNonNull(action);
                if (hasNext) {
                    hasNext = false;
                    action.accept(e);
                }
            }
        };
    }

    /** Immutable set of one element. */
    static final class SingletonSet<E> extends AbstractSet<E> implements java.io.Serializable {
        private final E element;

        SingletonSet(E e) {
            element = e;
        }

        @Override public Iterator<E> iterator() {
            return singletonIterator(element);
        }

        @Override public int size() {
            return 1;
        }

        @Override public boolean contains(Object o) {
            return eq(o, element);
        }

        @Override public void forEach(Consumer<? super E> action) {
            action.accept(element);
        }

        @Override public boolean removeIf(Predicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }

        @Override public int hashCode() {
            return Objects.hashCode(element);
        }
    }

    /** Immutable list of one element. */
    static final class SingletonList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final E element;

        SingletonList(E obj) {
            element = obj;
        }

        @Override public Iterator<E> iterator() {
            return singletonIterator(element);
        }

        @Override public int size() {
            return 1;
        }

        @Override public boolean contains(Object obj) {
            return eq(obj, element);
        }

        @Override public E get(int index) {
            if (index != 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: 1");
            }
            return element;
        }

        @Override public void forEach(Consumer<? super E> action) {
            action.accept(element);
        }

        @Override public boolean removeIf(Predicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }

        @Override public void replaceAll(UnaryOperator<E> operator) {
            throw new UnsupportedOperationException();
        }

        @Override public void sort(Comparator<? super E> c) {
        }

        @Override public int hashCode() {
            return 31 + Objects.hashCode(element);
        }
    }

    /** Immutable map of one mapping. */
    static final class SingletonMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        private final K k;
        private final V v;
        private transient Set<K> keySet;
        private transient Set<Map.Entry<K, V>> entrySet;
        private transient Collection<V> values;

        SingletonMap(K key, V value) {
            k = key;
            v = value;
        }

        @Override public int size() {
            return 1;
        }

        @Override public boolean isEmpty() {
            return false;
        }

        @Override public boolean containsKey(Object key) {
            return eq(key, k);
        }

        @Override public boolean containsValue(Object value) {
            return eq(value, v);
        }

        @Override public V get(Object key) {
            return (eq(key, k) ? v : null);
        }

        @Override public Set<K> keySet() {
            if (keySet == null) {
                keySet = Collections.singleton(k);
            }
            return keySet;
        }

        @Override public Set<Map.Entry<K, V>> entrySet() {
            if (entrySet == null) {
                entrySet = Collections.<Map.Entry<K, V>>singleton(new SimpleImmutableEntry<>(k, v));
            }
            return entrySet;
        }

        @Override public Collection<V> values() {
            if (values == null) {
                values = Collections.singleton(v);
            }
            return values;
        }

        @Override public V getOrDefault(Object key, V defaultValue) {
            return eq(key, k) ? v : defaultValue;
        }

        @Override public int hashCode() {
            return Objects.hashCode(k) ^ Objects.hashCode(v);
        }

        @Override public V putIfAbsent(K key, V value) {
            throw new UnsupportedOperationException();
        }

        @Override public boolean remove(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override public boolean replace(K key, V oldValue, V newValue) {
            throw new UnsupportedOperationException();
        }

        @Override public V replace(K key, V value) {
            throw new UnsupportedOperationException();
        }

        @Override public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            throw new UnsupportedOperationException();
        }

        @Override public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
            throw new UnsupportedOperationException();
        }

        @Override public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            throw new UnsupportedOperationException();
        }

        @Override public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            throw new UnsupportedOperationException();
        }

        @Override public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            throw new UnsupportedOperationException();
        }
    }

    /** Immutable list of n copies of one element (Collections.nCopies). */
    static final class CopiesList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        final int n;
        final E element;

        CopiesList(int n, E e) {
            this.n = n;
            element = e;
        }

        @Override public int size() {
            return n;
        }

        @Override public boolean contains(Object obj) {
            return n != 0 && eq(obj, element);
        }

        @Override public int indexOf(Object o) {
            return contains(o) ? 0 : -1;
        }

        @Override public int lastIndexOf(Object o) {
            return contains(o) ? n - 1 : -1;
        }

        @Override public E get(int index) {
            if (index < 0 || index >= n) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + n);
            }
            return element;
        }

        @Override public Object[] toArray() {
            final Object[] a = new Object[n];
            if (element != null) {
                Arrays.fill(a, 0, n, element);
            }
            return a;
        }

        @SuppressWarnings("unchecked")
        @Override public <T> T[] toArray(T[] a) {
            final int n = this.n;
            if (a.length < n) {
                a = (T[]) Arrays.newArray(a.getClass().getComponentType(), n);
                if (element != null) {
                    Arrays.fill(a, 0, n, element);
                }
            } else {
                Arrays.fill(a, 0, n, element);
                if (a.length > n) {
                    a[n] = null;
                }
            }
            return a;
        }

        @Override public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, n);
            return new CopiesList<>(toIndex - fromIndex, element);
        }

        @Override public int hashCode() {
            if (n == 0) {
                return 1;
            }
            // 31^n + h * (31^(n-1) + ... + 1), computed by repeated squaring
            int pow = 31;
            int sum = 1;
            for (int i = Integer.numberOfLeadingZeros(n) + 1; i < Integer.SIZE; i++) {
                sum *= pow + 1;
                pow *= pow;
                if ((n << i) < 0) {
                    pow *= 31;
                    sum = sum * 31 + 1;
                }
            }
            return pow + sum * (element == null ? 0 : element.hashCode());
        }

        @Override public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            if (o instanceof CopiesList<?> other) {
                return n == other.n && (n == 0 || eq(element, other.element));
            }
            return super.equals(o);
        }
    }

    // ---- comparators ----

    /** Reverse of natural ordering (Collections.reverseOrder()). */
    static final class ReverseComparator implements Comparator<Comparable<Object>>, java.io.Serializable {
        static final ReverseComparator REVERSE_ORDER = new ReverseComparator();

        @Override public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c2.compareTo(c1);
        }

        @Override public Comparator<Comparable<Object>> reversed() {
            return Comparator.naturalOrder();
        }
    }

    /** Reverse of a given comparator (Collections.reverseOrder(cmp)). */
    static final class ReverseComparator2<T> implements Comparator<T>, java.io.Serializable {
        /** The comparator being reversed (never null). */
        final Comparator<T> cmp;

        ReverseComparator2(Comparator<T> cmp) {
            this.cmp = cmp;
        }

        @Override public int compare(T t1, T t2) {
            return cmp.compare(t2, t1);
        }

        @Override public boolean equals(Object o) {
            return (o == this) || (o instanceof ReverseComparator2<?> other && cmp.equals(other.cmp));
        }

        @Override public int hashCode() {
            return cmp.hashCode() ^ Integer.MIN_VALUE;
        }

        @Override public Comparator<T> reversed() {
            return cmp;
        }
    }

    // ---- adapters ----

    /** A Set backed by the keys of a Map (Collections.newSetFromMap). */
    static final class SetFromMap<E> extends AbstractSet<E> implements Set<E>, java.io.Serializable {
        private final Map<E, Boolean> m;
        private final Set<E> s;

        SetFromMap(Map<E, Boolean> map) {
            if (!map.isEmpty()) {
                throw new IllegalArgumentException("Map is non-empty");
            }
            m = map;
            s = map.keySet();
        }

        @Override public void clear() {
            m.clear();
        }

        @Override public int size() {
            return m.size();
        }

        @Override public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override public boolean contains(Object o) {
            return m.containsKey(o);
        }

        @Override public boolean remove(Object o) {
            return m.remove(o) != null;
        }

        @Override public boolean add(E e) {
            return m.put(e, Boolean.TRUE) == null;
        }

        @Override public Iterator<E> iterator() {
            return s.iterator();
        }

        @Override public Object[] toArray() {
            return s.toArray();
        }

        @Override public <T> T[] toArray(T[] a) {
            return s.toArray(a);
        }

        @Override public String toString() {
            return s.toString();
        }

        @Override public int hashCode() {
            return s.hashCode();
        }

        @Override public boolean equals(Object o) {
            return o == this || s.equals(o);
        }

        @Override public boolean containsAll(Collection<?> c) {
            return s.containsAll(c);
        }

        @Override public boolean removeAll(Collection<?> c) {
            return s.removeAll(c);
        }

        @Override public boolean retainAll(Collection<?> c) {
            return s.retainAll(c);
        }

        @Override public void forEach(Consumer<? super E> action) {
            s.forEach(action);
        }

        @Override public boolean removeIf(Predicate<? super E> filter) {
            return s.removeIf(filter);
        }
    }

    /** A LIFO Queue view of a Deque (Collections.asLifoQueue). */
    static final class AsLIFOQueue<E> extends AbstractQueue<E> implements Queue<E>, java.io.Serializable {
        private final Deque<E> q;

        AsLIFOQueue(Deque<E> q) {
            this.q = q;
        }

        @Override public boolean add(E e) {
            q.addFirst(e);
            return true;
        }

        @Override public boolean offer(E e) {
            return q.offerFirst(e);
        }

        @Override public E poll() {
            return q.pollFirst();
        }

        @Override public E remove() {
            return q.removeFirst();
        }

        @Override public E peek() {
            return q.peekFirst();
        }

        @Override public E element() {
            return q.getFirst();
        }

        @Override public void clear() {
            q.clear();
        }

        @Override public int size() {
            return q.size();
        }

        @Override public boolean isEmpty() {
            return q.isEmpty();
        }

        @Override public boolean contains(Object o) {
            return q.contains(o);
        }

        @Override public boolean remove(Object o) {
            return q.remove(o);
        }

        @Override public Iterator<E> iterator() {
            return q.iterator();
        }

        @Override public Object[] toArray() {
            return q.toArray();
        }

        @Override public <T> T[] toArray(T[] a) {
            return q.toArray(a);
        }

        @Override public String toString() {
            return q.toString();
        }

        @Override public boolean containsAll(Collection<?> c) {
            return q.containsAll(c);
        }

        @Override public boolean removeAll(Collection<?> c) {
            return q.removeAll(c);
        }

        @Override public boolean retainAll(Collection<?> c) {
            return q.retainAll(c);
        }

        @Override public void forEach(Consumer<? super E> action) {
            q.forEach(action);
        }

        @Override public boolean removeIf(Predicate<? super E> filter) {
            return q.removeIf(filter);
        }
    }
}
