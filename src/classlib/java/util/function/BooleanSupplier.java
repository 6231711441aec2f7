/*
 * @fileoverview Functional interface: a supplier of boolean results.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** Supplies a boolean result. */
public interface BooleanSupplier {
    /** Gets a result. */
    boolean getAsBoolean();
}
