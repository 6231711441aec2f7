/*
 * @fileoverview Functional interface: a binary operation on two long operands.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** An operation on two long operands producing a long result. */
public interface LongBinaryOperator {
    /** Applies the operator. */
    long applyAsLong(long left, long right);
}
