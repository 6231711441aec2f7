/*
 * @fileoverview Functional interface: a function from double to long.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a double argument producing a long result. */
public interface DoubleToLongFunction {
    /** Applies the function. */
    long applyAsLong(double value);
}
