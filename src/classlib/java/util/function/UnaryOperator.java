/*
 * @fileoverview Functional interface: a Function whose operand and result share one type.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** An operation on one operand producing a result of the same type. */
public interface UnaryOperator<T> extends Function<T, T> {
    /** Returns an operator that returns its argument. */
    static <T> UnaryOperator<T> identity() {
        return t -> t;
    }
}
