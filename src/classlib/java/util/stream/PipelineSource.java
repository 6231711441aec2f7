/*
 * @fileoverview What all the stages of one pipeline share: the source spliterator (given, or a
 * supplier called at the terminal operation), the parallel mode, and the close handlers.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.stream;

import java.util.Spliterator;
import java.util.function.Supplier;

/** The source of a pipeline. */
final class PipelineSource {
    private Spliterator<?> spliterator;
    private Supplier<? extends Spliterator<?>> supplier;
    /** Whether the source's size is exact (SIZED at construction). */
    final boolean sized;
    boolean parallel;
    private Runnable closeAction;

    PipelineSource(Spliterator<?> spliterator, boolean sized, boolean parallel) {
        this.spliterator = spliterator;
        this.sized = sized;
        this.parallel = parallel;
    }

    PipelineSource(Supplier<? extends Spliterator<?>> supplier, boolean sized, boolean parallel) {
        this.supplier = supplier;
        this.sized = sized;
        this.parallel = parallel;
    }

    /** Hands out the spliterator, once. */
    Spliterator<?> take() {
        Spliterator<?> s = spliterator;
        if (s != null) {
            spliterator = null;
            return s;
        }
        if (supplier != null) {
            s = supplier.get();
            supplier = null;
            return s;
        }
        throw new IllegalStateException("source already consumed or closed");
    }

    /** Forgets the source (close()). */
    void drop() {
        spliterator = null;
        supplier = null;
    }

    /** Adds a close handler after the existing ones. */
    void addCloseAction(Runnable handler) {
        closeAction = closeAction == null ? handler : composeWithExceptions(closeAction, handler);
    }

    /** Runs the close handlers once. */
    void close() {
        Runnable action = closeAction;
        if (action != null) {
            closeAction = null;
            action.run();
        }
    }

    /**
     * Runs {@code a} then {@code b}; if {@code a} throws, {@code b} still runs and its
     * exception (if any) is added to {@code a}'s as suppressed.
     */
    static Runnable composeWithExceptions(Runnable a, Runnable b) {
        return () -> {
            try {
                a.run();
            } catch (Throwable e1) {
                try {
                    b.run();
                } catch (Throwable e2) {
                    try {
                        e1.addSuppressed(e2);
                    } catch (Throwable ignore) {
                    }
                }
                throw e1;
            }
            b.run();
        };
    }
}
