/*
 * @fileoverview A sequence of int values supporting lazy aggregate operations (implemented by
 * IntPipeline), with the static factories. The default methods are what an IntStream
 * implemented outside this library gets; IntPipeline overrides them.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/** A sequence of primitive int-valued elements. */
public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    default IntStream mapMulti(IntMapMultiConsumer mapper) {
        return asPipeline(this).mapMulti(mapper);
    }

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    default IntStream takeWhile(IntPredicate predicate) {
        return asPipeline(this).takeWhile(predicate);
    }

    default IntStream dropWhile(IntPredicate predicate) {
        return asPipeline(this).dropWhile(predicate);
    }

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    IntSummaryStatistics summaryStatistics();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    Stream<Integer> boxed();

    @Override IntStream sequential();

    @Override IntStream parallel();

    @Override PrimitiveIterator.OfInt iterator();

    @Override Spliterator.OfInt spliterator();

    // ---- factories ----

    public static Builder builder() {
        return new StreamBuilders.OfInt();
    }

    public static IntStream empty() {
        return StreamSupport.intStream(Spliterators.emptyIntSpliterator(), false);
    }

    public static IntStream of(int t) {
        return StreamSupport.intStream(Spliterators.spliterator(new int[] {t}, Spliterator.ORDERED | Spliterator.IMMUTABLE), false);
    }

    public static IntStream of(int... values) {
        return java.util.Arrays.stream(values);
    }

    public static IntStream iterate(final int seed, final IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return new IntPipeline(new InfiniteSpliterators.Iterate<Integer>(seed, null, x -> f.applyAsInt(x)), false);
    }

    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new IntPipeline(new InfiniteSpliterators.Iterate<Integer>(seed, x -> hasNext.test(x), x -> next.applyAsInt(x)), false);
    }

    public static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return new IntPipeline(new InfiniteSpliterators.Generate<Integer>(() -> s.getAsInt()), false);
    }

    /** startInclusive, ..., endExclusive - 1 (empty if start >= end). */
    public static IntStream range(int startInclusive, int endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        return StreamSupport.intStream(new RangeSpliterators.OfInt(startInclusive, endExclusive - 1L), false);
    }

    public static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        return StreamSupport.intStream(new RangeSpliterators.OfInt(startInclusive, endInclusive), false);
    }

    public static IntStream concat(IntStream a, IntStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        IntStream stream = new IntPipeline(new ConcatSpliterator<Integer>(a.spliterator(), b.spliterator()),
                a.isParallel() || b.isParallel());
        return stream.onClose(ConcatSpliterator.closeBoth(a, b));
    }

    /** A mutable builder for an IntStream. */
    public interface Builder extends IntConsumer {
        @Override void accept(int t);

        default Builder add(int t) {
            accept(t);
            return this;
        }

        IntStream build();
    }

    /** Emits any number of values for one value (mapMulti). */
    @FunctionalInterface
    public interface IntMapMultiConsumer {
        void accept(int value, IntConsumer ic);
    }

    /** {@code s} as one of our pipelines (for the default methods on foreign streams). */
    private static IntPipeline asPipeline(IntStream s) {
        if (s instanceof IntPipeline) {
            return (IntPipeline) s;
        }
        IntPipeline p = new IntPipeline(s.spliterator(), s.isParallel());
        p.onClose(s::close);
        return p;
    }
}
