/*
 * @fileoverview The sinks at the end of a pipeline, one per kind of terminal operation:
 * forEach, reductions (with identity, optional, mutable collection), counting, toArray
 * (buffered, or into a presized array), matching (anyMatch/allMatch/noneMatch stop at the deciding element) and
 * findFirst (stops after the first element).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The last sink of a pipeline, producing the terminal operation's result. */
abstract class TerminalSink<T, R> extends Sink<T> {
    /** The result, after end(). */
    abstract R result();

    /** True when the operation can finish before the input ends. */
    boolean isShortCircuit() {
        return false;
    }

    /** forEach / forEachOrdered. */
    static final class ForEach<T> extends TerminalSink<T, Void> {
        private final Consumer<? super T> action;

        ForEach(Consumer<? super T> action) {
            this.action = action;
        }

        @Override public void accept(T t) {
            action.accept(t);
        }

        @Override Void result() {
            return null;
        }
    }

    /** reduce(identity, accumulator[, combiner]): folds from the identity. */
    static final class Fold<T, U> extends TerminalSink<T, U> {
        private final U identity;
        private final BiFunction<U, ? super T, U> accumulator;
        private U state;

        Fold(U identity, BiFunction<U, ? super T, U> accumulator) {
            this.identity = identity;
            this.accumulator = accumulator;
        }

        @Override void begin(long size) {
            state = identity;
        }

        @Override public void accept(T t) {
            state = accumulator.apply(state, t);
        }

        @Override U result() {
            return state;
        }
    }

    /** reduce(accumulator): folds from the first element; {@code empty} tells if there was none. */
    static final class Reduce<T> extends TerminalSink<T, T> {
        private final BinaryOperator<T> operator;
        boolean empty;
        private T state;

        Reduce(BinaryOperator<T> operator) {
            this.operator = operator;
        }

        @Override void begin(long size) {
            empty = true;
            state = null;
        }

        @Override public void accept(T t) {
            if (empty) {
                empty = false;
                state = t;
            } else {
                state = operator.apply(state, t);
            }
        }

        @Override T result() {
            return state;
        }
    }

    /** collect(supplier, accumulator, combiner): a mutable container made at begin(). */
    static final class Collect<T, A> extends TerminalSink<T, A> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, ? super T> accumulator;
        private A container;

        Collect(Supplier<A> supplier, BiConsumer<A, ? super T> accumulator) {
            this.supplier = supplier;
            this.accumulator = accumulator;
        }

        @Override void begin(long size) {
            container = supplier.get();
        }

        @Override public void accept(T t) {
            accumulator.accept(container, t);
        }

        @Override A result() {
            return container;
        }
    }

    /** count() when the size is not known in advance. */
    static final class Counting<T> extends TerminalSink<T, Long> {
        private long count;

        @Override public void accept(T t) {
            count++;
        }

        @Override Long result() {
            return count;
        }
    }

    /** Buffers the elements for toArray (and the primitive toArray methods). */
    static final class Buffer<T> extends TerminalSink<T, Object[]> {
        private Object[] elements = new Object[16];
        private int size;

        @Override void begin(long size) {
            if (size > elements.length && size < Integer.MAX_VALUE - 8) {
                elements = new Object[(int) size];
            }
        }

        @Override public void accept(T t) {
            if (size == elements.length) {
                elements = Arrays.copyOf(elements, size * 2);
            }
            elements[size++] = t;
        }

        @Override Object[] result() {
            return size == elements.length ? elements : Arrays.copyOf(elements, size);
        }
    }

    /** Fills an array whose length must be the exact number of elements (sized toArray). */
    static final class FixedArray<T> extends TerminalSink<T, Object[]> {
        private final Object[] array;
        private int count;

        FixedArray(Object[] array) {
            this.array = array;
        }

        @Override void begin(long size) {
            if (size != array.length) {
                throw new IllegalStateException("Begin size " + size + " is not equal to fixed size " + array.length);
            }
            count = 0;
        }

        @Override public void accept(T t) {
            if (count >= array.length) {
                throw new IllegalStateException("Accept exceeded fixed size of " + array.length);
            }
            array[count++] = t;
        }

        @Override void end() {
            if (count < array.length) {
                throw new IllegalStateException("End size " + count + " is less than fixed size " + array.length);
            }
        }

        @Override Object[] result() {
            return array;
        }
    }

    /** anyMatch (stop on a match, true), allMatch (stop on a miss, false), noneMatch (stop on a match, false). */
    static final class Match<T> extends TerminalSink<T, Boolean> {
        private final Predicate<? super T> predicate;
        private final boolean stopWhen;
        private final boolean stopResult;
        private boolean stopped;

        private Match(Predicate<? super T> predicate, boolean stopWhen, boolean stopResult) {
            this.predicate = predicate;
            this.stopWhen = stopWhen;
            this.stopResult = stopResult;
        }

        static <T> Match<T> any(Predicate<? super T> predicate) {
            return new Match<>(predicate, true, true);
        }

        static <T> Match<T> all(Predicate<? super T> predicate) {
            return new Match<>(predicate, false, false);
        }

        static <T> Match<T> none(Predicate<? super T> predicate) {
            return new Match<>(predicate, true, false);
        }

        @Override public void accept(T t) {
            if (!stopped && predicate.test(t) == stopWhen) {
                stopped = true;
            }
        }

        @Override boolean cancellationRequested() {
            return stopped;
        }

        @Override boolean isShortCircuit() {
            return true;
        }

        @Override Boolean result() {
            return stopped ? stopResult : !stopResult;
        }
    }

    /** findFirst / findAny: keeps the first element; {@code found} tells if there was one. */
    static final class Find<T> extends TerminalSink<T, T> {
        boolean found;
        private T value;

        @Override public void accept(T t) {
            if (!found) {
                found = true;
                value = t;
            }
        }

        @Override boolean cancellationRequested() {
            return found;
        }

        @Override boolean isShortCircuit() {
            return true;
        }

        @Override T result() {
            return value;
        }
    }
}
