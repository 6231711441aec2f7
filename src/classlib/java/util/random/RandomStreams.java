/*
 * @fileoverview The streams of RandomGenerator.ints/longs/doubles (so also java.util.Random's):
 * SIZED (Long.MAX_VALUE elements for the "unlimited" forms), each element drawn lazily with
 * nextInt()/nextLong()/nextDouble() or, when bounded, the generator's nextInt(origin, bound)
 * (etc.) algorithm, which is what HotSpot 17 uses (not Random's legacy nextInt(bound)).
 * Argument checks and messages as in the JDK.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.random;

import java.util.Spliterator;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;

/** Factories of the random-number streams. */
final class RandomStreams {
    private RandomStreams() {
    }

    private static final int CHARACTERISTICS = Spliterator.SIZED | Spliterator.SUBSIZED
            | Spliterator.NONNULL | Spliterator.IMMUTABLE;

    static void checkSize(long streamSize) {
        if (streamSize < 0L) {
            throw new IllegalArgumentException("size must be non-negative");
        }
    }

    static IntStream ints(RandomGenerator rng, long size, int origin, int bound, boolean bounded) {
        checkSize(size);
        if (bounded && origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return StreamSupport.intStream(new Ints(rng, size, origin, bound, bounded), false);
    }

    static LongStream longs(RandomGenerator rng, long size, long origin, long bound, boolean bounded) {
        checkSize(size);
        if (bounded && origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return StreamSupport.longStream(new Longs(rng, size, origin, bound, bounded), false);
    }

    static DoubleStream doubles(RandomGenerator rng, long size, double origin, double bound, boolean bounded) {
        checkSize(size);
        if (bounded && !(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return StreamSupport.doubleStream(new Doubles(rng, size, origin, bound, bounded), false);
    }

    /** The count-down shared by the three spliterators. */
    private abstract static class Counted {
        long remaining;

        Counted(long size) {
            this.remaining = size;
        }

        public long estimateSize() {
            return remaining;
        }

        public int characteristics() {
            return CHARACTERISTICS;
        }
    }

    private static final class Ints extends Counted implements Spliterator.OfInt {
        private final RandomGenerator rng;
        private final int origin;
        private final int bound;
        private final boolean bounded;

        Ints(RandomGenerator rng, long size, int origin, int bound, boolean bounded) {
            super(size);
            this.rng = rng;
            this.origin = origin;
            this.bound = bound;
            this.bounded = bounded;
        }

        @Override public boolean tryAdvance(IntConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (remaining <= 0) {
                return false;
            }
            remaining--;
            action.accept(bounded ? rng.nextInt(origin, bound) : rng.nextInt());
            return true;
        }

        @Override public Spliterator.OfInt trySplit() {
            return null;
        }
    }

    private static final class Longs extends Counted implements Spliterator.OfLong {
        private final RandomGenerator rng;
        private final long origin;
        private final long bound;
        private final boolean bounded;

        Longs(RandomGenerator rng, long size, long origin, long bound, boolean bounded) {
            super(size);
            this.rng = rng;
            this.origin = origin;
            this.bound = bound;
            this.bounded = bounded;
        }

        @Override public boolean tryAdvance(LongConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (remaining <= 0) {
                return false;
            }
            remaining--;
            action.accept(bounded ? rng.nextLong(origin, bound) : rng.nextLong());
            return true;
        }

        @Override public Spliterator.OfLong trySplit() {
            return null;
        }
    }

    private static final class Doubles extends Counted implements Spliterator.OfDouble {
        private final RandomGenerator rng;
        private final double origin;
        private final double bound;
        private final boolean bounded;

        Doubles(RandomGenerator rng, long size, double origin, double bound, boolean bounded) {
            super(size);
            this.rng = rng;
            this.origin = origin;
            this.bound = bound;
            this.bounded = bounded;
        }

        @Override public boolean tryAdvance(DoubleConsumer action) {
            if (action == null) {
                throw new NullPointerException();
            }
            if (remaining <= 0) {
                return false;
            }
            remaining--;
            action.accept(bounded ? rng.nextDouble(origin, bound) : rng.nextDouble());
            return true;
        }

        @Override public Spliterator.OfDouble trySplit() {
            return null;
        }
    }
}
