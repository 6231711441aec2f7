/*
 * @fileoverview Objects that format themselves for %s (Formatter calls formatTo).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** An object that writes its own text for the %s conversion. */
public interface Formattable {
    /** Writes this object to {@code formatter} with FormattableFlags, width and precision (-1 = none). */
    void formatTo(Formatter formatter, int flags, int width, int precision);
}
