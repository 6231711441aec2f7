/*
 * @fileoverview Functional interface: a function of one argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** A function of one argument producing a result. */
public interface Function<T, R> {
    /** Applies the function. */
    R apply(T t);

    /** Returns a function that applies {@code before}, then this function. */
    default <V> Function<V, R> compose(Function<? super V, ? extends T> before) {
        Objects.requireNonNull(before);
        return (V v) -> apply(before.apply(v));
    }

    /** Returns a function that applies this function, then {@code after}. */
    default <V> Function<T, V> andThen(Function<? super R, ? extends V> after) {
        Objects.requireNonNull(after);
        return (T t) -> after.apply(apply(t));
    }

    /** Returns a function that returns its argument. */
    static <T> Function<T, T> identity() {
        return t -> t;
    }
}
