/*
 * @fileoverview Functional interface: a supplier of long results.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util.function;

/** Supplies a long result. */
public interface LongSupplier {
    /** Gets a result. */
    long getAsLong();
}
