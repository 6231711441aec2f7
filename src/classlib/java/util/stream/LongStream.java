/*
 * @fileoverview A sequence of long values supporting lazy aggregate operations (implemented by
 * LongPipeline), with the static factories. The default methods are what an LongStream
 * implemented outside this library gets; LongPipeline overrides them.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/** A sequence of primitive long-valued elements. */
public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);

    LongStream map(LongUnaryOperator mapper);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    IntStream mapToInt(LongToIntFunction mapper);

    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    default LongStream mapMulti(LongMapMultiConsumer mapper) {
        return asPipeline(this).mapMulti(mapper);
    }

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    default LongStream takeWhile(LongPredicate predicate) {
        return asPipeline(this).takeWhile(predicate);
    }

    default LongStream dropWhile(LongPredicate predicate) {
        return asPipeline(this).dropWhile(predicate);
    }

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    LongSummaryStatistics summaryStatistics();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    DoubleStream asDoubleStream();

    Stream<Long> boxed();

    @Override LongStream sequential();

    @Override LongStream parallel();

    @Override PrimitiveIterator.OfLong iterator();

    @Override Spliterator.OfLong spliterator();

    // ---- factories ----

    public static Builder builder() {
        return new StreamBuilders.OfLong();
    }

    public static LongStream empty() {
        return StreamSupport.longStream(Spliterators.emptyLongSpliterator(), false);
    }

    public static LongStream of(long t) {
        return StreamSupport.longStream(Spliterators.spliterator(new long[] {t}, Spliterator.ORDERED | Spliterator.IMMUTABLE), false);
    }

    public static LongStream of(long... values) {
        return java.util.Arrays.stream(values);
    }

    public static LongStream iterate(final long seed, final LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return new LongPipeline(new InfiniteSpliterators.Iterate<Long>(seed, null, x -> f.applyAsLong(x)), false);
    }

    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new LongPipeline(new InfiniteSpliterators.Iterate<Long>(seed, x -> hasNext.test(x), x -> next.applyAsLong(x)), false);
    }

    public static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return new LongPipeline(new InfiniteSpliterators.Generate<Long>(() -> s.getAsLong()), false);
    }

    /** startInclusive, ..., endExclusive - 1 (empty if start >= end). */
    public static LongStream range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        return StreamSupport.longStream(new RangeSpliterators.OfLong(startInclusive, endExclusive - 1), false);
    }

    public static LongStream rangeClosed(long startInclusive, long endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        return StreamSupport.longStream(new RangeSpliterators.OfLong(startInclusive, endInclusive), false);
    }

    public static LongStream concat(LongStream a, LongStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        LongStream stream = new LongPipeline(new ConcatSpliterator<Long>(a.spliterator(), b.spliterator()),
                a.isParallel() || b.isParallel());
        return stream.onClose(ConcatSpliterator.closeBoth(a, b));
    }

    /** A mutable builder for a LongStream. */
    public interface Builder extends LongConsumer {
        @Override void accept(long t);

        default Builder add(long t) {
            accept(t);
            return this;
        }

        LongStream build();
    }

    /** Emits any number of values for one value (mapMulti). */
    @FunctionalInterface
    public interface LongMapMultiConsumer {
        void accept(long value, LongConsumer ic);
    }

    /** {@code s} as one of our pipelines (for the default methods on foreign streams). */
    private static LongPipeline asPipeline(LongStream s) {
        if (s instanceof LongPipeline) {
            return (LongPipeline) s;
        }
        LongPipeline p = new LongPipeline(s.spliterator(), s.isParallel());
        p.onClose(s::close);
        return p;
    }
}
