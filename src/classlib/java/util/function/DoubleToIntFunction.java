/*
 * @fileoverview Functional interface: a function from double to int.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a double argument producing a int result. */
public interface DoubleToIntFunction {
    /** Applies the function. */
    int applyAsInt(double value);
}
