/*
 * @fileoverview The Stream implementation: each intermediate operation adds a stage with the
 * matching Op, each terminal operation evaluates the pipeline into a TerminalSink. Argument
 * null checks come before the reuse check, as in the JDK.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** A stage of a pipeline of object elements. */
final class ReferencePipeline<T> extends AbstractPipeline<T, Stream<T>> implements Stream<T> {
    ReferencePipeline(Spliterator<?> source, boolean parallel) {
        super(source, parallel);
    }

    ReferencePipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        super(supplier, characteristics, parallel);
    }

    ReferencePipeline(AbstractPipeline<?, ?> upstream, Op<?, T> op) {
        super(upstream, op);
    }

    @Override Stream<T> withOp(Op<T, T> op) {
        return new ReferencePipeline<>(this, op);
    }

    // ---- intermediate operations ----

    @Override public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return withOp(StatelessOps.filter(predicate));
    }

    @Override public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, StatelessOps.map(mapper));
    }

    @Override public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StatelessOps.<T, Integer>map(t -> mapper.applyAsInt(t)));
    }

    @Override public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StatelessOps.<T, Long>map(t -> mapper.applyAsLong(t)));
    }

    @Override public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StatelessOps.<T, Double>map(t -> mapper.applyAsDouble(t)));
    }

    @Override public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, StatelessOps.flatMap(mapper));
    }

    @Override public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StatelessOps.<T, Integer>flatMap(t -> IntPipeline.boxed(mapper.apply(t))));
    }

    @Override public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StatelessOps.<T, Long>flatMap(t -> LongPipeline.boxed(mapper.apply(t))));
    }

    @Override public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StatelessOps.<T, Double>flatMap(t -> DoublePipeline.boxed(mapper.apply(t))));
    }

    @Override public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<R>(this, StatelessOps.mapMulti(mapper));
    }

    @Override public IntStream mapMultiToInt(BiConsumer<? super T, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StatelessOps.<T, Integer>mapMulti(
                (t, sink) -> mapper.accept(t, (IntConsumer) sink::accept)));
    }

    @Override public LongStream mapMultiToLong(BiConsumer<? super T, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StatelessOps.<T, Long>mapMulti(
                (t, sink) -> mapper.accept(t, (LongConsumer) sink::accept)));
    }

    @Override public DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StatelessOps.<T, Double>mapMulti(
                (t, sink) -> mapper.accept(t, (DoubleConsumer) sink::accept)));
    }

    @Override public Stream<T> distinct() {
        return withOp(new DistinctOp<>(0));
    }

    @SuppressWarnings("unchecked")
    @Override public Stream<T> sorted() {
        if (sorted) {
            return withOp(StatelessOps.passThrough(Op.SETS_SORTED | Op.SETS_ORDERED));
        }
        Comparator<? super T> natural = (Comparator<? super T>) Comparator.naturalOrder();
        return withOp(new SortedOp<>(natural, true));
    }

    @Override public Stream<T> sorted(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return withOp(new SortedOp<>(comparator, false));
    }

    @Override public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return withOp(StatelessOps.peek(action));
    }

    @Override public Stream<T> limit(long maxSize) {
        return withOp(SliceOp.limit(maxSize));
    }

    @Override public Stream<T> skip(long n) {
        if (n == 0) {
            return this;
        }
        return withOp(SliceOp.skip(n));
    }

    @Override public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return withOp(WhileOps.takeWhile(predicate));
    }

    @Override public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return withOp(WhileOps.dropWhile(predicate));
    }

    // ---- terminal operations ----

    @Override public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        evaluate(new TerminalSink.ForEach<>(action));
    }

    @Override public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    @Override public Object[] toArray() {
        return evaluateToArray(Object[]::new);
    }

    @SuppressWarnings("unchecked")
    @Override public <A> A[] toArray(IntFunction<A[]> generator) {
        Objects.requireNonNull(generator);
        return (A[]) evaluateToArray(generator);
    }

    @Override public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        return evaluate(new TerminalSink.Fold<T, T>(identity, accumulator));
    }

    @Override public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        TerminalSink.Reduce<T> sink = new TerminalSink.Reduce<>(accumulator);
        T result = evaluate(sink);
        return sink.empty ? Optional.empty() : Optional.of(result);
    }

    @Override public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(new TerminalSink.Fold<T, U>(identity, accumulator));
    }

    @Override public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(new TerminalSink.Collect<>(supplier, accumulator));
    }

    /**
     * Calls the collector's methods in the JDK's order: supplier, accumulator, combiner,
     * characteristics (before traversal), then characteristics and, unless IDENTITY_FINISH,
     * finisher.
     */
    @SuppressWarnings("unchecked")
    @Override public <R, A> R collect(Collector<? super T, A, R> collector) {
        Supplier<A> supplier = Objects.requireNonNull(collector).supplier();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        collector.combiner();
        collector.characteristics();
        A container = evaluate(new TerminalSink.Collect<T, A>(supplier, accumulator));
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container
                : collector.finisher().apply(container);
    }

    @Override public Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    @Override public Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    @Override public long count() {
        return evaluateCount();
    }

    @Override public boolean anyMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.any(predicate));
    }

    @Override public boolean allMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.all(predicate));
    }

    @Override public boolean noneMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.none(predicate));
    }

    @Override public Optional<T> findFirst() {
        TerminalSink.Find<T> sink = new TerminalSink.Find<>();
        T result = evaluate(sink);
        return sink.found ? Optional.of(result) : Optional.empty();
    }

    @Override public Optional<T> findAny() {
        return findFirst();
    }

    @Override public Iterator<T> iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override public Spliterator<T> spliterator() {
        return lazySpliterator();
    }
}
