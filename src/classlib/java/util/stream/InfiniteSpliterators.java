/*
 * @fileoverview The sources of Stream.iterate (2- and 3-argument) and Stream.generate (and
 * their primitive counterparts, over boxed values). iterate computes the next element only
 * when it is asked for, so iterate(seed, f).limit(n) applies f n - 1 times; the 3-argument
 * form tests hasNext on each candidate, including the one that ends the stream.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Holder of the unbounded sources. */
final class InfiniteSpliterators {
    private InfiniteSpliterators() {
    }

    /** seed, next(seed), ... while hasNext (null: forever). ORDERED, IMMUTABLE, unsized. */
    static final class Iterate<T> implements Spliterator<T> {
        private final T seed;
        private final Predicate<? super T> hasNext;
        private final UnaryOperator<T> next;
        private T prev;
        private boolean started;
        private boolean finished;

        Iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
            this.seed = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        @Override public boolean tryAdvance(Consumer<? super T> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (finished) {
                return false;
            }
            T t;
            if (started) {
                t = next.apply(prev);
            } else {
                t = seed;
                started = true;
            }
            if (hasNext != null && !hasNext.test(t)) {
                prev = null;
                finished = true;
                return false;
            }
            prev = t;
            action.accept(t);
            return true;
        }

        @Override public void forEachRemaining(Consumer<? super T> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (hasNext == null) {
                while (tryAdvance(action)) {
                }
                return;
            }
            if (finished) {
                return;
            }
            finished = true;
            T t = started ? next.apply(prev) : seed;
            prev = null;
            while (hasNext.test(t)) {
                action.accept(t);
                t = next.apply(t);
            }
        }

        @Override public Spliterator<T> trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return Long.MAX_VALUE;
        }

        @Override public int characteristics() {
            return Spliterator.ORDERED | Spliterator.IMMUTABLE;
        }
    }

    /** supplier.get() forever. IMMUTABLE, unordered, unsized. */
    static final class Generate<T> implements Spliterator<T> {
        private final Supplier<? extends T> supplier;

        Generate(Supplier<? extends T> supplier) {
            this.supplier = supplier;
        }

        @Override public boolean tryAdvance(Consumer<? super T> action) {
            if (action == null) {
                throw new NullPointerException();
            }
            action.accept(supplier.get());
            return true;
        }

        @Override public Spliterator<T> trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return Long.MAX_VALUE;
        }

        @Override public int characteristics() {
            return Spliterator.IMMUTABLE;
        }
    }
}
