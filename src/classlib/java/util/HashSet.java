/*
 * @fileoverview A Set backed by a HashMap (elements are the keys), so it iterates in HashMap
 * order; sized like the JDK's (HashSet(Collection) asks for max(size / .75 + 1, 16)).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A hash table Set permitting null. */
public class HashSet<E> extends AbstractSet<E> implements Set<E>, Cloneable, java.io.Serializable {
    /** The backing map. */
    transient HashMap<E, Object> map;

    /** The value stored for every key. */
    static final Object PRESENT = new Object();

    /** An empty set (capacity 16, load factor 0.75). */
    public HashSet() {
        map = new HashMap<>();
    }

    /** A set of the elements of {@code c}. */
    public HashSet(Collection<? extends E> c) {
        map = new HashMap<>(Math.max((int) (c.size() / .75f) + 1, 16));
        addAll(c);
    }

    /** An empty set with the given capacity and load factor. */
    public HashSet(int initialCapacity, float loadFactor) {
        map = new HashMap<>(initialCapacity, loadFactor);
    }

    /** An empty set with the given capacity. */
    public HashSet(int initialCapacity) {
        map = new HashMap<>(initialCapacity);
    }

    /** LinkedHashSet's constructor: a LinkedHashMap backs the set. */
    HashSet(int initialCapacity, float loadFactor, boolean dummy) {
        map = new LinkedHashMap<>(initialCapacity, loadFactor);
    }

    @Override public Iterator<E> iterator() {
        return map.keySet().iterator();
    }

    /** The backing map's key spliterator (LinkedHashSet overrides this). */
    @Override public Spliterator<E> spliterator() {
        return new HashMapSpliterator<>(map, HashMapSpliterator.KEYS);
    }

    @Override public int size() {
        return map.size();
    }

    @Override public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override public boolean contains(Object o) {
        return map.containsKey(o);
    }

    @Override public boolean add(E e) {
        return map.put(e, PRESENT) == null;
    }

    @Override public boolean remove(Object o) {
        return map.remove(o) == PRESENT;
    }

    @Override public void clear() {
        map.clear();
    }

    /** A shallow copy. */
    @SuppressWarnings("unchecked")
    @Override public Object clone() {
        try {
            HashSet<E> newSet = (HashSet<E>) super.clone();
            newSet.map = (HashMap<E, Object>) map.clone();
            return newSet;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override public Object[] toArray() {
        return map.keySet().toArray();
    }

    @Override public <T> T[] toArray(T[] a) {
        return map.keySet().toArray(a);
    }
}
