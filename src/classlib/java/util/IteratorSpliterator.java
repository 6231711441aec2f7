/*
 * @fileoverview A spliterator over an Iterator, or over a Collection's iterator taken lazily at
 * first use (so a stream sees the collection as it is when traversal starts, and its size then).
 * Collection.spliterator() and the Iterable/List/Set/SortedSet defaults use it. It never splits.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;

/** Traverses an iterator; SIZED unless built from an iterator of unknown size or CONCURRENT. */
class IteratorSpliterator<T> implements Spliterator<T> {
    /** The collection whose iterator is taken at first use, or null. */
    private final Collection<? extends T> collection;
    private Iterator<? extends T> it;
    private final int characteristics;
    private long est;

    /** Over {@code collection}, bound late. */
    IteratorSpliterator(Collection<? extends T> collection, int characteristics) {
        this.collection = collection;
        this.characteristics = withSize(characteristics);
    }

    /** Over {@code iterator}, whose remaining size is {@code size}. */
    IteratorSpliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        this.collection = null;
        this.it = iterator;
        this.est = size;
        this.characteristics = withSize(characteristics);
    }

    /** Over {@code iterator}, of unknown size. */
    IteratorSpliterator(Iterator<? extends T> iterator, int characteristics) {
        this.collection = null;
        this.it = iterator;
        this.est = Long.MAX_VALUE;
        this.characteristics = characteristics & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
    }

    private static int withSize(int characteristics) {
        return (characteristics & Spliterator.CONCURRENT) == 0
                ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED
                : characteristics;
    }

    /** Takes the collection's iterator and size if not done yet. */
    private Iterator<? extends T> bind() {
        if (it == null) {
            it = collection.iterator();
            est = (long) collection.size();
        }
        return it;
    }

    @Override public boolean tryAdvance(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<? extends T> i = bind();
        if (i.hasNext()) {
            action.accept(i.next());
            return true;
        }
        return false;
    }

    @Override public void forEachRemaining(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        bind().forEachRemaining(action);
    }

    @Override public Spliterator<T> trySplit() {
        return null;
    }

    @Override public long estimateSize() {
        bind();
        return est;
    }

    @Override public int characteristics() {
        return characteristics;
    }

    @Override public Comparator<? super T> getComparator() {
        if (hasCharacteristics(Spliterator.SORTED)) {
            return null;
        }
        throw new IllegalStateException();
    }
}
