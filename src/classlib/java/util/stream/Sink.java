/*
 * @fileoverview The push protocol between pipeline stages: begin(size), accept for each
 * element, end(); short-circuiting stages answer cancellationRequested() so the source stops
 * early. ChainedSink forwards all of it to the next stage by default.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.function.Consumer;

/** Receives the elements of one pipeline stage. */
abstract class Sink<T> implements Consumer<T> {
    /** Called once before the elements; {@code size} is their exact number or -1. */
    void begin(long size) {
    }

    /** Called once after the last element. */
    void end() {
    }

    /** True once this sink wants no more elements. */
    boolean cancellationRequested() {
        return false;
    }

    /** A sink that passes (transformed) elements on to {@code downstream}. */
    abstract static class Chained<T, R> extends Sink<T> {
        final Sink<? super R> downstream;

        Chained(Sink<? super R> downstream) {
            this.downstream = downstream;
        }

        @Override void begin(long size) {
            downstream.begin(size);
        }

        @Override void end() {
            downstream.end();
        }

        @Override boolean cancellationRequested() {
            return downstream.cancellationRequested();
        }
    }
}
