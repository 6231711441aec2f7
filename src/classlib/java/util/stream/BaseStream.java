/*
 * @fileoverview The methods every stream shape shares: traversal as an iterator or
 * spliterator, the (advisory) parallel/sequential/unordered modes and close handlers.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Iterator;
import java.util.Spliterator;

/** Base interface of Stream, IntStream, LongStream and DoubleStream. */
public interface BaseStream<T, S extends BaseStream<T, S>> extends AutoCloseable {
    /** A lazy iterator over the elements (a terminal operation). */
    Iterator<T> iterator();

    /** A lazy spliterator over the elements (a terminal operation). */
    Spliterator<T> spliterator();

    /** True if a terminal operation would (nominally) run in parallel. */
    boolean isParallel();

    S sequential();

    S parallel();

    /** A stream that need not keep encounter order. */
    S unordered();

    /** Registers a handler that close() runs; handlers run in registration order. */
    S onClose(Runnable closeHandler);

    /** Runs the close handlers; the stream cannot be used afterwards. */
    @Override void close();
}
