/*
 * @fileoverview Functional interface: a boolean-valued function of one double argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** A predicate of one double argument. */
public interface DoublePredicate {
    /** Evaluates the predicate. */
    boolean test(double value);

    /** Short-circuiting logical AND of this predicate and {@code other}. */
    default DoublePredicate and(DoublePredicate other) {
        Objects.requireNonNull(other);
        return (value) -> test(value) && other.test(value);
    }

    /** Logical negation of this predicate. */
    default DoublePredicate negate() {
        return (value) -> !test(value);
    }

    /** Short-circuiting logical OR of this predicate and {@code other}. */
    default DoublePredicate or(DoublePredicate other) {
        Objects.requireNonNull(other);
        return (value) -> test(value) || other.test(value);
    }
}
