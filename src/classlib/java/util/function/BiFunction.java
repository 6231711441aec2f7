/*
 * @fileoverview Functional interface: a function of two arguments.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** A function of two arguments producing a result. */
public interface BiFunction<T, U, R> {
    /** Applies the function. */
    R apply(T t, U u);

    /** Returns a function that applies this function, then {@code after} to its result. */
    default <V> BiFunction<T, U, V> andThen(Function<? super R, ? extends V> after) {
        Objects.requireNonNull(after);
        return (T t, U u) -> after.apply(apply(t, u));
    }
}
