/*
 * @fileoverview Functional interface: a boolean-valued function of one int argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** A predicate of one int argument. */
public interface IntPredicate {
    /** Evaluates the predicate. */
    boolean test(int value);

    /** Short-circuiting logical AND of this predicate and {@code other}. */
    default IntPredicate and(IntPredicate other) {
        Objects.requireNonNull(other);
        return (value) -> test(value) && other.test(value);
    }

    /** Logical negation of this predicate. */
    default IntPredicate negate() {
        return (value) -> !test(value);
    }

    /** Short-circuiting logical OR of this predicate and {@code other}. */
    default IntPredicate or(IntPredicate other) {
        Objects.requireNonNull(other);
        return (value) -> test(value) || other.test(value);
    }
}
