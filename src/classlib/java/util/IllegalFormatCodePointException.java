/*
 * @fileoverview A %c argument that is not a valid Unicode code point.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A %c argument that is not a valid Unicode code point. */
public class IllegalFormatCodePointException extends IllegalFormatException {
    private final int c;

    public IllegalFormatCodePointException(int c) {
        this.c = c;
    }

    public int getCodePoint() {
        return c;
    }

    @Override
    public String getMessage() {
        return "Code point = 0x" + Integer.toHexString(c);
    }
}
