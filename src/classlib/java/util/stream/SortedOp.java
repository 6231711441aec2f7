/*
 * @fileoverview sorted(): a barrier. It buffers every element, sorts them stably when its
 * input ends, then pushes them on (checking for cancellation between elements once a later
 * stage has asked). It never asks for cancellation itself, so the whole input is read.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.ArrayList;
import java.util.Comparator;

/** Sorts the elements with {@code comparator}. */
final class SortedOp<T> extends Op<T, T> {
    private final Comparator<? super T> comparator;

    /** Natural order (the stream becomes known to be sorted) or a comparator. */
    SortedOp(Comparator<? super T> comparator, boolean natural) {
        super(Op.SETS_ORDERED | (natural ? Op.SETS_SORTED : Op.CLEARS_SORTED));
        this.comparator = comparator;
    }

    @Override Sink<T> wrap(Sink<? super T> downstream) {
        return new Sink.Chained<T, T>(downstream) {
            private ArrayList<T> list;
            private boolean cancellable;

            @Override void begin(long size) {
                if (size >= AbstractPipeline.MAX_ARRAY_SIZE) {
                    throw new IllegalArgumentException("Stream size exceeds max array size");
                }
                list = size >= 0 ? new ArrayList<>((int) size) : new ArrayList<>();
            }

            @Override public void accept(T t) {
                list.add(t);
            }

            @Override void end() {
                list.sort(comparator);
                downstream.begin(list.size());
                for (T t : list) {
                    if (cancellable && downstream.cancellationRequested()) {
                        break;
                    }
                    downstream.accept(t);
                }
                downstream.end();
                list = null;
            }

            @Override boolean cancellationRequested() {
                cancellable = true;
                return false;
            }
        };
    }
}
