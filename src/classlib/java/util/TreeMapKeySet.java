/*
 * @fileoverview The NavigableSet view of the keys of a TreeMap or of one of its sub-map views
 * (navigableKeySet, keySet, descendingKeySet); TreeSet's sub-set views are built on it too.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A key-set view backed by a NavigableMap (a TreeMap or a TreeSubMap). */
final class TreeMapKeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
    private final NavigableMap<E, ?> m;

    TreeMapKeySet(NavigableMap<E, ?> map) {
        m = map;
    }

    @Override public Iterator<E> iterator() {
        if (m instanceof TreeMap) {
            return ((TreeMap<E, ?>) m).keyIterator();
        } else {
            return ((TreeSubMap<E, ?>) m).keyIterator();
        }
    }

    @Override public Iterator<E> descendingIterator() {
        if (m instanceof TreeMap) {
            return ((TreeMap<E, ?>) m).descendingKeyIterator();
        } else {
            return ((TreeSubMap<E, ?>) m).descendingKeyIterator();
        }
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

    @Override public void clear() {
        m.clear();
    }

    @Override public E lower(E e) {
        return m.lowerKey(e);
    }

    @Override public E floor(E e) {
        return m.floorKey(e);
    }

    @Override public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    @Override public E higher(E e) {
        return m.higherKey(e);
    }

    @Override public E first() {
        return m.firstKey();
    }

    @Override public E last() {
        return m.lastKey();
    }

    @Override public Comparator<? super E> comparator() {
        return m.comparator();
    }

    @Override public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return (e == null) ? null : e.getKey();
    }

    @Override public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return (e == null) ? null : e.getKey();
    }

    @Override public boolean remove(Object o) {
        int oldSize = size();
        m.remove(o);
        return size() != oldSize;
    }

    @Override public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new TreeMapKeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    @Override public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new TreeMapKeySet<>(m.headMap(toElement, inclusive));
    }

    @Override public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new TreeMapKeySet<>(m.tailMap(fromElement, inclusive));
    }

    @Override public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    @Override public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    @Override public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    @Override public NavigableSet<E> descendingSet() {
        return new TreeMapKeySet<>(m.descendingMap());
    }
}
