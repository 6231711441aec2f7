/*
 * @fileoverview A flag ("-" or "0") that needs a width given without one.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A flag ("-" or "0") that needs a width given without one. */
public class MissingFormatWidthException extends IllegalFormatException {
    private final String s;

    public MissingFormatWidthException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getFormatSpecifier() {
        return s;
    }

    @Override
    public String getMessage() {
        return s;
    }
}
