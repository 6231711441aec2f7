/*
 * @fileoverview Functional interface: a binary operation on two int operands.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** An operation on two int operands producing a int result. */
public interface IntBinaryOperator {
    /** Applies the operator. */
    int applyAsInt(int left, int right);
}
