/*
 * @fileoverview The LongStream implementation, over the shared engine with boxed Long
 * elements: each method adapts its long-typed function to the generic Op or TerminalSink.
 * sum/average/summaryStatistics follow the JDK's definitions (the sum wraps; average divides
 * the sum by the count). distinct() forgets natural order, as the JDK's (boxing) one does.
 * A mechanical specialization of IntPipeline.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Comparator;
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
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/** A stage of a pipeline of long elements. */
final class LongPipeline extends AbstractPipeline<Long, LongStream> implements LongStream {
    LongPipeline(Spliterator<?> source, boolean parallel) {
        super(source, parallel);
    }

    LongPipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        super(supplier, characteristics, parallel);
    }

    LongPipeline(AbstractPipeline<?, ?> upstream, Op<?, Long> op) {
        super(upstream, op);
    }

    @Override LongStream withOp(Op<Long, Long> op) {
        return new LongPipeline(this, op);
    }

    /** {@code s} boxed for flatMap (null stays null). */
    static Stream<Long> boxed(LongStream s) {
        return s == null ? null : s.boxed();
    }

    // ---- intermediate operations ----

    @Override public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(StatelessOps.filter(x -> predicate.test(x)));
    }

    @Override public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.map(x -> mapper.applyAsLong(x)));
    }

    @Override public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new ReferencePipeline<U>(this, StatelessOps.<Long, U>map(x -> mapper.apply(x)));
    }

    @Override public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, StatelessOps.<Long, Integer>map(x -> mapper.applyAsInt(x)));
    }

    @Override public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, StatelessOps.<Long, Double>map(x -> mapper.applyAsDouble(x)));
    }

    @Override public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.<Long, Long>flatMap(x -> boxed(mapper.apply(x))));
    }

    @Override public LongStream mapMulti(LongStream.LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return withOp(StatelessOps.<Long, Long>mapMulti(
                (x, sink) -> mapper.accept(x, (LongConsumer) sink::accept)));
    }

    @Override public LongStream distinct() {
        return withOp(new DistinctOp<>(Op.CLEARS_SORTED));
    }

    @Override public LongStream sorted() {
        if (sorted) {
            return withOp(StatelessOps.passThrough(Op.SETS_SORTED | Op.SETS_ORDERED));
        }
        return withOp(new SortedOp<>(Comparator.<Long>naturalOrder(), true));
    }

    @Override public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return withOp(StatelessOps.peek(x -> action.accept(x)));
    }

    @Override public LongStream limit(long maxSize) {
        return withOp(SliceOp.limit(maxSize));
    }

    @Override public LongStream skip(long n) {
        if (n == 0) {
            return this;
        }
        return withOp(SliceOp.skip(n));
    }

    @Override public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(WhileOps.takeWhile(x -> predicate.test(x)));
    }

    @Override public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return withOp(WhileOps.dropWhile(x -> predicate.test(x)));
    }

    @Override public DoubleStream asDoubleStream() {
        return new DoublePipeline(this, StatelessOps.<Long, Double>convert(x -> (double) x));
    }

    @Override public Stream<Long> boxed() {
        return new ReferencePipeline<Long>(this, StatelessOps.<Long, Long>convert(x -> x));
    }

    // ---- terminal operations ----

    @Override public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new TerminalSink.ForEach<Long>(x -> action.accept(x)));
    }

    @Override public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    @Override public long[] toArray() {
        Object[] boxed = evaluateToArray(Object[]::new);
        long[] result = new long[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            result[i] = (Long) boxed[i];
        }
        return result;
    }

    /** Folds into a one-element array, so the running value is not boxed at each step. */
    @Override public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] state = evaluate(new TerminalSink.Collect<Long, long[]>(() -> new long[] {identity},
                (a, x) -> a[0] = op.applyAsLong(a[0], x)));
        return state[0];
    }

    @Override public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        TerminalSink.Reduce<Long> sink = new TerminalSink.Reduce<>((a, b) -> op.applyAsLong(a, b));
        Long result = evaluate(sink);
        return sink.empty ? OptionalLong.empty() : OptionalLong.of(result);
    }

    @Override public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(new TerminalSink.Collect<Long, R>(supplier, (r, x) -> accumulator.accept(r, x)));
    }

    @Override public long sum() {
        return reduce(0, Long::sum);
    }

    @Override public OptionalLong min() {
        return reduce(Math::min);
    }

    @Override public OptionalLong max() {
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

    @Override public LongSummaryStatistics summaryStatistics() {
        return collect(LongSummaryStatistics::new, LongSummaryStatistics::accept, LongSummaryStatistics::combine);
    }

    @Override public boolean anyMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Long>any(x -> predicate.test(x)));
    }

    @Override public boolean allMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Long>all(x -> predicate.test(x)));
    }

    @Override public boolean noneMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(TerminalSink.Match.<Long>none(x -> predicate.test(x)));
    }

    @Override public OptionalLong findFirst() {
        TerminalSink.Find<Long> sink = new TerminalSink.Find<>();
        Long result = evaluate(sink);
        return sink.found ? OptionalLong.of(result) : OptionalLong.empty();
    }

    @Override public OptionalLong findAny() {
        return findFirst();
    }

    @Override public PrimitiveIterator.OfLong iterator() {
        return Spliterators.iterator(spliterator());
    }

    @Override public Spliterator.OfLong spliterator() {
        Spliterator<Long> s = lazySpliterator();
        return s instanceof Spliterator.OfLong ? (Spliterator.OfLong) s : new BoxedSpliterators.OfLong(s);
    }
}
