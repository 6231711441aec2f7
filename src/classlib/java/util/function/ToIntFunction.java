/*
 * @fileoverview Functional interface: a function producing a int result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of one argument producing a int result. */
public interface ToIntFunction<T> {
    /** Applies the function. */
    int applyAsInt(T value);
}
