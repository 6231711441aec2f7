/*
 * @fileoverview Static factories for spliterators (over arrays, collections and iterators),
 * the Spliterator-to-Iterator adapters and the Abstract*Spliterator bases for spliterators
 * that only implement tryAdvance. The implementations live in ArraySpliterators,
 * IteratorSpliterator and SpliteratorIterators. Spliterators over PrimitiveIterators are not
 * provided; the Abstract* bases and iterator-based spliterators never split (trySplit returns
 * null), which the specification allows.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;


/** Static methods creating and adapting spliterators. */
public final class Spliterators {
    private Spliterators() {
    }

    // ---- empty spliterators (SIZED | SUBSIZED, like the JDK's) ----

    public static <T> Spliterator<T> emptySpliterator() {
        return new ArraySpliterators.OfRef<>(new Object[0], 0, 0, 0);
    }

    public static Spliterator.OfInt emptyIntSpliterator() {
        return new ArraySpliterators.OfInt(new int[0], 0, 0, 0);
    }

    public static Spliterator.OfLong emptyLongSpliterator() {
        return new ArraySpliterators.OfLong(new long[0], 0, 0, 0);
    }

    public static Spliterator.OfDouble emptyDoubleSpliterator() {
        return new ArraySpliterators.OfDouble(new double[0], 0, 0, 0);
    }

    // ---- arrays (the result is SIZED | SUBSIZED plus the given characteristics) ----

    public static <T> Spliterator<T> spliterator(Object[] array, int additionalCharacteristics) {
        return new ArraySpliterators.OfRef<>(Objects.requireNonNull(array), 0, array.length,
                additionalCharacteristics);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArraySpliterators.OfRef<>(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int additionalCharacteristics) {
        return new ArraySpliterators.OfInt(Objects.requireNonNull(array), 0, array.length,
                additionalCharacteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArraySpliterators.OfInt(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int additionalCharacteristics) {
        return new ArraySpliterators.OfLong(Objects.requireNonNull(array), 0, array.length,
                additionalCharacteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArraySpliterators.OfLong(array, fromIndex, toIndex, additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int additionalCharacteristics) {
        return new ArraySpliterators.OfDouble(Objects.requireNonNull(array), 0, array.length,
                additionalCharacteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int fromIndex, int toIndex,
            int additionalCharacteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, fromIndex, toIndex);
        return new ArraySpliterators.OfDouble(array, fromIndex, toIndex, additionalCharacteristics);
    }

    /** The JDK's range checks and messages for the array factories. */
    private static void checkFromToBounds(int arrayLength, int origin, int fence) {
        if (origin > fence) {
            throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
        }
        if (origin < 0) {
            throw new ArrayIndexOutOfBoundsException(origin);
        }
        if (fence > arrayLength) {
            throw new ArrayIndexOutOfBoundsException(fence);
        }
    }

    // ---- collections and iterators ----

    /** Late-binding: the iterator and size are taken from {@code c} at first use. */
    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        return new IteratorSpliterator<>(Objects.requireNonNull(c), characteristics);
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size,
            int characteristics) {
        return new IteratorSpliterator<>(Objects.requireNonNull(iterator), size, characteristics);
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator,
            int characteristics) {
        return new IteratorSpliterator<>(Objects.requireNonNull(iterator), characteristics);
    }

    // ---- spliterators as iterators ----

    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        return new SpliteratorIterators.OfRef<>(Objects.requireNonNull(spliterator));
    }

    public static PrimitiveIterator.OfInt iterator(Spliterator.OfInt spliterator) {
        return new SpliteratorIterators.OfInt(Objects.requireNonNull(spliterator));
    }

    public static PrimitiveIterator.OfLong iterator(Spliterator.OfLong spliterator) {
        return new SpliteratorIterators.OfLong(Objects.requireNonNull(spliterator));
    }

    public static PrimitiveIterator.OfDouble iterator(Spliterator.OfDouble spliterator) {
        return new SpliteratorIterators.OfDouble(Objects.requireNonNull(spliterator));
    }

    // ---- bases for spliterators that implement only tryAdvance ----

    /** A SUBSIZED-when-SIZED spliterator base with a fixed size estimate. */
    public abstract static class AbstractSpliterator<T> implements Spliterator<T> {
        private final long est;
        private final int characteristics;

        protected AbstractSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = withSubsized(additionalCharacteristics);
        }

        @Override public Spliterator<T> trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return est;
        }

        @Override public int characteristics() {
            return characteristics;
        }
    }

    /** The int counterpart of AbstractSpliterator. */
    public abstract static class AbstractIntSpliterator implements Spliterator.OfInt {
        private final long est;
        private final int characteristics;

        protected AbstractIntSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = withSubsized(additionalCharacteristics);
        }

        @Override public Spliterator.OfInt trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return est;
        }

        @Override public int characteristics() {
            return characteristics;
        }
    }

    /** The long counterpart of AbstractSpliterator. */
    public abstract static class AbstractLongSpliterator implements Spliterator.OfLong {
        private final long est;
        private final int characteristics;

        protected AbstractLongSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = withSubsized(additionalCharacteristics);
        }

        @Override public Spliterator.OfLong trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return est;
        }

        @Override public int characteristics() {
            return characteristics;
        }
    }

    /** The double counterpart of AbstractSpliterator. */
    public abstract static class AbstractDoubleSpliterator implements Spliterator.OfDouble {
        private final long est;
        private final int characteristics;

        protected AbstractDoubleSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = withSubsized(additionalCharacteristics);
        }

        @Override public Spliterator.OfDouble trySplit() {
            return null;
        }

        @Override public long estimateSize() {
            return est;
        }

        @Override public int characteristics() {
            return characteristics;
        }
    }

    /** SIZED sources split into SIZED parts. */
    private static int withSubsized(int characteristics) {
        return (characteristics & Spliterator.SIZED) != 0
                ? characteristics | Spliterator.SUBSIZED
                : characteristics;
    }
}
