/*
 * Tern class library: how parsed fields are resolved into dates and times
 * (java.time.format.ResolverStyle).
 */
package java.time.format;

public enum ResolverStyle {
    STRICT, SMART, LENIENT;
}
