/*
 * @fileoverview A sequence of double values supporting lazy aggregate operations (implemented by
 * DoublePipeline), with the static factories. The default methods are what an DoubleStream
 * implemented outside this library gets; DoublePipeline overrides them.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/** A sequence of primitive double-valued elements. */
public interface DoubleStream extends BaseStream<Double, DoubleStream> {
    DoubleStream filter(DoublePredicate predicate);

    DoubleStream map(DoubleUnaryOperator mapper);

    <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper);

    IntStream mapToInt(DoubleToIntFunction mapper);

    LongStream mapToLong(DoubleToLongFunction mapper);

    DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper);

    default DoubleStream mapMulti(DoubleMapMultiConsumer mapper) {
        return asPipeline(this).mapMulti(mapper);
    }

    DoubleStream distinct();

    DoubleStream sorted();

    DoubleStream peek(DoubleConsumer action);

    DoubleStream limit(long maxSize);

    DoubleStream skip(long n);

    default DoubleStream takeWhile(DoublePredicate predicate) {
        return asPipeline(this).takeWhile(predicate);
    }

    default DoubleStream dropWhile(DoublePredicate predicate) {
        return asPipeline(this).dropWhile(predicate);
    }

    void forEach(DoubleConsumer action);

    void forEachOrdered(DoubleConsumer action);

    double[] toArray();

    double reduce(double identity, DoubleBinaryOperator op);

    OptionalDouble reduce(DoubleBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner);

    double sum();

    OptionalDouble min();

    OptionalDouble max();

    long count();

    OptionalDouble average();

    DoubleSummaryStatistics summaryStatistics();

    boolean anyMatch(DoublePredicate predicate);

    boolean allMatch(DoublePredicate predicate);

    boolean noneMatch(DoublePredicate predicate);

    OptionalDouble findFirst();

    OptionalDouble findAny();

    Stream<Double> boxed();

    @Override DoubleStream sequential();

    @Override DoubleStream parallel();

    @Override PrimitiveIterator.OfDouble iterator();

    @Override Spliterator.OfDouble spliterator();

    // ---- factories ----

    public static Builder builder() {
        return new StreamBuilders.OfDouble();
    }

    public static DoubleStream empty() {
        return StreamSupport.doubleStream(Spliterators.emptyDoubleSpliterator(), false);
    }

    public static DoubleStream of(double t) {
        return StreamSupport.doubleStream(Spliterators.spliterator(new double[] {t}, Spliterator.ORDERED | Spliterator.IMMUTABLE), false);
    }

    public static DoubleStream of(double... values) {
        return java.util.Arrays.stream(values);
    }

    public static DoubleStream iterate(final double seed, final DoubleUnaryOperator f) {
        Objects.requireNonNull(f);
        return new DoublePipeline(new InfiniteSpliterators.Iterate<Double>(seed, null, x -> f.applyAsDouble(x)), false);
    }

    public static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new DoublePipeline(new InfiniteSpliterators.Iterate<Double>(seed, x -> hasNext.test(x), x -> next.applyAsDouble(x)), false);
    }

    public static DoubleStream generate(DoubleSupplier s) {
        Objects.requireNonNull(s);
        return new DoublePipeline(new InfiniteSpliterators.Generate<Double>(() -> s.getAsDouble()), false);
    }

    public static DoubleStream concat(DoubleStream a, DoubleStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        DoubleStream stream = new DoublePipeline(new ConcatSpliterator<Double>(a.spliterator(), b.spliterator()),
                a.isParallel() || b.isParallel());
        return stream.onClose(ConcatSpliterator.closeBoth(a, b));
    }

    /** A mutable builder for a DoubleStream. */
    public interface Builder extends DoubleConsumer {
        @Override void accept(double t);

        default Builder add(double t) {
            accept(t);
            return this;
        }

        DoubleStream build();
    }

    /** Emits any number of values for one value (mapMulti). */
    @FunctionalInterface
    public interface DoubleMapMultiConsumer {
        void accept(double value, DoubleConsumer ic);
    }

    /** {@code s} as one of our pipelines (for the default methods on foreign streams). */
    private static DoublePipeline asPipeline(DoubleStream s) {
        if (s instanceof DoublePipeline) {
            return (DoublePipeline) s;
        }
        DoublePipeline p = new DoublePipeline(s.spliterator(), s.isParallel());
        p.onClose(s::close);
        return p;
    }
}
