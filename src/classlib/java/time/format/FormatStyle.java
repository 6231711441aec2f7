/*
 * Tern class library: the length of a localized date or time format (java.time.format.FormatStyle).
 */
package java.time.format;

public enum FormatStyle {
    FULL, LONG, MEDIUM, SHORT;
}
