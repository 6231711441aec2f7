/*
 * @fileoverview The sources of IntStream.range/rangeClosed and LongStream.range/rangeClosed:
 * ORDERED, SIZED, SUBSIZED, IMMUTABLE, NONNULL, DISTINCT and SORTED in natural order (so a
 * following sorted() is a no-op). A LongStream range too long for a long count is unsized.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Comparator;
import java.util.Spliterator;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Holder of the range spliterators (non-empty, inclusive bounds). */
final class RangeSpliterators {
    private RangeSpliterators() {
    }

    static final int CHARACTERISTICS = Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED
            | Spliterator.IMMUTABLE | Spliterator.NONNULL | Spliterator.DISTINCT | Spliterator.SORTED;

    /** from, from + 1, ..., last. */
    static final class OfInt implements Spliterator.OfInt {
        private int from;
        private final int last;
        private boolean done;

        OfInt(int from, long last) {
            this.from = from;
            this.last = (int) last;
        }

        @Override public boolean tryAdvance(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (done) {
                return false;
            }
            int i = from;
            if (i == last) {
                done = true;
            } else {
                from = i + 1;
            }
            action.accept(i);
            return true;
        }

        @Override public void forEachRemaining(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (done) {
                return;
            }
            done = true;
            int i = from;
            int hi = last;
            from = hi;
            for (; i < hi; i++) {
                action.accept(i);
            }
            action.accept(hi);
        }

        @Override public Spliterator.OfInt trySplit() {
            long size = estimateSize();
            if (size <= 1) {
                return null;
            }
            int mid = (int) (from + size / 2);
            RangeSpliterators.OfInt prefix = new RangeSpliterators.OfInt(from, mid - 1L);
            from = mid;
            return prefix;
        }

        @Override public long estimateSize() {
            return done ? 0 : (long) last - from + 1;
        }

        @Override public int characteristics() {
            return CHARACTERISTICS;
        }

        @Override public Comparator<? super Integer> getComparator() {
            return null;
        }
    }

    /** from, from + 1, ..., last. */
    static final class OfLong implements Spliterator.OfLong {
        private long from;
        private final long last;
        private boolean done;

        OfLong(long from, long last) {
            this.from = from;
            this.last = last;
        }

        @Override public boolean tryAdvance(LongConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (done) {
                return false;
            }
            long i = from;
            if (i == last) {
                done = true;
            } else {
                from = i + 1;
            }
            action.accept(i);
            return true;
        }

        @Override public void forEachRemaining(LongConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (done) {
                return;
            }
            done = true;
            long i = from;
            long hi = last;
            from = hi;
            for (; i < hi; i++) {
                action.accept(i);
            }
            action.accept(hi);
        }

        @Override public Spliterator.OfLong trySplit() {
            long size = estimateSize();
            if (size <= 1) {
                return null;
            }
            long mid = from + size / 2;
            RangeSpliterators.OfLong prefix = new RangeSpliterators.OfLong(from, mid - 1);
            from = mid;
            return prefix;
        }

        /** The remaining count; Long.MAX_VALUE when it does not fit in a long. */
        @Override public long estimateSize() {
            if (done) {
                return 0;
            }
            long size = last - from + 1;
            return size > 0 ? size : Long.MAX_VALUE;
        }

        @Override public int characteristics() {
            return exceedsLong() ? CHARACTERISTICS & ~(Spliterator.SIZED | Spliterator.SUBSIZED) : CHARACTERISTICS;
        }

        private boolean exceedsLong() {
            return !done && last - from + 1 <= 0;
        }

        @Override public Comparator<? super Long> getComparator() {
            return null;
        }
    }
}
