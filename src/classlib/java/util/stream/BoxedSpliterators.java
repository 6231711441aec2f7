/*
 * @fileoverview Primitive views of a spliterator of boxed values: what IntStream.spliterator()
 * (and iterator()) return for a pipeline with intermediate stages, whose engine traffics in
 * Integer/Long/Double. The three classes are mechanical specializations of one another.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Comparator;
import java.util.Spliterator;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Holder of the boxed-to-primitive spliterator adapters. */
final class BoxedSpliterators {
    private BoxedSpliterators() {
    }

    static final class OfInt implements Spliterator.OfInt {
        private final Spliterator<Integer> boxed;

        OfInt(Spliterator<Integer> boxed) {
            this.boxed = boxed;
        }

        @Override public boolean tryAdvance(IntConsumer action) {
            return boxed.tryAdvance(x -> action.accept(x));
        }

        @Override public void forEachRemaining(IntConsumer action) {
            boxed.forEachRemaining(x -> action.accept(x));
        }

        @Override public Spliterator.OfInt trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return boxed.estimateSize();
        }

        @Override public int characteristics() {
            return boxed.characteristics();
        }

        @Override public Comparator<? super Integer> getComparator() {
            return boxed.getComparator();
        }
    }

    static final class OfLong implements Spliterator.OfLong {
        private final Spliterator<Long> boxed;

        OfLong(Spliterator<Long> boxed) {
            this.boxed = boxed;
        }

        @Override public boolean tryAdvance(LongConsumer action) {
            return boxed.tryAdvance(x -> action.accept(x));
        }

        @Override public void forEachRemaining(LongConsumer action) {
            boxed.forEachRemaining(x -> action.accept(x));
        }

        @Override public Spliterator.OfLong trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return boxed.estimateSize();
        }

        @Override public int characteristics() {
            return boxed.characteristics();
        }

        @Override public Comparator<? super Long> getComparator() {
            return boxed.getComparator();
        }
    }

    static final class OfDouble implements Spliterator.OfDouble {
        private final Spliterator<Double> boxed;

        OfDouble(Spliterator<Double> boxed) {
            this.boxed = boxed;
        }

        @Override public boolean tryAdvance(DoubleConsumer action) {
            return boxed.tryAdvance(x -> action.accept(x));
        }

        @Override public void forEachRemaining(DoubleConsumer action) {
            boxed.forEachRemaining(x -> action.accept(x));
        }

        @Override public Spliterator.OfDouble trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return boxed.estimateSize();
        }

        @Override public int characteristics() {
            return boxed.characteristics();
        }

        @Override public Comparator<? super Double> getComparator() {
            return boxed.getComparator();
        }
    }
}
