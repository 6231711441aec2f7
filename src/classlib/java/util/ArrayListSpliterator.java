/*
 * @fileoverview ArrayList's spliterator (so its stream), fail-fast the JDK way: the size and
 * modCount are captured at first use; tryAdvance checks for modification after each element,
 * forEachRemaining walks the array as it was when it started and only checks at the end
 * (so a stream's forEach sees every original element before the ConcurrentModificationException).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;

/** A late-binding spliterator over {@code list.elementData[index, fence)}. */
final class ArrayListSpliterator<E> implements Spliterator<E> {
    private final ArrayList<E> list;
    private int index;
    /** One past the last index; -1 until first use. */
    private int fence;
    private int expectedModCount;

    ArrayListSpliterator(ArrayList<E> list, int origin, int fence, int expectedModCount) {
        this.list = list;
        this.index = origin;
        this.fence = fence;
        this.expectedModCount = expectedModCount;
    }

    /** Binds the fence (and expected modCount) on first use. */
    private int getFence() {
        if (fence < 0) {
            expectedModCount = list.modCount;
            fence = list.size();
        }
        return fence;
    }

    @Override public Spliterator<E> trySplit() {
        int hi = getFence();
        int lo = index;
        int mid = (lo + hi) >>> 1;
        return lo >= mid ? null : new ArrayListSpliterator<>(list, lo, index = mid, expectedModCount);
    }

    @SuppressWarnings("unchecked")
    @Override public boolean tryAdvance(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int hi = getFence();
        int i = index;
        if (i < hi) {
            index = i + 1;
            E e = (E) list.elementData[i];
            action.accept(e);
            if (list.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    @Override public void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] a = list.elementData;
        int hi = fence;
        int mc;
        if (hi < 0) {
            mc = list.modCount;
            hi = list.size();
        } else {
            mc = expectedModCount;
        }
        int i = index;
        if (i >= 0 && hi <= a.length) {
            index = hi;
            for (; i < hi; i++) {
                action.accept((E) a[i]);
            }
            if (list.modCount == mc) {
                return;
            }
        }
        throw new ConcurrentModificationException();
    }

    @Override public long estimateSize() {
        return getFence() - index;
    }

    @Override public int characteristics() {
        return Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
    }
}
