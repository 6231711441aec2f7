/*
 * @fileoverview The engine shared by the four stream shapes. A pipeline is a chain of stages:
 * the source stage holds a PipelineSource, every other stage an Op and its upstream stage.
 * A stage can be used once (by one operation, a terminal operation, iterator()/spliterator()
 * or close()); reuse throws IllegalStateException("stream has already been operated upon or
 * closed"). A terminal operation wraps its sink in every stage's op, from the last stage back
 * to the source, and pushes the source's elements through: with forEachRemaining, or one
 * tryAdvance at a time while nothing asks for cancellation when some stage or the terminal
 * short-circuits. Primitive streams use the same engine with boxed elements.
 * Parallel streams run sequentially.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** One stage of a pipeline whose elements have (boxed) type T. */
abstract class AbstractPipeline<T, S extends BaseStream<T, S>> implements BaseStream<T, S> {
    static final String MSG_STREAM_LINKED = "stream has already been operated upon or closed";
    /** The largest array the JDK's stream buffers allocate. */
    static final long MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private final AbstractPipeline<?, ?> upstream;
    private final Op<?, T> op;
    final PipelineSource source;
    /** The elements are known to be in natural order. */
    final boolean sorted;
    /** The elements have an encounter order. */
    final boolean ordered;
    /** Some stage may stop wanting elements early. */
    final boolean shortCircuit;
    private boolean linkedOrConsumed;

    /** A source stage over {@code spliterator}. */
    AbstractPipeline(Spliterator<?> spliterator, boolean parallel) {
        int c = spliterator.characteristics();
        this.upstream = null;
        this.op = null;
        this.source = new PipelineSource(spliterator, (c & Spliterator.SIZED) != 0, parallel);
        this.sorted = (c & Spliterator.SORTED) != 0 && spliterator.getComparator() == null;
        this.ordered = (c & Spliterator.ORDERED) != 0;
        this.shortCircuit = false;
    }

    /** A source stage whose spliterator {@code supplier} makes at the terminal operation. */
    AbstractPipeline(Supplier<? extends Spliterator<?>> supplier, int characteristics, boolean parallel) {
        this.upstream = null;
        this.op = null;
        this.source = new PipelineSource(supplier, (characteristics & Spliterator.SIZED) != 0, parallel);
        this.sorted = (characteristics & Spliterator.SORTED) != 0;
        this.ordered = (characteristics & Spliterator.ORDERED) != 0;
        this.shortCircuit = false;
    }

    /** A stage applying {@code op} to the elements of {@code upstream}, which becomes linked. */
    AbstractPipeline(AbstractPipeline<?, ?> upstream, Op<?, T> op) {
        if (upstream.linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        upstream.linkedOrConsumed = true;
        this.upstream = upstream;
        this.op = op;
        this.source = upstream.source;
        this.sorted = op.has(Op.SETS_SORTED) || (upstream.sorted && !op.has(Op.CLEARS_SORTED));
        this.ordered = op.has(Op.SETS_ORDERED) || (upstream.ordered && !op.has(Op.CLEARS_ORDERED));
        this.shortCircuit = upstream.shortCircuit || op.has(Op.SHORT_CIRCUIT);
    }

    /** This stage as its stream type. */
    @SuppressWarnings("unchecked")
    final S self() {
        return (S) this;
    }

    /** A new stage of this stage's shape applying {@code op}. */
    abstract S withOp(Op<T, T> op);

    // ---- evaluation ----

    /** Marks this stage used by a terminal operation and takes the source spliterator. */
    final Spliterator<?> consume() {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        linkedOrConsumed = true;
        return source.take();
    }

    /** {@code sink} preceded by the sinks of every stage's op. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final Sink<?> wrap(Sink<? super T> sink) {
        Sink s = sink;
        for (AbstractPipeline<?, ?> p = this; p.op != null; p = p.upstream) {
            s = ((Op) p.op).wrap(s);
        }
        return s;
    }

    /** The exact number of elements this stage produces from {@code spliterator}, or -1. */
    final long exactSize(Spliterator<?> spliterator) {
        if (op == null) {
            return source.sized ? spliterator.getExactSizeIfKnown() : -1;
        }
        long in = upstream.exactSize(spliterator);
        return in < 0 ? -1 : op.outputSize(in);
    }

    /** Pushes the elements of {@code spliterator} into {@code head} (the wrapped sink chain). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final void copyInto(Spliterator<?> spliterator, Sink<?> head, boolean terminalShortCircuits) {
        Sink sink = head;
        Spliterator spl = spliterator;
        sink.begin(spl.getExactSizeIfKnown());
        if (shortCircuit || terminalShortCircuits) {
            while (!sink.cancellationRequested() && spl.tryAdvance(sink)) {
            }
        } else {
            spl.forEachRemaining(sink);
        }
        sink.end();
    }

    /** Runs the pipeline into {@code terminal} and returns its result. */
    final <R> R evaluate(TerminalSink<T, R> terminal) {
        Spliterator<?> spliterator = consume();
        copyInto(spliterator, wrap(terminal), terminal.isShortCircuit());
        return terminal.result();
    }

    /** count(): the known size, else the number of elements pushed through. */
    final long evaluateCount() {
        Spliterator<?> spliterator = consume();
        long size = exactSize(spliterator);
        if (size >= 0) {
            return size;
        }
        TerminalSink.Counting<T> counter = new TerminalSink.Counting<>();
        copyInto(spliterator, wrap(counter), false);
        return counter.result();
    }

    /**
     * toArray: with a known size the array is made first and filled in place (so a wrong-typed
     * array fails on the first store, a wrong-sized one with the JDK's IllegalStateException);
     * otherwise the elements are buffered and copied into an array made afterwards.
     */
    final Object[] evaluateToArray(IntFunction<?> generator) {
        Spliterator<?> spliterator = consume();
        long size = exactSize(spliterator);
        if (size >= MAX_ARRAY_SIZE) {
            throw new IllegalArgumentException("Stream size exceeds max array size");
        }
        if (size >= 0) {
            Object[] array = (Object[]) generator.apply((int) size);
            copyInto(spliterator, wrap(new TerminalSink.FixedArray<T>(array)), false);
            return array;
        }
        TerminalSink.Buffer<T> buffer = new TerminalSink.Buffer<>();
        copyInto(spliterator, wrap(buffer), false);
        Object[] elements = buffer.result();
        Object[] array = (Object[]) generator.apply(elements.length);
        if (array.length < elements.length) {
            throw new IndexOutOfBoundsException("does not fit");
        }
        System.arraycopy(elements, 0, array, 0, elements.length);
        return array;
    }

    /** A spliterator over this stage's elements (the source itself at the source stage). */
    @SuppressWarnings("unchecked")
    final Spliterator<T> lazySpliterator() {
        Spliterator<?> spliterator = consume();
        if (op == null) {
            return (Spliterator<T>) spliterator;
        }
        return new WrappingSpliterator<>(this, spliterator);
    }

    // ---- BaseStream ----

    @Override public final boolean isParallel() {
        return source.parallel;
    }

    @Override public final S sequential() {
        source.parallel = false;
        return self();
    }

    @Override public final S parallel() {
        source.parallel = true;
        return self();
    }

    @Override public final S unordered() {
        if (!ordered) {
            return self();
        }
        return withOp(StatelessOps.<T>passThrough(Op.CLEARS_ORDERED));
    }

    @Override public final S onClose(Runnable closeHandler) {
        Objects.requireNonNull(closeHandler);
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_STREAM_LINKED);
        }
        source.addCloseAction(closeHandler);
        return self();
    }

    @Override public final void close() {
        linkedOrConsumed = true;
        source.drop();
        source.close();
    }
}
