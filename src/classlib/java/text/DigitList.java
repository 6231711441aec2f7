/*
 * @fileoverview The decimal digits DecimalFormat prints, and their rounding. A double starts from
 * Double.toString's digits (FloatingDecimal's, via jdk.internal.math.DecimalDigits), with what
 * the generator knows about them: whether they are exact and whether their last digit was
 * rounded up. Ties are settled with that knowledge, as in the JDK: 0.125 rounds half-even to
 * 0.12, while 0.135 (really 0.13500000000000000888) rounds to 0.14 and 2.675 (really
 * 2.67499999999999982236431605997495353221893310546875) to 2.67.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.text;

import java.math.RoundingMode;
import jdk.internal.math.DecimalDigits;

/** Digits d1..d(count) with the decimal point after decimalAt of them (count 0: zero). */
final class DigitList {
    char[] digits = new char[0];
    int count;
    int decimalAt;
    private boolean exact;
    private boolean roundedUp;
    private boolean negative;
    private RoundingMode mode;

    boolean isZero() {
        return count == 0;
    }

    /** Loads |value| (finite, non-negative) and rounds it to maximumDigits (fraction digits when fixedPoint). */
    void set(boolean isNegative, double value, int maximumDigits, boolean fixedPoint, RoundingMode roundingMode) {
        negative = isNegative;
        mode = roundingMode;
        if (value == 0.0) {
            count = 0;
            decimalAt = 0;
            return;
        }
        DecimalDigits d = DecimalDigits.of(value, true);
        digits = d.digits.clone();
        count = digits.length;
        decimalAt = d.exponent;
        exact = d.exact;
        roundedUp = d.roundedUp;
        stripTrailingZeros();
        if (fixedPoint) {
            if (-decimalAt > maximumDigits) {
                count = 0;
                return;
            }
            if (-decimalAt == maximumDigits) {
                if (shouldRoundUp(0)) {
                    digits[0] = '1';
                    count = 1;
                    decimalAt++;
                } else {
                    count = 0;
                }
                return;
            }
            round(maximumDigits + decimalAt);
        } else {
            round(maximumDigits);
        }
    }

    /** Loads an exact integer magnitude given as decimal digits; rounds to maximumDigits when > 0. */
    void set(boolean isNegative, String magnitude, int maximumDigits, RoundingMode roundingMode) {
        negative = isNegative;
        mode = roundingMode;
        exact = true;
        roundedUp = false;
        int start = 0;
        while (start < magnitude.length() - 1 && magnitude.charAt(start) == '0') {
            start++;
        }
        if (magnitude.length() - start == 1 && magnitude.charAt(start) == '0') {
            count = 0;
            decimalAt = 0;
            return;
        }
        digits = magnitude.substring(start).toCharArray();
        count = digits.length;
        decimalAt = count;
        stripTrailingZeros();
        if (maximumDigits > 0) {
            round(maximumDigits);
        }
    }

    private void stripTrailingZeros() {
        while (count > 0 && digits[count - 1] == '0') {
            count--;
        }
    }

    /** Keeps the first {@code keep} digits, rounding by the mode. */
    private void round(int keep) {
        if (keep < 0 || keep >= count) {
            return;
        }
        if (shouldRoundUp(keep)) {
            int i = keep - 1;
            while (i >= 0 && digits[i] == '9') {
                i--;
            }
            if (i < 0) {
                digits[0] = '1';
                decimalAt++;
                count = 1;
                return;
            }
            digits[i]++;
            count = i + 1;
        } else {
            count = keep;
        }
        stripTrailingZeros();
    }

    /** Whether dropping digits[keep..] rounds the kept ones up. */
    private boolean shouldRoundUp(int keep) {
        boolean nonZeroDropped = false;
        for (int i = keep; i < count; i++) {
            if (digits[i] != '0') {
                nonZeroDropped = true;
                break;
            }
        }
        switch (mode) {
            case UP:
                return nonZeroDropped;
            case DOWN:
                return false;
            case CEILING:
                return nonZeroDropped && !negative;
            case FLOOR:
                return nonZeroDropped && negative;
            case HALF_UP:
            case HALF_DOWN:
                if (digits[keep] > '5') {
                    return true;
                }
                if (digits[keep] == '5') {
                    if (keep != count - 1) {
                        return true;
                    }
                    if (exact) {
                        return mode == RoundingMode.HALF_UP;
                    }
                    return !roundedUp;
                }
                return false;
            case HALF_EVEN:
                if (digits[keep] > '5') {
                    return true;
                }
                if (digits[keep] == '5') {
                    if (keep == count - 1) {
                        if (roundedUp) {
                            return false;
                        }
                        if (!exact) {
                            return true;
                        }
                        return keep > 0 && (digits[keep - 1] - '0') % 2 != 0;
                    }
                    for (int i = keep + 1; i < count; i++) {
                        if (digits[i] != '0') {
                            return true;
                        }
                    }
                    return keep > 0 && (digits[keep - 1] - '0') % 2 != 0;
                }
                return false;
            default: // UNNECESSARY
                if (nonZeroDropped) {
                    throw new ArithmeticException("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY");
                }
                return false;
        }
    }
}
