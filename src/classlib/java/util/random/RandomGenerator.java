/*
 * @fileoverview The common interface of random generators (Java 17). java.util.Random
 * implements it and inherits the bounded-range defaults here (nextInt(origin, bound),
 * nextLong(bound), nextDouble(origin, bound)...), which use the JDK's range reduction
 * algorithms so results match HotSpot for the same seed. ints/longs/doubles are lazy SIZED
 * streams of those values (RandomStreams). The factory methods (of, getDefault),
 * nextExponential and nextGaussian(mean, stddev) are not provided.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.random;

import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** A source of uniformly distributed pseudorandom values. */
public interface RandomGenerator {
    /** True if this algorithm is deprecated; none here is. */
    default boolean isDeprecated() {
        return false;
    }

    /** A uniformly distributed boolean. */
    default boolean nextBoolean() {
        return nextInt() < 0;
    }

    /** Fills {@code bytes} with random bytes, eight per nextLong, low byte first. */
    default void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        for (int words = len >> 3; words-- > 0; ) {
            long rnd = nextLong();
            for (int n = 8; n-- > 0; rnd >>>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
        if (i < len) {
            for (long rnd = nextLong(); i < len; rnd >>>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    /** A float in [0, 1). */
    default float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    /** A float in [0, bound). */
    default float nextFloat(float bound) {
        if (!(0.0f < bound && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        float r = nextFloat();
        r = r * bound;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    /** A float in [origin, bound). */
    default float nextFloat(float origin, float bound) {
        if (!(origin < bound && (bound - origin) < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        float r = nextFloat();
        if (origin < bound) {
            r = r * (bound - origin) + origin;
            if (r >= bound) {
                r = Math.nextAfter(bound, origin);
            }
        }
        return r;
    }

    /** A double in [0, 1). */
    default double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A double in [0, bound). */
    default double nextDouble(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        double r = nextDouble();
        r = r * bound;
        if (r >= bound) {
            r = Math.nextDown(bound);
        }
        return r;
    }

    /** A double in [origin, bound). */
    default double nextDouble(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        double r = nextDouble();
        if (origin < bound) {
            r = r * (bound - origin) + origin;
            if (r >= bound) {
                r = Math.nextAfter(bound, origin);
            }
        }
        return r;
    }

    /** A uniformly distributed int. */
    default int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** An int in [0, bound). */
    default int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            r &= m;
        } else {
            // reject the top, over-represented part of the range
            for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
            }
        }
        return r;
    }

    /** An int in [origin, bound). */
    default int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
            }
            r += origin;
        } else {
            // the range is wider than Integer.MAX_VALUE: draw until inside
            while (r < origin || r >= bound) {
                r = nextInt();
            }
        }
        return r;
    }

    /** A uniformly distributed long. */
    long nextLong();

    /** A long in [0, bound). */
    default long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {
            }
        }
        return r;
    }

    /** A long in [origin, bound). */
    default long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        long r = nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0L) {
            r = (r & m) + origin;
        } else if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) {
            }
            r += origin;
        } else {
            while (r < origin || r >= bound) {
                r = nextLong();
            }
        }
        return r;
    }

    // ---- streams ----

    /** An effectively unlimited stream of nextInt() values. */
    default IntStream ints() {
        return RandomStreams.ints(this, Long.MAX_VALUE, 0, 0, false);
    }

    default IntStream ints(long streamSize) {
        return RandomStreams.ints(this, streamSize, 0, 0, false);
    }

    /** An effectively unlimited stream of nextInt(origin, bound) values. */
    default IntStream ints(int randomNumberOrigin, int randomNumberBound) {
        return RandomStreams.ints(this, Long.MAX_VALUE, randomNumberOrigin, randomNumberBound, true);
    }

    default IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        return RandomStreams.ints(this, streamSize, randomNumberOrigin, randomNumberBound, true);
    }

    default LongStream longs() {
        return RandomStreams.longs(this, Long.MAX_VALUE, 0, 0, false);
    }

    default LongStream longs(long streamSize) {
        return RandomStreams.longs(this, streamSize, 0, 0, false);
    }

    default LongStream longs(long randomNumberOrigin, long randomNumberBound) {
        return RandomStreams.longs(this, Long.MAX_VALUE, randomNumberOrigin, randomNumberBound, true);
    }

    default LongStream longs(long streamSize, long randomNumberOrigin, long randomNumberBound) {
        return RandomStreams.longs(this, streamSize, randomNumberOrigin, randomNumberBound, true);
    }

    default DoubleStream doubles() {
        return RandomStreams.doubles(this, Long.MAX_VALUE, 0, 0, false);
    }

    default DoubleStream doubles(long streamSize) {
        return RandomStreams.doubles(this, streamSize, 0, 0, false);
    }

    default DoubleStream doubles(double randomNumberOrigin, double randomNumberBound) {
        return RandomStreams.doubles(this, Long.MAX_VALUE, randomNumberOrigin, randomNumberBound, true);
    }

    default DoubleStream doubles(long streamSize, double randomNumberOrigin, double randomNumberBound) {
        return RandomStreams.doubles(this, streamSize, randomNumberOrigin, randomNumberBound, true);
    }
}
