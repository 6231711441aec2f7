/*
 * @fileoverview Spliterators over a range of an array (Spliterators.spliterator(array...),
 * Arrays.spliterator/stream, Stream.of): SIZED and SUBSIZED, splitting at the midpoint.
 * The four classes are mechanical specializations of one another.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Holder of the array-range spliterators. */
final class ArraySpliterators {
    private ArraySpliterators() {
    }

    /** Adds the bits every array spliterator has. */
    static int sized(int additionalCharacteristics) {
        return additionalCharacteristics | Spliterator.SIZED | Spliterator.SUBSIZED;
    }

    /** Over {@code array[index, fence)}. */
    static final class OfRef<T> implements Spliterator<T> {
        private final Object[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        OfRef(Object[] array, int origin, int fence, int additionalCharacteristics) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
            this.characteristics = sized(additionalCharacteristics);
        }

        @Override public Spliterator<T> trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            return lo >= mid ? null : new OfRef<>(array, lo, index = mid, characteristics);
        }

        @SuppressWarnings("unchecked")
        @Override public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept((T) array[index++]);
                return true;
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        @Override public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            int i = index;
            int hi = fence;
            index = hi;
            for (; i < hi; i++) {
                action.accept((T) array[i]);
            }
        }

        @Override public long estimateSize() {
            return (long) (fence - index);
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

    /** Over {@code array[index, fence)}. */
    static final class OfInt implements Spliterator.OfInt {
        private final int[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        OfInt(int[] array, int origin, int fence, int additionalCharacteristics) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
            this.characteristics = sized(additionalCharacteristics);
        }

        @Override public Spliterator.OfInt trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            return lo >= mid ? null : new ArraySpliterators.OfInt(array, lo, index = mid, characteristics);
        }

        @Override public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        @Override public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            int i = index;
            int hi = fence;
            index = hi;
            for (; i < hi; i++) {
                action.accept(array[i]);
            }
        }

        @Override public long estimateSize() {
            return (long) (fence - index);
        }

        @Override public int characteristics() {
            return characteristics;
        }

        @Override public Comparator<? super Integer> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    /** Over {@code array[index, fence)}. */
    static final class OfLong implements Spliterator.OfLong {
        private final long[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        OfLong(long[] array, int origin, int fence, int additionalCharacteristics) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
            this.characteristics = sized(additionalCharacteristics);
        }

        @Override public Spliterator.OfLong trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            return lo >= mid ? null : new ArraySpliterators.OfLong(array, lo, index = mid, characteristics);
        }

        @Override public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        @Override public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            int i = index;
            int hi = fence;
            index = hi;
            for (; i < hi; i++) {
                action.accept(array[i]);
            }
        }

        @Override public long estimateSize() {
            return (long) (fence - index);
        }

        @Override public int characteristics() {
            return characteristics;
        }

        @Override public Comparator<? super Long> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    /** Over {@code array[index, fence)}. */
    static final class OfDouble implements Spliterator.OfDouble {
        private final double[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        OfDouble(double[] array, int origin, int fence, int additionalCharacteristics) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
            this.characteristics = sized(additionalCharacteristics);
        }

        @Override public Spliterator.OfDouble trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            return lo >= mid ? null : new ArraySpliterators.OfDouble(array, lo, index = mid, characteristics);
        }

        @Override public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        @Override public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            int i = index;
            int hi = fence;
            index = hi;
            for (; i < hi; i++) {
                action.accept(array[i]);
            }
        }

        @Override public long estimateSize() {
            return (long) (fence - index);
        }

        @Override public int characteristics() {
            return characteristics;
        }

        @Override public Comparator<? super Double> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }
}
