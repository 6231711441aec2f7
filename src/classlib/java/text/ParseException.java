/*
 * @fileoverview A text that a Format could not parse, with the offset where parsing failed.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.text;

/** Parsing failed at {@link #getErrorOffset()}. */
public class ParseException extends Exception {
    private static final long serialVersionUID = 2703218443322787634L;

    private final int errorOffset;

    public ParseException(String s, int errorOffset) {
        super(s);
        this.errorOffset = errorOffset;
    }

    public int getErrorOffset() {
        return errorOffset;
    }
}
