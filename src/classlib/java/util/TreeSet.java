/*
 * @fileoverview A NavigableSet backed by a TreeMap (elements are its keys).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A sorted set ordered by natural ordering or a Comparator. */
public class TreeSet<E> extends AbstractSet<E> implements NavigableSet<E>, Cloneable, java.io.Serializable {
    /** The backing map (a TreeMap, or a view of one for sub-sets). */
    private transient NavigableMap<E, Object> m;

    /** The value stored for every key. */
    private static final Object PRESENT = new Object();

    /** A set backed by {@code m}. */
    TreeSet(NavigableMap<E, Object> m) {
        this.m = m;
    }

    /** An empty set with natural ordering. */
    public TreeSet() {
        this(new TreeMap<>());
    }

    /** An empty set ordered by {@code comparator}. */
    public TreeSet(Comparator<? super E> comparator) {
        this(new TreeMap<>(comparator));
    }

    /** A naturally ordered set of the elements of {@code c}. */
    public TreeSet(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    /** A set with the elements and ordering of {@code s}. */
    public TreeSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    @Override public Iterator<E> iterator() {
        return m.navigableKeySet().iterator();
    }

    @Override public Iterator<E> descendingIterator() {
        return m.descendingKeySet().iterator();
    }

    @Override public NavigableSet<E> descendingSet() {
        return new TreeSet<>(m.descendingMap());
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

    @Override public boolean add(E e) {
        return m.put(e, PRESENT) == null;
    }

    @Override public boolean remove(Object o) {
        return m.remove(o) == PRESENT;
    }

    @Override public void clear() {
        m.clear();
    }

    /** Adding a same-ordered sorted set to an empty set builds the tree in linear time. */
    @Override public boolean addAll(Collection<? extends E> c) {
        if (m.size() == 0 && c.size() > 0 && c instanceof SortedSet && m instanceof TreeMap) {
            SortedSet<? extends E> set = (SortedSet<? extends E>) c;
            TreeMap<E, Object> map = (TreeMap<E, Object>) m;
            if (Objects.equals(set.comparator(), map.comparator())) {
                ++map.modCount;
                map.addAllForTreeSet(set, PRESENT);
                return true;
            }
        }
        return super.addAll(c);
    }

    @Override public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new TreeSet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    @Override public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new TreeSet<>(m.headMap(toElement, inclusive));
    }

    @Override public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new TreeSet<>(m.tailMap(fromElement, inclusive));
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

    @Override public Comparator<? super E> comparator() {
        return m.comparator();
    }

    @Override public E first() {
        return m.firstKey();
    }

    @Override public E last() {
        return m.lastKey();
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

    @Override public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return (e == null) ? null : e.getKey();
    }

    @Override public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return (e == null) ? null : e.getKey();
    }

    /** A shallow copy with the same ordering. */
    @SuppressWarnings("unchecked")
    @Override public Object clone() {
        TreeSet<E> clone;
        try {
            clone = (TreeSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        clone.m = new TreeMap<>(m);
        return clone;
    }
}
