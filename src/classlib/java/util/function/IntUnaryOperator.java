/*
 * @fileoverview Functional interface: an operation on one int operand.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** An operation on one int operand producing a int result. */
public interface IntUnaryOperator {
    /** Applies the operator. */
    int applyAsInt(int operand);

    /** Returns an operator that applies {@code before}, then this operator. */
    default IntUnaryOperator compose(IntUnaryOperator before) {
        Objects.requireNonNull(before);
        return (int v) -> applyAsInt(before.applyAsInt(v));
    }

    /** Returns an operator that applies this operator, then {@code after}. */
    default IntUnaryOperator andThen(IntUnaryOperator after) {
        Objects.requireNonNull(after);
        return (int t) -> after.applyAsInt(applyAsInt(t));
    }

    /** Returns an operator that returns its operand. */
    static IntUnaryOperator identity() {
        return t -> t;
    }
}
