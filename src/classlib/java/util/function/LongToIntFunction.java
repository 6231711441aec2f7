/*
 * @fileoverview Functional interface: a function from long to int.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** A function of a long argument producing a int result. */
public interface LongToIntFunction {
    /** Applies the function. */
    int applyAsInt(long value);
}
