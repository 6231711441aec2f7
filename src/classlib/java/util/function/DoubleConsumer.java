/*
 * @fileoverview Functional interface: an operation on one double argument with no result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** An operation taking one double argument and returning nothing. */
public interface DoubleConsumer {
    /** Performs the operation. */
    void accept(double value);

    /** Returns a consumer that runs this operation, then {@code after}. */
    default DoubleConsumer andThen(DoubleConsumer after) {
        Objects.requireNonNull(after);
        return (double t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
