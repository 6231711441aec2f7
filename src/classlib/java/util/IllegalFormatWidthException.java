/*
 * @fileoverview A width that the conversion does not allow (or that does not fit in an int).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** A width that the conversion does not allow (or that does not fit in an int). */
public class IllegalFormatWidthException extends IllegalFormatException {
    private final int w;

    public IllegalFormatWidthException(int w) {
        this.w = w;
    }

    public int getWidth() {
        return w;
    }

    @Override
    public String getMessage() {
        return Integer.toString(w);
    }
}
