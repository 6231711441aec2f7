/*
 * @fileoverview Iterators over primitive values (what IntStream.iterator() and friends
 * return); next() and forEachRemaining(Consumer) box.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** An iterator whose elements are primitive values. */
public interface PrimitiveIterator<T, T_CONS> extends Iterator<T> {
    /** Feeds every remaining value to {@code action}. */
    void forEachRemaining(T_CONS action);

    /** An iterator over int values. */
    interface OfInt extends PrimitiveIterator<Integer, IntConsumer> {
        /** The next value. */
        int nextInt();

        @Override default void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) {
                action.accept(nextInt());
            }
        }

        @Override default Integer next() {
            return nextInt();
        }

        @Override default void forEachRemaining(Consumer<? super Integer> action) {
            if (action instanceof IntConsumer) {
                forEachRemaining((IntConsumer) action);
            } else {
                Objects.requireNonNull(action);
                forEachRemaining((IntConsumer) action::accept);
            }
        }
    }

    /** An iterator over long values. */
    interface OfLong extends PrimitiveIterator<Long, LongConsumer> {
        /** The next value. */
        long nextLong();

        @Override default void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) {
                action.accept(nextLong());
            }
        }

        @Override default Long next() {
            return nextLong();
        }

        @Override default void forEachRemaining(Consumer<? super Long> action) {
            if (action instanceof LongConsumer) {
                forEachRemaining((LongConsumer) action);
            } else {
                Objects.requireNonNull(action);
                forEachRemaining((LongConsumer) action::accept);
            }
        }
    }

    /** An iterator over double values. */
    interface OfDouble extends PrimitiveIterator<Double, DoubleConsumer> {
        /** The next value. */
        double nextDouble();

        @Override default void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            while (hasNext()) {
                action.accept(nextDouble());
            }
        }

        @Override default Double next() {
            return nextDouble();
        }

        @Override default void forEachRemaining(Consumer<? super Double> action) {
            if (action instanceof DoubleConsumer) {
                forEachRemaining((DoubleConsumer) action);
            } else {
                Objects.requireNonNull(action);
                forEachRemaining((DoubleConsumer) action::accept);
            }
        }
    }
}
