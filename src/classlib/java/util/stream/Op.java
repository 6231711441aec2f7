/*
 * @fileoverview An intermediate operation: the sink it puts in front of the downstream sink,
 * and how it changes what is known about the stream. The flags mirror the JDK's observable
 * optimizations: count() skips traversal when the size is known (map, peek, sorted, boxed
 * keep it; skip and limit adjust it; filter, flatMap, distinct, takeWhile, dropWhile lose it),
 * sorted() is a no-op on a stream already in natural order (IntStream.range, a TreeSet), and
 * a short-circuiting operation (limit, takeWhile) makes the source advance one element at a
 * time while checking for cancellation.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

/** An intermediate operation from elements of type I to elements of type O. */
abstract class Op<I, O> {
    /** The output size is unknown whatever the input size. */
    static final int CLEARS_SIZE = 1;
    /** The output is not known to be in natural order. */
    static final int CLEARS_SORTED = 2;
    /** The output is in natural order. */
    static final int SETS_SORTED = 4;
    /** The output has no encounter order. */
    static final int CLEARS_ORDERED = 8;
    /** The output has an encounter order. */
    static final int SETS_ORDERED = 16;
    /** The operation may stop wanting elements before the input ends. */
    static final int SHORT_CIRCUIT = 32;

    final int flags;

    Op(int flags) {
        this.flags = flags;
    }

    /** The exact output size for an exact input size (-1: unknown). */
    long outputSize(long inputSize) {
        return (flags & CLEARS_SIZE) != 0 ? -1 : inputSize;
    }

    /** The sink receiving this operation's input, feeding {@code downstream}. */
    abstract Sink<I> wrap(Sink<? super O> downstream);

    final boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
