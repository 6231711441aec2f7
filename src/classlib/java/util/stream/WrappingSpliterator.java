/*
 * @fileoverview The spliterator (hence iterator) of a stream with intermediate operations: it
 * pulls lazily. Each tryAdvance advances the source one element at a time through the stage
 * sinks into a buffer until something comes out (a flatMap may buffer several; a sorted()
 * stage buffers everything when the source ends). forEachRemaining before any tryAdvance
 * pushes the whole pipeline straight into the action, as a terminal operation would.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Spliterator;
import java.util.function.Consumer;

/** A lazily evaluated spliterator over a pipeline stage. */
final class WrappingSpliterator<T> implements Spliterator<T> {
    private final AbstractPipeline<T, ?> pipeline;
    private final Spliterator<?> source;
    /** The head of the sink chain ending in {@link #buffer}; null until the first tryAdvance. */
    private Sink<?> head;
    private Object[] buffer = new Object[8];
    private int read;
    private int count;
    private boolean finished;

    WrappingSpliterator(AbstractPipeline<T, ?> pipeline, Spliterator<?> source) {
        this.pipeline = pipeline;
        this.source = source;
    }

    /** Collects what the last stage emits. */
    private final class BufferSink extends Sink<T> {
        @Override public void accept(T t) {
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, count * 2);
            }
            buffer[count++] = t;
        }
    }

    /** Makes at least one element available; false when the pipeline is exhausted. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean fill() {
        if (read < count) {
            return true;
        }
        read = 0;
        count = 0;
        if (head == null) {
            if (finished) {
                return false;
            }
            head = pipeline.wrap(new BufferSink());
            head.begin(source.getExactSizeIfKnown());
        }
        Sink sink = head;
        Spliterator spl = source;
        while (count == 0) {
            if (finished) {
                return false;
            }
            if (sink.cancellationRequested() || !spl.tryAdvance(sink)) {
                finished = true;
                sink.end();
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    @Override public boolean tryAdvance(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (!fill()) {
            return false;
        }
        T t = (T) buffer[read];
        buffer[read++] = null;
        action.accept(t);
        return true;
    }

    @Override public void forEachRemaining(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        if (head == null && !finished) {
            finished = true;
            pipeline.copyInto(source, pipeline.wrap(new TerminalSink.ForEach<>(action)), false);
        } else {
            while (tryAdvance(action)) {
            }
        }
    }

    @Override public Spliterator<T> trySplit() {
        return null;
    }

    @Override public long estimateSize() {
        long size = pipeline.exactSize(source);
        return size >= 0 ? size : source.estimateSize();
    }

    /** Asked lazily: a late-binding source (ArrayList...) binds when its size is asked. */
    @Override public int characteristics() {
        int c = 0;
        if (pipeline.ordered) {
            c |= Spliterator.ORDERED;
        }
        if (pipeline.sorted) {
            c |= Spliterator.SORTED;
        }
        if (pipeline.exactSize(source) >= 0) {
            c |= Spliterator.SIZED | Spliterator.SUBSIZED;
        }
        return c;
    }

    @Override public Comparator<? super T> getComparator() {
        if (hasCharacteristics(Spliterator.SORTED)) {
            return null;
        }
        throw new IllegalStateException();
    }
}
