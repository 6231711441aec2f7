/*
 * @fileoverview A flag given twice in a format specifier.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A flag given twice in a format specifier. */
public class DuplicateFormatFlagsException extends IllegalFormatException {
    private final String flags;

    public DuplicateFormatFlagsException(String flags) {
        if (flags == null) {
            throw new NullPointerException();
        }
        this.flags = flags;
    }

    public String getFlags() {
        return flags;
    }

    @Override
    public String getMessage() {
        return "Flags = '" + flags + "'";
    }
}
