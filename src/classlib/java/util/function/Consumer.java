/*
 * @fileoverview Functional interface: an operation on one argument with no result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** An operation taking one argument and returning nothing. */
public interface Consumer<T> {
    /** Performs the operation. */
    void accept(T t);

    /** Returns a consumer that runs this operation, then {@code after}. */
    default Consumer<T> andThen(Consumer<? super T> after) {
        Objects.requireNonNull(after);
        return (T t) -> {
            accept(t);
            after.accept(t);
        };
    }
}
