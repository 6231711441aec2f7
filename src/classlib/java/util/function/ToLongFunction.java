/*
 * @fileoverview Functional interface: a function producing a long result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of one argument producing a long result. */
public interface ToLongFunction<T> {
    /** Applies the function. */
    long applyAsLong(T value);
}
