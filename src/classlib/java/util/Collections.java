/*
 * @fileoverview java.util.Collections: algorithms on collections (sort, binarySearch, reverse,
 * shuffle with the JDK's exact swap sequence, rotate, min/max...) and factories for wrapper
 * and special collections. The wrapper classes live in UnmodifiableCollections,
 * SynchronizedCollections and SpecialCollections (so their class names differ from the JDK's
 * Collections$... nested names); checked* wrappers are not provided.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.SpecialCollections.AsLIFOQueue;
import java.util.SpecialCollections.CopiesList;
import java.util.SpecialCollections.EmptyIterator;
import java.util.SpecialCollections.EmptyList;
import java.util.SpecialCollections.EmptyMap;
import java.util.SpecialCollections.EmptySet;
import java.util.SpecialCollections.ReverseComparator;
import java.util.SpecialCollections.ReverseComparator2;
import java.util.SpecialCollections.SetFromMap;
import java.util.SpecialCollections.SingletonList;
import java.util.SpecialCollections.SingletonMap;
import java.util.SpecialCollections.SingletonSet;
import java.util.SynchronizedCollections.SynchronizedCollection;
import java.util.SynchronizedCollections.SynchronizedList;
import java.util.SynchronizedCollections.SynchronizedMap;
import java.util.SynchronizedCollections.SynchronizedNavigableMap;
import java.util.SynchronizedCollections.SynchronizedNavigableSet;
import java.util.SynchronizedCollections.SynchronizedRandomAccessList;
import java.util.SynchronizedCollections.SynchronizedSet;
import java.util.SynchronizedCollections.SynchronizedSortedMap;
import java.util.SynchronizedCollections.SynchronizedSortedSet;
import java.util.UnmodifiableCollections.UnmodifiableCollection;
import java.util.UnmodifiableCollections.UnmodifiableList;
import java.util.UnmodifiableCollections.UnmodifiableMap;
import java.util.UnmodifiableCollections.UnmodifiableNavigableMap;
import java.util.UnmodifiableCollections.UnmodifiableNavigableSet;
import java.util.UnmodifiableCollections.UnmodifiableRandomAccessList;
import java.util.UnmodifiableCollections.UnmodifiableSet;
import java.util.UnmodifiableCollections.UnmodifiableSortedMap;
import java.util.UnmodifiableCollections.UnmodifiableSortedSet;

/** Static methods operating on or returning collections. */
public class Collections {
    private Collections() {
    }

    // Below these sizes sequential-access lists use the indexed algorithm variants too.
    private static final int BINARYSEARCH_THRESHOLD = 5000;
    private static final int REVERSE_THRESHOLD = 18;
    private static final int SHUFFLE_THRESHOLD = 5;
    private static final int FILL_THRESHOLD = 25;
    private static final int ROTATE_THRESHOLD = 100;
    private static final int COPY_THRESHOLD = 10;

    /** The shared immutable empty set. */
    @SuppressWarnings("rawtypes")
    public static final Set EMPTY_SET = new EmptySet<>();

    /** The shared immutable empty list. */
    @SuppressWarnings("rawtypes")
    public static final List EMPTY_LIST = new EmptyList<>();

    /** The shared immutable empty map. */
    @SuppressWarnings("rawtypes")
    public static final Map EMPTY_MAP = new EmptyMap<>();

    /** Stable sort by natural ordering (List.sort(null)). */
    public static <T extends Comparable<? super T>> void sort(List<T> list) {
        list.sort(null);
    }

    /** Stable sort with a comparator (List.sort(c)). */
    public static <T> void sort(List<T> list, Comparator<? super T> c) {
        list.sort(c);
    }

    /** Binary search of a list sorted by natural ordering. */
    public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {
        return binarySearch0(list, key, null);
    }

    /** Binary search of a list sorted by {@code c} (null: natural ordering). */
    public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {
        return binarySearch0(list, key, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int binarySearch0(List<?> list, Object key, Comparator c) {
        int low = 0;
        int high = list.size() - 1;
        boolean indexed = list instanceof RandomAccess || list.size() < BINARYSEARCH_THRESHOLD;
        ListIterator<?> i = indexed ? null : list.listIterator();
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Object midVal = indexed ? list.get(mid) : get(i, mid);
            int cmp = (c == null) ? ((Comparable) midVal).compareTo(key) : c.compare(midVal, key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Moves the list iterator to {@code index} and returns that element. */
    private static <T> T get(ListIterator<? extends T> i, int index) {
        T obj = null;
        int pos = i.nextIndex();
        if (pos <= index) {
            do {
                obj = i.next();
            } while (pos++ < index);
        } else {
            do {
                obj = i.previous();
            } while (--pos > index);
        }
        return obj;
    }

    /** Reverses the order of the elements. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void reverse(List<?> list) {
        int size = list.size();
        if (size < REVERSE_THRESHOLD || list instanceof RandomAccess) {
            for (int i = 0, mid = size >> 1, j = size - 1; i < mid; i++, j--) {
                swap(list, i, j);
            }
        } else {
            ListIterator fwd = list.listIterator();
            ListIterator rev = list.listIterator(size);
            for (int i = 0, mid = list.size() >> 1; i < mid; i++) {
                Object tmp = fwd.next();
                fwd.set(rev.previous());
                rev.set(tmp);
            }
        }
    }

    private static Random r;

    /** Shuffles with a shared default Random. */
    public static void shuffle(List<?> list) {
        Random rnd = r;
        if (rnd == null) {
            r = rnd = new Random();
        }
        shuffle(list, rnd);
    }

    /** Shuffles with {@code rnd}: for i = size..2, swap(i - 1, rnd.nextInt(i)), like the JDK. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void shuffle(List<?> list, Random rnd) {
        int size = list.size();
        if (size < SHUFFLE_THRESHOLD || list instanceof RandomAccess) {
            for (int i = size; i > 1; i--) {
                swap(list, i - 1, rnd.nextInt(i));
            }
        } else {
            Object[] arr = list.toArray();
            for (int i = size; i > 1; i--) {
                int j = rnd.nextInt(i);
                Object tmp = arr[i - 1];
                arr[i - 1] = arr[j];
                arr[j] = tmp;
            }
            ListIterator it = list.listIterator();
            for (Object e : arr) {
                it.next();
                it.set(e);
            }
        }
    }

    /** Swaps two elements. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void swap(List<?> list, int i, int j) {
        final List l = list;
        l.set(i, l.set(j, l.get(i)));
    }

    /** Replaces every element with {@code obj}. */
    public static <T> void fill(List<? super T> list, T obj) {
        int size = list.size();
        if (size < FILL_THRESHOLD || list instanceof RandomAccess) {
            for (int i = 0; i < size; i++) {
                list.set(i, obj);
            }
        } else {
            ListIterator<? super T> itr = list.listIterator();
            for (int i = 0; i < size; i++) {
                itr.next();
                itr.set(obj);
            }
        }
    }

    /** Copies {@code src} over the start of {@code dest}, which must be at least as long. */
    public static <T> void copy(List<? super T> dest, List<? extends T> src) {
        int srcSize = src.size();
        if (srcSize > dest.size()) {
            throw new IndexOutOfBoundsException("Source does not fit in dest");
        }
        if (srcSize < COPY_THRESHOLD || (src instanceof RandomAccess && dest instanceof RandomAccess)) {
            for (int i = 0; i < srcSize; i++) {
                dest.set(i, src.get(i));
            }
        } else {
            ListIterator<? super T> di = dest.listIterator();
            ListIterator<? extends T> si = src.listIterator();
            for (int i = 0; i < srcSize; i++) {
                di.next();
                di.set(si.next());
            }
        }
    }

    /** Least element by natural ordering; NoSuchElementException when empty. */
    public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> coll) {
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (next.compareTo(candidate) < 0) {
                candidate = next;
            }
        }
        return candidate;
    }

    /** Least element by {@code comp} (null: natural ordering). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T min(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) {
            return (T) min((Collection) coll);
        }
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (comp.compare(next, candidate) < 0) {
                candidate = next;
            }
        }
        return candidate;
    }

    /** Greatest element by natural ordering; NoSuchElementException when empty. */
    public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> coll) {
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (next.compareTo(candidate) > 0) {
                candidate = next;
            }
        }
        return candidate;
    }

    /** Greatest element by {@code comp} (null: natural ordering). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T max(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) {
            return (T) max((Collection) coll);
        }
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (comp.compare(next, candidate) > 0) {
                candidate = next;
            }
        }
        return candidate;
    }

    /** Rotates by {@code distance} (element i moves to (i + distance) mod size). */
    public static void rotate(List<?> list, int distance) {
        if (list instanceof RandomAccess || list.size() < ROTATE_THRESHOLD) {
            rotateByCycles(list, distance);
        } else {
            rotateByReversal(list, distance);
        }
    }

    /** Moves each element directly to its destination, one cycle at a time. */
    private static <T> void rotateByCycles(List<T> list, int distance) {
        int size = list.size();
        if (size == 0) {
            return;
        }
        distance = distance % size;
        if (distance < 0) {
            distance += size;
        }
        if (distance == 0) {
            return;
        }
        for (int cycleStart = 0, nMoved = 0; nMoved != size; cycleStart++) {
            T displaced = list.get(cycleStart);
            int i = cycleStart;
            do {
                i += distance;
                if (i >= size) {
                    i -= size;
                }
                displaced = list.set(i, displaced);
                nMoved++;
            } while (i != cycleStart);
        }
    }

    /** Three reversals, for long sequential lists. */
    private static void rotateByReversal(List<?> list, int distance) {
        int size = list.size();
        if (size == 0) {
            return;
        }
        int mid = -distance % size;
        if (mid < 0) {
            mid += size;
        }
        if (mid == 0) {
            return;
        }
        reverse(list.subList(0, mid));
        reverse(list.subList(mid, size));
        reverse(list);
    }

    /** Replaces every occurrence of {@code oldVal}; true if any was replaced. */
    public static <T> boolean replaceAll(List<T> list, T oldVal, T newVal) {
        boolean result = false;
        ListIterator<T> itr = list.listIterator();
        while (itr.hasNext()) {
            if (SpecialCollections.eq(itr.next(), oldVal)) {
                itr.set(newVal);
                result = true;
            }
        }
        return result;
    }

    /** First index where {@code target} occurs as a sublist, or -1. */
    public static int indexOfSubList(List<?> source, List<?> target) {
        int sourceSize = source.size();
        int targetSize = target.size();
        int maxCandidate = sourceSize - targetSize;
        for (int candidate = 0; candidate <= maxCandidate; candidate++) {
            if (matchesAt(source, target, candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    /** Last index where {@code target} occurs as a sublist, or -1. */
    public static int lastIndexOfSubList(List<?> source, List<?> target) {
        int sourceSize = source.size();
        int targetSize = target.size();
        for (int candidate = sourceSize - targetSize; candidate >= 0; candidate--) {
            if (matchesAt(source, target, candidate)) {
                return candidate;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<?> source, List<?> target, int candidate) {
        Iterator<?> si = source.listIterator(candidate);
        for (Object t : target) {
            if (!SpecialCollections.eq(t, si.next())) {
                return false;
            }
        }
        return true;
    }

    // ---- unmodifiable views ----

    /** Read-only view (identity equals, like the JDK's). */
    @SuppressWarnings("unchecked")
    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        if (c.getClass() == UnmodifiableCollection.class) {
            return (Collection<T>) c;
        }
        return new UnmodifiableCollection<>(c);
    }

    /** Read-only view of a Set. */
    @SuppressWarnings("unchecked")
    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
        if (s.getClass() == UnmodifiableSet.class) {
            return (Set<T>) s;
        }
        return new UnmodifiableSet<>(s);
    }

    /** Read-only view of a SortedSet. */
    public static <T> SortedSet<T> unmodifiableSortedSet(SortedSet<T> s) {
        if (s.getClass() == UnmodifiableSortedSet.class) {
            return s;
        }
        return new UnmodifiableSortedSet<>(s);
    }

    /** Read-only view of a NavigableSet. */
    public static <T> NavigableSet<T> unmodifiableNavigableSet(NavigableSet<T> s) {
        if (s.getClass() == UnmodifiableNavigableSet.class) {
            return s;
        }
        return new UnmodifiableNavigableSet<>(s);
    }

    /** Read-only view of a List. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        if (list.getClass() == UnmodifiableList.class || list.getClass() == UnmodifiableRandomAccessList.class) {
            return (List<T>) list;
        }
        return (list instanceof RandomAccess
                ? new UnmodifiableRandomAccessList<>(list)
                : new UnmodifiableList<>(list));
    }

    /** Read-only view of a Map. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        if (m.getClass() == UnmodifiableMap.class) {
            return (Map<K, V>) m;
        }
        return new UnmodifiableMap<>(m);
    }

    /** Read-only view of a SortedMap. */
    @SuppressWarnings("unchecked")
    public static <K, V> SortedMap<K, V> unmodifiableSortedMap(SortedMap<K, ? extends V> m) {
        if (m.getClass() == UnmodifiableSortedMap.class) {
            return (SortedMap<K, V>) m;
        }
        return new UnmodifiableSortedMap<>(m);
    }

    /** Read-only view of a NavigableMap. */
    @SuppressWarnings("unchecked")
    public static <K, V> NavigableMap<K, V> unmodifiableNavigableMap(NavigableMap<K, ? extends V> m) {
        if (m.getClass() == UnmodifiableNavigableMap.class) {
            return (NavigableMap<K, V>) m;
        }
        return new UnmodifiableNavigableMap<>(m);
    }

    // ---- synchronized wrappers ----

    /** Thread-safe wrapper (iterate while holding its lock). */
    public static <T> Collection<T> synchronizedCollection(Collection<T> c) {
        return new SynchronizedCollection<>(c);
    }

    /** Thread-safe Set wrapper. */
    public static <T> Set<T> synchronizedSet(Set<T> s) {
        return new SynchronizedSet<>(s);
    }

    /** Thread-safe SortedSet wrapper. */
    public static <T> SortedSet<T> synchronizedSortedSet(SortedSet<T> s) {
        return new SynchronizedSortedSet<>(s);
    }

    /** Thread-safe NavigableSet wrapper. */
    public static <T> NavigableSet<T> synchronizedNavigableSet(NavigableSet<T> s) {
        return new SynchronizedNavigableSet<>(s);
    }

    /** Thread-safe List wrapper. */
    public static <T> List<T> synchronizedList(List<T> list) {
        return (list instanceof RandomAccess
                ? new SynchronizedRandomAccessList<>(list)
                : new SynchronizedList<>(list));
    }

    /** Thread-safe List wrapper locking {@code mutex} (Vector.subList). */
    static <T> List<T> synchronizedList(List<T> list, Object mutex) {
        return (list instanceof RandomAccess
                ? new SynchronizedRandomAccessList<>(list, mutex)
                : new SynchronizedList<>(list, mutex));
    }

    /** Thread-safe Map wrapper. */
    public static <K, V> Map<K, V> synchronizedMap(Map<K, V> m) {
        return new SynchronizedMap<>(m);
    }

    /** Thread-safe SortedMap wrapper. */
    public static <K, V> SortedMap<K, V> synchronizedSortedMap(SortedMap<K, V> m) {
        return new SynchronizedSortedMap<>(m);
    }

    /** Thread-safe NavigableMap wrapper. */
    public static <K, V> NavigableMap<K, V> synchronizedNavigableMap(NavigableMap<K, V> m) {
        return new SynchronizedNavigableMap<>(m);
    }

    // ---- empty and singleton collections ----

    /** An iterator over nothing. */
    @SuppressWarnings("unchecked")
    public static <T> Iterator<T> emptyIterator() {
        return (Iterator<T>) EmptyIterator.EMPTY_ITERATOR;
    }

    /** A list iterator over nothing. */
    @SuppressWarnings("unchecked")
    public static <T> ListIterator<T> emptyListIterator() {
        return (ListIterator<T>) EmptyIterator.EMPTY_ITERATOR;
    }

    /** An enumeration over nothing. */
    @SuppressWarnings("unchecked")
    public static <T> Enumeration<T> emptyEnumeration() {
        return (Enumeration<T>) EmptyIterator.EMPTY_ITERATOR;
    }

    /** The immutable empty set. */
    @SuppressWarnings("unchecked")
    public static final <T> Set<T> emptySet() {
        return (Set<T>) EMPTY_SET;
    }

    /** The immutable empty sorted set. */
    @SuppressWarnings("unchecked")
    public static <E> SortedSet<E> emptySortedSet() {
        return (SortedSet<E>) UnmodifiableNavigableSet.EMPTY_NAVIGABLE_SET;
    }

    /** The immutable empty navigable set. */
    @SuppressWarnings("unchecked")
    public static <E> NavigableSet<E> emptyNavigableSet() {
        return (NavigableSet<E>) UnmodifiableNavigableSet.EMPTY_NAVIGABLE_SET;
    }

    /** The immutable empty list. */
    @SuppressWarnings("unchecked")
    public static final <T> List<T> emptyList() {
        return (List<T>) EMPTY_LIST;
    }

    /** The immutable empty map. */
    @SuppressWarnings("unchecked")
    public static final <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    /** The immutable empty sorted map. */
    @SuppressWarnings("unchecked")
    public static final <K, V> SortedMap<K, V> emptySortedMap() {
        return (SortedMap<K, V>) UnmodifiableNavigableMap.EMPTY_NAVIGABLE_MAP;
    }

    /** The immutable empty navigable map. */
    @SuppressWarnings("unchecked")
    public static final <K, V> NavigableMap<K, V> emptyNavigableMap() {
        return (NavigableMap<K, V>) UnmodifiableNavigableMap.EMPTY_NAVIGABLE_MAP;
    }

    /** An immutable set of one element (null allowed). */
    public static <T> Set<T> singleton(T o) {
        return new SingletonSet<>(o);
    }

    /** An immutable list of one element (null allowed). */
    public static <T> List<T> singletonList(T o) {
        return new SingletonList<>(o);
    }

    /** An immutable map of one mapping (nulls allowed). */
    public static <K, V> Map<K, V> singletonMap(K key, V value) {
        return new SingletonMap<>(key, value);
    }

    /** An immutable list of {@code n} references to {@code o}. */
    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) {
            throw new IllegalArgumentException("List length = " + n);
        }
        return new CopiesList<>(n, o);
    }

    /** The reverse of natural ordering. */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
    }

    /** The reverse of {@code cmp} (of natural ordering if null). */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
        if (cmp == null) {
            return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
        } else if (cmp == ReverseComparator.REVERSE_ORDER) {
            return (Comparator<T>) Comparators.NaturalOrderComparator.INSTANCE;
        } else if (cmp == Comparators.NaturalOrderComparator.INSTANCE) {
            return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
        } else if (cmp instanceof ReverseComparator2) {
            return ((ReverseComparator2<T>) cmp).cmp;
        } else {
            return new ReverseComparator2<>(cmp);
        }
    }

    /** An Enumeration over {@code c}'s iterator. */
    public static <T> Enumeration<T> enumeration(final Collection<T> c) {
        return new Enumeration<T>() {
            private final Iterator<T> i = c.iterator();

            @Override public boolean hasMoreElements() {
                return i.hasNext();
            }

            @Override public T nextElement() {
                return i.next();
            }

            @Override public Iterator<T> asIterator() {
                return i;
            }
        };
    }

    /** An ArrayList of the remaining elements of {@code e}. */
    public static <T> ArrayList<T> list(Enumeration<T> e) {
        ArrayList<T> l = new ArrayList<>();
        while (e.hasMoreElements()) {
            l.add(e.nextElement());
        }
        return l;
    }

    /** Number of elements equal to {@code o}. */
    public static int frequency(Collection<?> c, Object o) {
        int result = 0;
        if (o == null) {
            for (Object e : c) {
                if (e == null) {
                    result++;
                }
            }
        } else {
            for (Object e : c) {
                if (o.equals(e)) {
                    result++;
                }
            }
        }
        return result;
    }

    /** True if the collections have no element in common. */
    public static boolean disjoint(Collection<?> c1, Collection<?> c2) {
        // iterate the non-Set (or smaller) collection, probe the other one
        Collection<?> contains = c2;
        Collection<?> iterate = c1;
        if (c1 instanceof Set) {
            iterate = c2;
            contains = c1;
        } else if (!(c2 instanceof Set)) {
            int c1size = c1.size();
            int c2size = c2.size();
            if (c1size == 0 || c2size == 0) {
                return true;
            }
            if (c1size > c2size) {
                iterate = c2;
                contains = c1;
            }
        }
        for (Object e : iterate) {
            if (contains.contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** Adds every element; true if {@code c} changed. */
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean result = false;
        for (T element : elements) {
            result |= c.add(element);
        }
        return result;
    }

    /** A Set view of the keys of an empty map (e.g. an identity set from IdentityHashMap). */
    public static <E> Set<E> newSetFromMap(Map<E, Boolean> map) {
        return new SetFromMap<>(map);
    }

    /** A LIFO Queue view of a Deque. */
    public static <T> Queue<T> asLifoQueue(Deque<T> deque) {
        return new AsLIFOQueue<>(Objects.requireNonNull(deque));
    }
}
