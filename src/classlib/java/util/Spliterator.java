/*
 * @fileoverview The Spliterator protocol: element-by-element (tryAdvance) or bulk
 * (forEachRemaining) traversal of a source, with characteristic bits describing it, and the
 * primitive specializations whose Consumer-taking methods box.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** An object for traversing (and possibly partitioning) the elements of a source. */
public interface Spliterator<T> {
    /** Encounter order is defined. */
    int ORDERED = 0x00000010;
    /** No two elements are equal. */
    int DISTINCT = 0x00000001;
    /** Elements follow getComparator() (or natural order when it is null). */
    int SORTED = 0x00000004;
    /** estimateSize() is exact before traversal. */
    int SIZED = 0x00000040;
    /** No element is null. */
    int NONNULL = 0x00000100;
    /** The source cannot be structurally modified. */
    int IMMUTABLE = 0x00000400;
    /** The source may be modified concurrently. */
    int CONCURRENT = 0x00001000;
    /** Every split-off spliterator is SIZED too. */
    int SUBSIZED = 0x00004000;

    /** Feeds the next element to {@code action}; false when there was none. */
    boolean tryAdvance(Consumer<? super T> action);

    /** Feeds every remaining element to {@code action}. */
    default void forEachRemaining(Consumer<? super T> action) {
        do {
        } while (tryAdvance(action));
    }

    /** Splits off a prefix of the elements, or returns null. */
    Spliterator<T> trySplit();

    /** The number of remaining elements, or an estimate (Long.MAX_VALUE if unknown). */
    long estimateSize();

    /** estimateSize() when SIZED, else -1. */
    default long getExactSizeIfKnown() {
        return (characteristics() & SIZED) == 0 ? -1L : estimateSize();
    }

    /** The characteristic bits. */
    int characteristics();

    /** True when all the given characteristic bits are set. */
    default boolean hasCharacteristics(int characteristics) {
        return (characteristics() & characteristics) == characteristics;
    }

    /** The sort order of a SORTED source (null: natural order). */
    default Comparator<? super T> getComparator() {
        throw new IllegalStateException();
    }

    /** A spliterator over primitive values. */
    interface OfPrimitive<T, T_CONS, T_SPLITR extends Spliterator.OfPrimitive<T, T_CONS, T_SPLITR>>
            extends Spliterator<T> {
        @Override T_SPLITR trySplit();

        /** Feeds the next value to {@code action}; false when there was none. */
        boolean tryAdvance(T_CONS action);

        /** Feeds every remaining value to {@code action}. */
        default void forEachRemaining(T_CONS action) {
            do {
            } while (tryAdvance(action));
        }
    }

    /** A spliterator over int values. */
    interface OfInt extends OfPrimitive<Integer, IntConsumer, OfInt> {
        @Override OfInt trySplit();

        @Override boolean tryAdvance(IntConsumer action);

        @Override default void forEachRemaining(IntConsumer action) {
            do {
            } while (tryAdvance(action));
        }

        /** Boxes each value unless {@code action} is also an IntConsumer. */
        @Override default boolean tryAdvance(Consumer<? super Integer> action) {
            if (action instanceof IntConsumer) {
                return tryAdvance((IntConsumer) action);
            }
            Objects.requireNonNull(action);
            return tryAdvance((IntConsumer) action::accept);
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

    /** A spliterator over long values. */
    interface OfLong extends OfPrimitive<Long, LongConsumer, OfLong> {
        @Override OfLong trySplit();

        @Override boolean tryAdvance(LongConsumer action);

        @Override default void forEachRemaining(LongConsumer action) {
            do {
            } while (tryAdvance(action));
        }

        /** Boxes each value unless {@code action} is also a LongConsumer. */
        @Override default boolean tryAdvance(Consumer<? super Long> action) {
            if (action instanceof LongConsumer) {
                return tryAdvance((LongConsumer) action);
            }
            Objects.requireNonNull(action);
            return tryAdvance((LongConsumer) action::accept);
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

    /** A spliterator over double values. */
    interface OfDouble extends OfPrimitive<Double, DoubleConsumer, OfDouble> {
        @Override OfDouble trySplit();

        @Override boolean tryAdvance(DoubleConsumer action);

        @Override default void forEachRemaining(DoubleConsumer action) {
            do {
            } while (tryAdvance(action));
        }

        /** Boxes each value unless {@code action} is also a DoubleConsumer. */
        @Override default boolean tryAdvance(Consumer<? super Double> action) {
            if (action instanceof DoubleConsumer) {
                return tryAdvance((DoubleConsumer) action);
            }
            Objects.requireNonNull(action);
            return tryAdvance((DoubleConsumer) action::accept);
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
