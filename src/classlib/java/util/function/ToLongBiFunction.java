/*
 * @fileoverview Functional interface: a function of two arguments producing a long result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of two arguments producing a long result. */
public interface ToLongBiFunction<T, U> {
    /** Applies the function. */
    long applyAsLong(T t, U u);
}
