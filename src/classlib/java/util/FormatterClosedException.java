/*
 * @fileoverview Use of a Formatter after close().
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Use of a Formatter after close(). */
public class FormatterClosedException extends IllegalStateException {
    private static final long serialVersionUID = 18111216L;

    public FormatterClosedException() {
    }
}
