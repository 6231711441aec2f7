/*
 * @fileoverview skip(n) and limit(n). Both adjust a known size (so count() still needs no
 * traversal, as in JDK 17). limit short-circuits: once it has passed its elements it asks
 * for cancellation, so the source is not advanced further (limit(0) reads nothing).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

/** Drops the first {@code skip} elements and passes at most {@code limit} (-1: all). */
final class SliceOp<T> extends Op<T, T> {
    private final long skip;
    private final long limit;

    private SliceOp(long skip, long limit) {
        super(limit >= 0 ? Op.SHORT_CIRCUIT : 0);
        this.skip = skip;
        this.limit = limit;
    }

    /** skip(n); the JDK's IllegalArgumentException carries n as its message. */
    static <T> SliceOp<T> skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        return new SliceOp<>(n, -1);
    }

    /** limit(n). */
    static <T> SliceOp<T> limit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        return new SliceOp<>(0, n);
    }

    @Override long outputSize(long inputSize) {
        long size = Math.max(0, inputSize - skip);
        return limit >= 0 ? Math.min(size, limit) : size;
    }

    @Override Sink<T> wrap(Sink<? super T> downstream) {
        return new Sink.Chained<T, T>(downstream) {
            private long toSkip = skip;
            private long toPass = limit >= 0 ? limit : Long.MAX_VALUE;

            @Override void begin(long size) {
                downstream.begin(size < 0 ? -1 : outputSize(size));
            }

            @Override public void accept(T t) {
                if (toSkip == 0) {
                    if (toPass > 0) {
                        toPass--;
                        downstream.accept(t);
                    }
                } else {
                    toSkip--;
                }
            }

            @Override boolean cancellationRequested() {
                return toPass == 0 || downstream.cancellationRequested();
            }
        };
    }
}
