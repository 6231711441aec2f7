/*
 * @fileoverview The decimal digits of a double as JDK 17's FloatingDecimal generates them, the
 * starting point of java.util.Formatter's %e/%f/%g (which then round the digits half-up, so
 * String.format("%.20f", 0.1) pads the 17 digits of 0.1 with zeros instead of printing the binary
 * expansion) and of java.text.DecimalFormat. One primitive native does the generation
 * (src/natives/jdk/internal/math/DecimalDigits.ts); rounding and layout are Java.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package jdk.internal.math;

/** Digits d1 d2 ... dn and exponent e of a positive finite double: value ~ 0.d1d2...dn x 10^e. */
public final class DecimalDigits {
    /** The digits, as '0'..'9' (at least one; may end in zeros). */
    public final char[] digits;
    /** The decimal exponent: the point sits before digits[0] shifted right by this much. */
    public final int exponent;
    /** True when the digits are exactly the double's value (as FloatingDecimal reports it). */
    public final boolean exact;
    /** True when the generator rounded its last digit up (digits above the exact value). */
    public final boolean roundedUp;

    private DecimalDigits(char[] digits, int exponent, boolean exact, boolean roundedUp) {
        this.digits = digits;
        this.exponent = exponent;
        this.exact = exact;
        this.roundedUp = roundedUp;
    }

    /**
     * Digits of {@code d} (finite, > 0). {@code compatible} selects Double.toString's digits;
     * false selects the Formatter variant, which never stops after a single digit.
     */
    public static DecimalDigits of(double d, boolean compatible) {
        String s = digits0(d, compatible);
        int e = s.lastIndexOf('e');
        char[] digits = new char[e - 1];
        s.getChars(1, e, digits, 0);
        int exponent = Integer.parseInt(s.substring(e + 1));
        char relation = s.charAt(0);
        return new DecimalDigits(digits, exponent, relation == 'e', relation == 'u');
    }

    /** "&lt;relation&gt;&lt;digits&gt;e&lt;exponent&gt;", relation 'e' exact, 'u' rounded up, 'd' otherwise. */
    private static native String digits0(double d, boolean compatible);
}
