/*
 * @fileoverview Functional interface: a function of one double argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a double argument producing an object result. */
public interface DoubleFunction<R> {
    /** Applies the function. */
    R apply(double value);
}
