/*
 * @fileoverview Stream.builder() and the primitive builders: elements are buffered (boxed)
 * until build(), which makes a SIZED, ORDERED stream; adding after build, or building twice,
 * throws IllegalStateException without a message, as in the JDK.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;

/** Holder of the stream builders. */
final class StreamBuilders {
    private StreamBuilders() {
    }

    /** The buffer shared by the four builder shapes. */
    abstract static class Base {
        private Object[] elements = new Object[4];
        private int count;
        private boolean built;

        final void append(Object t) {
            if (built) {
                throw new IllegalStateException();
            }
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, count * 2);
            }
            elements[count++] = t;
        }

        /** The elements' spliterator; the builder is spent afterwards. */
        final Spliterator<Object> finish() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return Spliterators.spliterator(elements, 0, count, Spliterator.ORDERED | Spliterator.IMMUTABLE);
        }
    }

    static final class OfRef<T> extends Base implements Stream.Builder<T> {
        @Override public void accept(T t) {
            append(t);
        }

        @Override public Stream<T> build() {
            return new ReferencePipeline<>(finish(), false);
        }
    }

    static final class OfInt extends Base implements IntStream.Builder {
        @Override public void accept(int t) {
            append(t);
        }

        @Override public IntStream build() {
            return new IntPipeline(finish(), false);
        }
    }

    static final class OfLong extends Base implements LongStream.Builder {
        @Override public void accept(long t) {
            append(t);
        }

        @Override public LongStream build() {
            return new LongPipeline(finish(), false);
        }
    }

    static final class OfDouble extends Base implements DoubleStream.Builder {
        @Override public void accept(double t) {
            append(t);
        }

        @Override public DoubleStream build() {
            return new DoublePipeline(finish(), false);
        }
    }
}
