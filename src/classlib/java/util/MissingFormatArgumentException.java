/*
 * @fileoverview A format specifier without a matching argument.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A format specifier without a matching argument. */
public class MissingFormatArgumentException extends IllegalFormatException {
    private final String s;

    public MissingFormatArgumentException(String s) {
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
        return "Format specifier '" + s + "'";
    }
}
