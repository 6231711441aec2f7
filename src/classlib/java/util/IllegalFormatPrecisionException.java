/*
 * @fileoverview A precision that the conversion does not allow (or that does not fit in an int).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A precision that the conversion does not allow (or that does not fit in an int). */
public class IllegalFormatPrecisionException extends IllegalFormatException {
    private final int p;

    public IllegalFormatPrecisionException(int p) {
        this.p = p;
    }

    public int getPrecision() {
        return p;
    }

    @Override
    public String getMessage() {
        return Integer.toString(p);
    }
}
