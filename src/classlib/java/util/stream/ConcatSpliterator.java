/*
 * @fileoverview The source of Stream.concat (and IntStream.concat...): the first spliterator's
 * elements, then the second's. SIZED only if both are and the sizes do not overflow; never
 * SORTED or DISTINCT. Also the close action of a concatenated stream.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Spliterator;
import java.util.function.Consumer;

/** Traverses {@code first} then {@code second}. */
final class ConcatSpliterator<T> implements Spliterator<T> {
    private final Spliterator<T> first;
    private final Spliterator<T> second;
    private boolean inFirst = true;
    private final int characteristics;

    @SuppressWarnings("unchecked")
    ConcatSpliterator(Spliterator<? extends T> first, Spliterator<? extends T> second) {
        this.first = (Spliterator<T>) first;
        this.second = (Spliterator<T>) second;
        boolean unsized = first.estimateSize() + second.estimateSize() < 0;
        this.characteristics = first.characteristics() & second.characteristics()
                & ~(Spliterator.DISTINCT | Spliterator.SORTED
                | (unsized ? Spliterator.SIZED | Spliterator.SUBSIZED : 0));
    }

    /** Closes {@code a} then {@code b}, even if closing {@code a} throws. */
    static Runnable closeBoth(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return PipelineSource.composeWithExceptions(a::close, b::close);
    }

    @Override public boolean tryAdvance(Consumer<? super T> action) {
        if (inFirst) {
            if (first.tryAdvance(action)) {
                return true;
            }
            inFirst = false;
        }
        return second.tryAdvance(action);
    }

    @Override public void forEachRemaining(Consumer<? super T> action) {
        if (inFirst) {
            first.forEachRemaining(action);
        }
        second.forEachRemaining(action);
    }

    @Override public Spliterator<T> trySplit() {
        return null;
    }

    @Override public long estimateSize() {
        if (inFirst) {
            long size = first.estimateSize() + second.estimateSize();
            return size >= 0 ? size : Long.MAX_VALUE;
        }
        return second.estimateSize();
    }

    @Override public int characteristics() {
        return characteristics;
    }
}
