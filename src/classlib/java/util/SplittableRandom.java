/*
 * @fileoverview SplittableRandom: the SplitMix64 generator with the JDK's seeds, gammas and
 * mixing functions, so sequences equal HotSpot's for the same seed (Java 17 API; the bounded and
 * stream methods come from RandomGenerator). Tern class library.
 */
package java.util;

import java.util.random.RandomGenerator;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** A generator of uniform pseudorandom values that can be split into independent generators. */
public final class SplittableRandom implements RandomGenerator {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /** Seeds generators made with the no-argument constructor (the JDK seeds it from the clock). */
    private static long defaultGen = mix64(System.currentTimeMillis()) ^ mix64(System.nanoTime());

    private long seed;
    private final long gamma;

    private SplittableRandom(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    /** A generator with the given seed: equal seeds give equal sequences. */
    public SplittableRandom(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    /** A generator with a seed unlikely to equal any other's. */
    public SplittableRandom() {
        this(nextDefaultSeed(), 0);
    }

    private static synchronized long nextDefaultSeed() {
        long s = defaultGen;
        defaultGen = s + 2 * GOLDEN_GAMMA;
        return s;
    }

    // The no-argument constructor needs the gamma derived from the seed; Java cannot compute both in this(...).
    private SplittableRandom(long s, int unused) {
        this(mix64(s), mixGamma(s + GOLDEN_GAMMA));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }

    private long nextSeed() {
        return seed += gamma;
    }

    /** A new generator that shares no state with this one (advances this one). */
    public SplittableRandom split() {
        return new SplittableRandom(nextLong(), mixGamma(nextSeed()));
    }

    @Override
    public int nextInt() {
        return mix32(nextSeed());
    }

    @Override
    public long nextLong() {
        return mix64(nextSeed());
    }

    @Override
    public void nextBytes(byte[] bytes) {
        RandomGenerator.super.nextBytes(bytes);
    }

    @Override
    public IntStream ints(long streamSize) {
        return RandomGenerator.super.ints(streamSize);
    }

    @Override
    public IntStream ints() {
        return RandomGenerator.super.ints();
    }

    @Override
    public IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        return RandomGenerator.super.ints(streamSize, randomNumberOrigin, randomNumberBound);
    }

    @Override
    public IntStream ints(int randomNumberOrigin, int randomNumberBound) {
        return RandomGenerator.super.ints(randomNumberOrigin, randomNumberBound);
    }

    @Override
    public LongStream longs(long streamSize) {
        return RandomGenerator.super.longs(streamSize);
    }

    @Override
    public LongStream longs() {
        return RandomGenerator.super.longs();
    }

    @Override
    public LongStream longs(long streamSize, long randomNumberOrigin, long randomNumberBound) {
        return RandomGenerator.super.longs(streamSize, randomNumberOrigin, randomNumberBound);
    }

    @Override
    public LongStream longs(long randomNumberOrigin, long randomNumberBound) {
        return RandomGenerator.super.longs(randomNumberOrigin, randomNumberBound);
    }

    @Override
    public DoubleStream doubles(long streamSize) {
        return RandomGenerator.super.doubles(streamSize);
    }

    @Override
    public DoubleStream doubles() {
        return RandomGenerator.super.doubles();
    }

    @Override
    public DoubleStream doubles(long streamSize, double randomNumberOrigin, double randomNumberBound) {
        return RandomGenerator.super.doubles(streamSize, randomNumberOrigin, randomNumberBound);
    }

    @Override
    public DoubleStream doubles(double randomNumberOrigin, double randomNumberBound) {
        return RandomGenerator.super.doubles(randomNumberOrigin, randomNumberBound);
    }
}
