/*
 * @fileoverview Functional interface: an operation on one double operand.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

import java.util.Objects;

/** An operation on one double operand producing a double result. */
public interface DoubleUnaryOperator {
    /** Applies the operator. */
    double applyAsDouble(double operand);

    /** Returns an operator that applies {@code before}, then this operator. */
    default DoubleUnaryOperator compose(DoubleUnaryOperator before) {
        Objects.requireNonNull(before);
        return (double v) -> applyAsDouble(before.applyAsDouble(v));
    }

    /** Returns an operator that applies this operator, then {@code after}. */
    default DoubleUnaryOperator andThen(DoubleUnaryOperator after) {
        Objects.requireNonNull(after);
        return (double t) -> after.applyAsDouble(applyAsDouble(t));
    }

    /** Returns an operator that returns its operand. */
    static DoubleUnaryOperator identity() {
        return t -> t;
    }
}
