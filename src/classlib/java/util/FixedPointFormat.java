/*
 * @fileoverview The text of String.format("%f", d) (six decimals) without a Formatter, for the
 * summary-statistics toString methods. HotSpot's Formatter takes the decimal digits of
 * Double.toString(d) and rounds them half-up at the sixth decimal; this does the same, so
 * 0.0000005 prints 0.000001, 1e300 prints all its 301 integer digits, and negative values
 * (including -0.0 and those that round to zero) keep their minus sign.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Formats doubles like "%f". */
final class FixedPointFormat {
    private static final int DECIMALS = 6;

    private FixedPointFormat() {
    }

    /** {@code d} with six decimals, as String.format("%f", d). */
    static String format(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        boolean negative = Double.doubleToRawLongBits(d) < 0;
        String text = Double.toString(Math.abs(d));
        // text is "123.456" or "1.2345E-7": split it into digits and the decimal point's position
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int pointPos = dot + exponent;

        // keep the digits up to the sixth decimal, then round half-up on the first dropped one
        int keep = pointPos + DECIMALS;
        char[] kept = new char[Math.max(keep, 0)];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = i < digits.length() ? digits.charAt(i) : '0';
        }
        boolean roundUp = keep >= 0 && keep < digits.length() && digits.charAt(keep) >= '5';
        String scaled = roundUp ? increment(kept) : new String(kept);

        // scaled is the value times 10^6: put the point back, with exactly one leading zero
        // when the value is below 1
        StringBuilder all = new StringBuilder();
        for (int pad = DECIMALS + 1 - scaled.length(); pad > 0; pad--) {
            all.append('0');
        }
        all.append(scaled);
        int intEnd = all.length() - DECIMALS;
        int start = 0;
        while (start < intEnd - 1 && all.charAt(start) == '0') {
            start++;
        }
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        sb.append(all, start, intEnd).append('.').append(all, intEnd, all.length());
        return sb.toString();
    }

    /** The decimal number {@code digits} plus one. */
    private static String increment(char[] digits) {
        int i = digits.length - 1;
        while (i >= 0 && digits[i] == '9') {
            digits[i--] = '0';
        }
        if (i < 0) {
            return "1" + new String(digits);
        }
        digits[i]++;
        return new String(digits);
    }
}
