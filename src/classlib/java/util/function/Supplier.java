/*
 * @fileoverview Functional interface: a supplier of results.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** Supplies a result each time it is called. */
public interface Supplier<T> {
    /** Gets a result. */
    T get();
}
