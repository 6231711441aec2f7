/*
 * @fileoverview Functional interface: a binary operation on two double operands.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** An operation on two double operands producing a double result. */
public interface DoubleBinaryOperator {
    /** Applies the operator. */
    double applyAsDouble(double left, double right);
}
