/*
 * @fileoverview Functional interface: a function of one long argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a long argument producing an object result. */
public interface LongFunction<R> {
    /** Applies the function. */
    R apply(long value);
}
