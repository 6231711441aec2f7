/*
 * @fileoverview Functional interface: an operation on one int argument with no result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** An operation taking one int argument and returning nothing. */
public interface IntConsumer {
    /** Performs the operation. */
    void accept(int value);

    /** Returns a consumer that runs this operation, then {@code after}. */
    default IntConsumer andThen(IntConsumer after) {
        Objects.requireNonNull(after);
        return (int t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
