/*
 * @fileoverview Functional interface: a function of two arguments producing a double result.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of two arguments producing a double result. */
public interface ToDoubleBiFunction<T, U> {
    /** Applies the function. */
    double applyAsDouble(T t, U u);
}
