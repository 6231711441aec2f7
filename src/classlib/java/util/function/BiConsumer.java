/*
 * @fileoverview Functional interface: an operation on two arguments with no result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** An operation taking two arguments and returning nothing. */
public interface BiConsumer<T, U> {
    /** Performs the operation. */
    void accept(T t, U u);

    /** Returns a consumer that runs this operation, then {@code after}. */
    default BiConsumer<T, U> andThen(BiConsumer<? super T, ? super U> after) {
        Objects.requireNonNull(after);
        return (l, r) -> {
            accept(l, r);
            after.accept(l, r);
        };
    }
}
