/*
 * @fileoverview The decimal digits behind Formatter's %e, %f and %g, and their half-up rounding.
 * For a double the digits are FloatingDecimal's (jdk.internal.math.DecimalDigits, the variant
 * Formatter uses), not the exact binary expansion: that is why HotSpot prints
 * String.format("%.2f", 1.005) as 1.01 and String.format("%.20f", 0.1) as 0.1 followed by zeros.
 * A BigDecimal argument will enter through the (digits, exponent) constructor with its exact digits.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import jdk.internal.math.DecimalDigits;

/** A non-negative decimal 0.d1 d2 ... dn x 10^exponent (n == 0 means zero). */
final class FormatDecimal {
    private char[] digits;
    private int n;
    private int exponent;

    FormatDecimal(char[] digits, int count, int exponent) {
        this.digits = digits;
        this.n = count;
        this.exponent = exponent;
    }

    /** The digits Formatter starts from for |v| (v finite; 0 gives zero). */
    static FormatDecimal of(double v) {
        if (v == 0.0) {
            return new FormatDecimal(new char[0], 0, 0);
        }
        DecimalDigits d = DecimalDigits.of(Math.abs(v), false);
        return new FormatDecimal(d.digits, d.digits.length, d.exponent);
    }

    boolean isZero() {
        return n == 0;
    }

    /** The exponent e of the value written d.ddd x 10^e (meaningless for zero). */
    int scientificExponent() {
        return exponent - 1;
    }

    /** Rounds half-up to the first {@code keep} digits (keep <= 0 leaves zero or a single 1). */
    void roundHalfUp(int keep) {
        if (keep >= n) {
            return;
        }
        if (keep < 0) {
            n = 0;
            return;
        }
        boolean up = digits[keep] >= '5';
        n = keep;
        if (!up) {
            return;
        }
        int i = keep - 1;
        while (i >= 0 && digits[i] == '9') {
            i--;
        }
        if (i < 0) {
            // all nines (or nothing kept): the value becomes 10^exponent
            digits = new char[] {'1'};
            n = 1;
            exponent++;
            return;
        }
        char[] copy = new char[i + 1];
        System.arraycopy(digits, 0, copy, 0, i);
        copy[i] = (char) (digits[i] + 1);
        digits = copy;
        n = i + 1;
    }

    /** The digit at {@code pos} (0 = first), '0' beyond the stored digits. */
    private char digitAt(int pos) {
        return pos >= 0 && pos < n ? digits[pos] : '0';
    }

    /** Appends the value in plain notation with {@code prec} fraction digits (no point when 0). */
    void appendPlain(StringBuilder sb, int prec) {
        if (n == 0 || exponent <= 0) {
            sb.append('0');
        } else {
            for (int i = 0; i < exponent; i++) {
                sb.append(digitAt(i));
            }
        }
        if (prec > 0) {
            sb.append('.');
            int start = n == 0 ? Integer.MIN_VALUE / 2 : exponent;
            for (int k = 0; k < prec; k++) {
                sb.append(digitAt(start + k));
            }
        }
    }

    /** Appends d.ddd with {@code prec} fraction digits (no point when 0); the exponent is separate. */
    void appendScientificMantissa(StringBuilder sb, int prec) {
        sb.append(n == 0 ? '0' : digits[0]);
        if (prec > 0) {
            sb.append('.');
            for (int k = 1; k <= prec; k++) {
                sb.append(digitAt(k));
            }
        }
    }
}
