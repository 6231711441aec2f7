/*
 * @fileoverview Functional interface: a boolean-valued function of two arguments.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** A predicate of two arguments. */
public interface BiPredicate<T, U> {
    /** Evaluates the predicate. */
    boolean test(T t, U u);

    /** Short-circuiting logical AND of this predicate and {@code other}. */
    default BiPredicate<T, U> and(BiPredicate<? super T, ? super U> other) {
        Objects.requireNonNull(other);
        return (T t, U u) -> test(t, u) && other.test(t, u);
    }

    /** Logical negation of this predicate. */
    default BiPredicate<T, U> negate() {
        return (T t, U u) -> !test(t, u);
    }

    /** Short-circuiting logical OR of this predicate and {@code other}. */
    default BiPredicate<T, U> or(BiPredicate<? super T, ? super U> other) {
        Objects.requireNonNull(other);
        return (T t, U u) -> test(t, u) || other.test(t, u);
    }
}
