/*
 * @fileoverview Functional interface: a boolean-valued function of one long argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** A predicate of one long argument. */
public interface LongPredicate {
    /** Evaluates the predicate. */
    boolean test(long value);

    /** Short-circuiting logical AND of this predicate and {@code other}. */
    default LongPredicate and(LongPredicate other) {
        Objects.requireNonNull(other);
        return (value) -> test(value) && other.test(value);
    }

    /** Logical negation of this predicate. */
    default LongPredicate negate() {
        return (value) -> !test(value);
    }

    /** Short-circuiting logical OR of this predicate and {@code other}. */
    default LongPredicate or(LongPredicate other) {
        Objects.requireNonNull(other);
        return (value) -> test(value) || other.test(value);
    }
}
