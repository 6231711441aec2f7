/*
 * @fileoverview A combination of flags that is not allowed (such as "-" with "0").
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A combination of flags that is not allowed (such as "-" with "0"). */
public class IllegalFormatFlagsException extends IllegalFormatException {
    private final String flags;

    public IllegalFormatFlagsException(String flags) {
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
