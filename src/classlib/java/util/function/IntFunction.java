/*
 * @fileoverview Functional interface: a function of one int argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a int argument producing an object result. */
public interface IntFunction<R> {
    /** Applies the function. */
    R apply(int value);
}
