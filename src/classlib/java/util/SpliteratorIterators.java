/*
 * @fileoverview Iterators driven by a spliterator (Spliterators.iterator, hence every
 * stream's iterator()): hasNext() pulls one element ahead with tryAdvance.
 * The four classes are mechanical specializations of one another.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Holder of the spliterator-to-iterator adapters. */
final class SpliteratorIterators {
    private SpliteratorIterators() {
    }

    static final class OfRef<T> implements Iterator<T>, Consumer<T> {
        private final Spliterator<? extends T> spliterator;
        private boolean ready;
        private T next;

        OfRef(Spliterator<? extends T> spliterator) {
            this.spliterator = spliterator;
        }

        @Override public void accept(T t) {
            ready = true;
            next = t;
        }

        @Override public boolean hasNext() {
            if (!ready) {
                spliterator.tryAdvance(this);
            }
            return ready;
        }

        @Override public T next() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            T t = next;
            next = null;
            return t;
        }

        @Override public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (ready) {
                ready = false;
                T t = next;
                next = null;
                action.accept(t);
            }
            spliterator.forEachRemaining(action);
        }
    }

    static final class OfInt implements PrimitiveIterator.OfInt, IntConsumer {
        private final Spliterator.OfInt spliterator;
        private boolean ready;
        private int next;

        OfInt(Spliterator.OfInt spliterator) {
            this.spliterator = spliterator;
        }

        @Override public void accept(int t) {
            ready = true;
            next = t;
        }

        @Override public boolean hasNext() {
            if (!ready) {
                spliterator.tryAdvance((IntConsumer) this);
            }
            return ready;
        }

        @Override public int nextInt() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }

        @Override public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            if (ready) {
                ready = false;
                action.accept(next);
            }
            spliterator.forEachRemaining(action);
        }
    }

    static final class OfLong implements PrimitiveIterator.OfLong, LongConsumer {
        private final Spliterator.OfLong spliterator;
        private boolean ready;
        private long next;

        OfLong(Spliterator.OfLong spliterator) {
            this.spliterator = spliterator;
        }

        @Override public void accept(long t) {
            ready = true;
            next = t;
        }

        @Override public boolean hasNext() {
            if (!ready) {
                spliterator.tryAdvance((LongConsumer) this);
            }
            return ready;
        }

        @Override public long nextLong() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }

        @Override public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            if (ready) {
                ready = false;
                action.accept(next);
            }
            spliterator.forEachRemaining(action);
        }
    }

    static final class OfDouble implements PrimitiveIterator.OfDouble, DoubleConsumer {
        private final Spliterator.OfDouble spliterator;
        private boolean ready;
        private double next;

        OfDouble(Spliterator.OfDouble spliterator) {
            this.spliterator = spliterator;
        }

        @Override public void accept(double t) {
            ready = true;
            next = t;
        }

        @Override public boolean hasNext() {
            if (!ready) {
                spliterator.tryAdvance((DoubleConsumer) this);
            }
            return ready;
        }

        @Override public double nextDouble() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }

        @Override public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (ready) {
                ready = false;
                action.accept(next);
            }
            spliterator.forEachRemaining(action);
        }
    }
}
