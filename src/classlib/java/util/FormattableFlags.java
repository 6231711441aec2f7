/*
 * @fileoverview The flag bits passed to Formattable.formatTo.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** The flag bits passed to Formattable.formatTo. */
public class FormattableFlags {
    private FormattableFlags() {
    }

    public static final int LEFT_JUSTIFY = 1 << 0;
    public static final int UPPERCASE = 1 << 1;
    public static final int ALTERNATE = 1 << 2;
}
