/*
 * @fileoverview Functional interface: a function from long to double.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a long argument producing a double result. */
public interface LongToDoubleFunction {
    /** Applies the function. */
    double applyAsDouble(long value);
}
