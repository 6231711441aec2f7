/*
 * @fileoverview An unknown conversion character.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** An unknown conversion character. */
public class UnknownFormatConversionException extends IllegalFormatException {
    private final String s;

    public UnknownFormatConversionException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getConversion() {
        return s;
    }

    @Override
    public String getMessage() {
        return "Conversion = '" + s + "'";
    }
}
