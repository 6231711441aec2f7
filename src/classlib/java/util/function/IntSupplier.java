/*
 * @fileoverview Functional interface: a supplier of int results.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** Supplies a int result. */
public interface IntSupplier {
    /** Gets a result. */
    int getAsInt();
}
