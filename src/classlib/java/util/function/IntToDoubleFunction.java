/*
 * @fileoverview Functional interface: a function from int to double.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a int argument producing a double result. */
public interface IntToDoubleFunction {
    /** Applies the function. */
    double applyAsDouble(int value);
}
