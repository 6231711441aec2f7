/*
 * @fileoverview The DoubleStream implementation, over the shared engine with boxed Double
 * elements: each method adapts its double-typed function to the generic Op or TerminalSink.
 * sum and average use the JDK's compensated summation (CompensatedSum); min/max are
 * Math.min/max reductions (NaN wins, -0.0 < 0.0); sorted() orders like Double.compare.
 * distinct() (by Double.equals) forgets natural order, as the JDK's (boxing) one does.
 * Otherwise a mechanical specialization of IntPipeline.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/** A stage of a pipeline of double elements. */
final class DoublePipeline extends AbstractPipeline<Double, DoubleStream> implements DoubleStream {
    DoublePipeline(Spliterator<?> source, boolean parallel) {
        super(source, parallel);
    }

    DoublePipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        super(supplier, characteristics, parallel);
    }

    DoublePipeline(AbstractPipeline<?, ?> upstream, Op<?, Double> op) {
        super(upstream, op);
    }

    @Override DoubleStream withOp(Op<Double, Double> op) {
        return new DoublePipeline(this, op);
    }

    /** {@code s} boxed for flatMap (null stays null). */
    static Stream<Double> boxed(DoubleStream s) {
        return s == null ? null : s.boxed();
    }

    // ---- intermediate operations ----

    @Override public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(StatelessOps.filter(x -> predicate.test(x)));
    }

    @Override public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.map(x -> mapper.applyAsDouble(x)));
    }

    @Override public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, StatelessOps.<Double, U>map(x -> mapper.apply(x)));
    }

    @Override public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StatelessOps.<Double, Integer>map(x -> mapper.applyAsInt(x)));
    }

    @Override public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StatelessOps.<Double, Long>map(x -> mapper.applyAsLong(x)));
    }

    @Override public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.<Double, Double>flatMap(x -> boxed(mapper.apply(x))));
    }

    @Override public DoubleStream mapMulti(DoubleStream.DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.<Double, Double>mapMulti(
                (x, sink) -> mapper.accept(x, (DoubleConsumer) sink::accept)));
    }

    @Override public DoubleStream distinct() {
        return withOp(new DistinctOp<>(Op.CLEARS_SORTED));
    }

    @Override public DoubleStream sorted() {
        if (sorted) {
            return withOp(StatelessOps.passThrough(Op.SETS_SORTED | Op.SETS_ORDERED));
        }
        return withOp(new SortedOp<>(Comparator.<Double>naturalOrder(), true));
    }

    @Override public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return withOp(StatelessOps.peek(x -> action.accept(x)));
    }

    @Override public DoubleStream limit(long maxSize) {
        return withOp(SliceOp.limit(maxSize));
    }

    @Override public DoubleStream skip(long n) {
        if (n == 0) {
            return this;
        }
        return withOp(SliceOp.skip(n));
    }

    @Override public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(WhileOps.takeWhile(x -> predicate.test(x)));
    }

    @Override public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(WhileOps.dropWhile(x -> predicate.test(x)));
    }

    @Override public Stream<Double> boxed() {
        return new ReferencePipeline<Double>(this, StatelessOps.<Double, Double>convert(x -> x));
    }

    // ---- terminal operations ----

    @Override public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new TerminalSink.ForEach<Double>(x -> action.accept(x)));
    }

    @Override public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    @Override public double[] toArray() {
        Object[] boxed = evaluateToArray(Object[]::new);
        double[] result = new double[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            result[i] = (Double) boxed[i];
        }
        return result;
    }

    /** Folds into a one-element array, so the running value is not boxed at each step. */
    @Override public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] state = evaluate(new TerminalSink.Collect<Double, double[]>(() -> new double[] {identity},
                (a, x) -> a[0] = op.applyAsDouble(a[0], x)));
        return state[0];
    }

    @Override public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        TerminalSink.Reduce<Double> sink = new TerminalSink.Reduce<>((a, b) -> op.applyAsDouble(a, b));
        Double result = evaluate(sink);
        return sink.empty ? OptionalDouble.empty() : OptionalDouble.of(result);
    }

    @Override public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(new TerminalSink.Collect<Double, R>(supplier, (r, x) -> accumulator.accept(r, x)));
    }

    @Override public double sum() {
        double[] state = collect(() -> new double[3], CompensatedSum::add, (a, b) -> {
        });
        return CompensatedSum.result(state);
    }

    @Override public OptionalDouble min() {
        return reduce(Math::min);
    }

    @Override public OptionalDouble max() {
        return reduce(Math::max);
    }

    @Override public long count() {
        return evaluateCount();
    }

    @Override public OptionalDouble average() {
        double[] state = collect(() -> new double[4], (a, x) -> {
            CompensatedSum.add(a, x);
            a[3]++;
        }, (a, b) -> {
        });
        return state[3] > 0
                ? OptionalDouble.of(CompensatedSum.result(state) / state[3])
                : OptionalDouble.empty();
    }

    @Override public DoubleSummaryStatistics summaryStatistics() {
        return collect(DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, DoubleSummaryStatistics::combine);
    }

    @Override public boolean anyMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Double>any(x -> predicate.test(x)));
    }

    @Override public boolean allMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Double>all(x -> predicate.test(x)));
    }

    @Override public boolean noneMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Double>none(x -> predicate.test(x)));
    }

    @Override public OptionalDouble findFirst() {
        TerminalSink.Find<Double> sink = new TerminalSink.Find<>();
        Double result = evaluate(sink);
        return sink.found ? OptionalDouble.of(result) : OptionalDouble.empty();
    }

    @Override public OptionalDouble findAny() {
        return findFirst();
    }

    @Override public PrimitiveIterator.OfDouble iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override public Spliterator.OfDouble spliterator() {
        Spliterator<Double> s = lazySpliterator();
        return s instanceof Spliterator.OfDouble ? (Spliterator.OfDouble) s : new BoxedSpliterators.OfDouble(s);
    }
}
