/*
 * @fileoverview Functional interface: a function producing a double result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of one argument producing a double result. */
public interface ToDoubleFunction<T> {
    /** Applies the function. */
    double applyAsDouble(T value);
}
