/*
 * @fileoverview Functional interface: an operation on one long operand.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** An operation on one long operand producing a long result. */
public interface LongUnaryOperator {
    /** Applies the operator. */
    long applyAsLong(long operand);

    /** Returns an operator that applies {@code before}, then this operator. */
    default LongUnaryOperator compose(LongUnaryOperator before) {
        Objects.requireNonNull(before);
        return (long v) -> applyAsLong(before.applyAsLong(v));
    }

    /** Returns an operator that applies this operator, then {@code after}. */
    default LongUnaryOperator andThen(LongUnaryOperator after) {
        Objects.requireNonNull(after);
        return (long t) -> after.applyAsLong(applyAsLong(t));
    }

    /** Returns an operator that returns its operand. */
    static LongUnaryOperator identity() {
        return t -> t;
    }
}
