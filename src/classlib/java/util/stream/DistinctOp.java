/*
 * @fileoverview distinct(): passes each element the first time an equal one (by equals and
 * hashCode, null allowed) is seen.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.HashSet;

/** Drops repeated elements. */
final class DistinctOp<T> extends Op<T, T> {
    /**
     * {@code extraFlags}: the primitive streams' distinct() also forgets natural order (the
     * JDK boxes, applies distinct and unboxes through a map).
     */
    DistinctOp(int extraFlags) {
        super(Op.CLEARS_SIZE | extraFlags);
    }

    @Override Sink<T> wrap(Sink<? super T> downstream) {
        return new Sink.Chained<T, T>(downstream) {
            private HashSet<T> seen;

            @Override void begin(long size) {
                seen = new HashSet<>();
                downstream.begin(-1);
            }

            @Override public void accept(T t) {
                if (seen.add(t)) {
                    downstream.accept(t);
                }
            }

            @Override void end() {
                seen = null;
                downstream.end();
            }
        };
    }
}
