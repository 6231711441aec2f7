/*
 * @fileoverview The common superclass of the exceptions java.util.Formatter throws for a bad format string or argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A format string or argument that Formatter cannot use. */
public class IllegalFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 18830826L;

    IllegalFormatException() {
    }
}
