/*
 * @fileoverview Functional interface: a function of two arguments producing a int result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of two arguments producing a int result. */
public interface ToIntBiFunction<T, U> {
    /** Applies the function. */
    int applyAsInt(T t, U u);
}
