/*
 * @fileoverview java.util.Random, bit-for-bit the JDK's generator: the 48-bit linear
 * congruential generator (multiplier 0x5DEECE66D, addend 11) with seed scrambling, the legacy
 * nextInt(bound) (power-of-two fast path and rejection loop), nextDouble from 26 + 27 bits and
 * the polar-method nextGaussian (StrictMath log/sqrt) caching its second value. Unseeded
 * instances use a seed uniquifier xor System.nanoTime(). The stream methods (ints, longs,
 * doubles) are RandomGenerator's defaults, which draw like HotSpot 17's.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.util.random.RandomGenerator;

/** A pseudorandom number generator with a 48-bit seed. */
public class Random implements RandomGenerator, java.io.Serializable {
    private static final long multiplier = 0x5DEECE66DL;
    private static final long addend = 0xBL;
    private static final long mask = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    /** The generator state (48 bits). */
    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian = false;

    private static long seedUniquifier = 8682522807148012L;

    /** A generator seeded from a per-construction uniquifier and the clock. */
    public Random() {
        this(seedUniquifier() ^ System.nanoTime());
    }

    /** Next value of an L'Ecuyer multiplicative sequence, so close constructions differ. */
    private static synchronized long seedUniquifier() {
        seedUniquifier = seedUniquifier * 1181783497276652981L;
        return seedUniquifier;
    }

    /** A generator with the given seed (subclasses see it through setSeed). */
    public Random(long seed) {
        if (getClass() == Random.class) {
            this.seed = initialScramble(seed);
        } else {
            setSeed(seed);
        }
    }

    private static long initialScramble(long seed) {
        return (seed ^ multiplier) & mask;
    }

    /** Resets the state as if constructed with {@code seed}. */
    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    /** Advances the LCG and returns its top {@code bits} bits. */
    protected synchronized int next(int bits) {
        seed = (seed * multiplier + addend) & mask;
        return (int) (seed >>> (48 - bits));
    }

    /** Fills {@code bytes}, four per nextInt, low byte first. */
    @Override public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len; ) {
            for (int rnd = nextInt(), n = Math.min(len - i, Integer.SIZE / Byte.SIZE); n-- > 0; rnd >>= Byte.SIZE) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    @Override public int nextInt() {
        return next(32);
    }

    /** An int in [0, bound) by the legacy algorithm (uses next(31)). */
    @Override public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
            }
        }
        return r;
    }

    @Override public long nextLong() {
        return ((long) (next(32)) << 32) + next(32);
    }

    @Override public boolean nextBoolean() {
        return next(1) != 0;
    }

    @Override public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    @Override public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    /** A normally distributed double (mean 0, deviation 1); values come in cached pairs. */
    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
}
