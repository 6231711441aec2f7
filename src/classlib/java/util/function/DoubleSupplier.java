/*
 * @fileoverview Functional interface: a supplier of double results.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** Supplies a double result. */
public interface DoubleSupplier {
    /** Gets a result. */
    double getAsDouble();
}
