/*
 * @fileoverview Functional interface: a function from int to long.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a int argument producing a long result. */
public interface IntToLongFunction {
    /** Applies the function. */
    long applyAsLong(int value);
}
