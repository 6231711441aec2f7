/*
 * @fileoverview Functional interface: an operation on one long argument with no result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** An operation taking one long argument and returning nothing. */
public interface LongConsumer {
    /** Performs the operation. */
    void accept(long value);

    /** Returns a consumer that runs this operation, then {@code after}. */
    default LongConsumer andThen(LongConsumer after) {
        Objects.requireNonNull(after);
        return (long t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
