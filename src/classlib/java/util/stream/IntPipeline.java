/*
 * @fileoverview The IntStream implementation, over the shared engine with boxed Integer
 * elements: each method adapts its int-typed function to the generic Op or TerminalSink.
 * sum/average/summaryStatistics follow the JDK's definitions (int sum wraps; average divides
 * the long sum by the count). distinct() forgets natural order, as the JDK's (boxing) one does.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Comparator;
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
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/** A stage of a pipeline of int elements. */
final class IntPipeline extends AbstractPipeline<Integer, IntStream> implements IntStream {
    IntPipeline(Spliterator<?> source, boolean parallel) {
        super(source, parallel);
    }

    IntPipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        super(supplier, characteristics, parallel);
    }

    IntPipeline(AbstractPipeline<?, ?> upstream, Op<?, Integer> op) {
        super(upstream, op);
    }

    @Override IntStream withOp(Op<Integer, Integer> op) {
        return new IntPipeline(this, op);
    }

    /** {@code s} boxed for flatMap (null stays null). */
    static Stream<Integer> boxed(IntStream s) {
        return s == null ? null : s.boxed();
    }

    // ---- intermediate operations ----

    @Override public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(StatelessOps.filter(x -> predicate.test(x)));
    }

    @Override public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.map(x -> mapper.applyAsInt(x)));
    }

    @Override public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, StatelessOps.<Integer, U>map(x -> mapper.apply(x)));
    }

    @Override public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, StatelessOps.<Integer, Long>map(x -> mapper.applyAsLong(x)));
    }

    @Override public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StatelessOps.<Integer, Double>map(x -> mapper.applyAsDouble(x)));
    }

    @Override public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.<Integer, Integer>flatMap(x -> boxed(mapper.apply(x))));
    }

    @Override public IntStream mapMulti(IntStream.IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.<Integer, Integer>mapMulti(
                (x, sink) -> mapper.accept(x, (IntConsumer) sink::accept)));
    }

    @Override public IntStream distinct() {
        return withOp(new DistinctOp<>(Op.CLEARS_SORTED));
    }

    @Override public IntStream sorted() {
        if (sorted) {
            return withOp(StatelessOps.passThrough(Op.SETS_SORTED | Op.SETS_ORDERED));
        }
        return withOp(new SortedOp<>(Comparator.<Integer>naturalOrder(), true));
    }

    @Override public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return withOp(StatelessOps.peek(x -> action.accept(x)));
    }

    @Override public IntStream limit(long maxSize) {
        return withOp(SliceOp.limit(maxSize));
    }

    @Override public IntStream skip(long n) {
        if (n == 0) {
            return this;
        }
        return withOp(SliceOp.skip(n));
    }

    @Override public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(WhileOps.takeWhile(x -> predicate.test(x)));
    }

    @Override public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(WhileOps.dropWhile(x -> predicate.test(x)));
    }

    @Override public LongStream asLongStream() {
        return new LongPipeline(this, StatelessOps.<Integer, Long>convert(x -> (long) x));
    }

    @Override public DoubleStream asDoubleStream() {
        return new DoublePipeline(this, StatelessOps.<Integer, Double>convert(x -> (double) x));
    }

    @Override public Stream<Integer> boxed() {
        return new ReferencePipeline<Integer>(this, StatelessOps.<Integer, Integer>convert(x -> x));
    }

    // ---- terminal operations ----

    @Override public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new TerminalSink.ForEach<Integer>(x -> action.accept(x)));
    }

    @Override public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    @Override public int[] toArray() {
        Object[] boxed = evaluateToArray(Object[]::new);
        int[] result = new int[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            result[i] = (Integer) boxed[i];
        }
        return result;
    }

    /** Folds into a one-element array, so the running value is not boxed at each step. */
    @Override public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] state = evaluate(new TerminalSink.Collect<Integer, int[]>(() -> new int[] {identity},
                (a, x) -> a[0] = op.applyAsInt(a[0], x)));
        return state[0];
    }

    @Override public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        TerminalSink.Reduce<Integer> sink = new TerminalSink.Reduce<>((a, b) -> op.applyAsInt(a, b));
        Integer result = evaluate(sink);
        return sink.empty ? OptionalInt.empty() : OptionalInt.of(result);
    }

    @Override public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(new TerminalSink.Collect<Integer, R>(supplier, (r, x) -> accumulator.accept(r, x)));
    }

    @Override public int sum() {
        return reduce(0, Integer::sum);
    }

    @Override public OptionalInt min() {
        return reduce(Math::min);
    }

    @Override public OptionalInt max() {
        return reduce(Math::max);
    }

    @Override public long count() {
        return evaluateCount();
    }

    @Override public OptionalDouble average() {
        long[] countAndSum = collect(() -> new long[2], (a, x) -> {
            a[0]++;
            a[1] += x;
        }, (a, b) -> {
        });
        return countAndSum[0] > 0
                ? OptionalDouble.of((double) countAndSum[1] / countAndSum[0])
                : OptionalDouble.empty();
    }

    @Override public IntSummaryStatistics summaryStatistics() {
        return collect(IntSummaryStatistics::new, IntSummaryStatistics::accept, IntSummaryStatistics::combine);
    }

    @Override public boolean anyMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Integer>any(x -> predicate.test(x)));
    }

    @Override public boolean allMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Integer>all(x -> predicate.test(x)));
    }

    @Override public boolean noneMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Integer>none(x -> predicate.test(x)));
    }

    @Override public OptionalInt findFirst() {
        TerminalSink.Find<Integer> sink = new TerminalSink.Find<>();
        Integer result = evaluate(sink);
        return sink.found ? OptionalInt.of(result) : OptionalInt.empty();
    }

    @Override public OptionalInt findAny() {
        return findFirst();
    }

    @Override public PrimitiveIterator.OfInt iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override public Spliterator.OfInt spliterator() {
        Spliterator<Integer> s = lazySpliterator();
        return s instanceof Spliterator.OfInt ? (Spliterator.OfInt) s : new BoxedSpliterators.OfInt(s);
    }
}
