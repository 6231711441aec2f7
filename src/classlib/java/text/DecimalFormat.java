/*
 * @fileoverview java.text.DecimalFormat: patterns such as "#,##0.00", "0.###E0", "#.##%",
 * "$#,##0.00;($#,##0.00)" with quoted literals, grouping, minimum/maximum integer and fraction
 * digits, multipliers (percent, per mille), scientific and engineering notation, every
 * RoundingMode (HALF_EVEN by default), and parsing to Long or Double. Rounding works on the
 * digits of DigitList (see there for how ties are settled like the JDK). FieldPositions report
 * INTEGER_FIELD and FRACTION_FIELD. Not provided: Format.Field positions,
 * formatToCharacterIterator, Currency
 * objects, BigInteger/BigDecimal values (other Numbers format through doubleValue()).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.text;

import java.math.RoundingMode;
import java.util.Locale;

/** Formats and parses decimal numbers after a pattern. */
public class DecimalFormat extends NumberFormat {
    private static final long serialVersionUID = 864413376551465018L;

    /** Digits a double can need (the JDK's limits for formatting doubles). */
    private static final int DOUBLE_INTEGER_DIGITS = 309;
    private static final int DOUBLE_FRACTION_DIGITS = 340;
    private static final int MAXIMUM_INTEGER_DIGITS = Integer.MAX_VALUE;
    private static final int MAXIMUM_FRACTION_DIGITS = Integer.MAX_VALUE;

    private static final char PATTERN_ZERO = '0';
    private static final char PATTERN_DIGIT = '#';
    private static final char PATTERN_GROUPING = ',';
    private static final char PATTERN_DECIMAL = '.';
    private static final char PATTERN_PERCENT = '%';
    private static final char PATTERN_PER_MILLE = '\u2030';
    private static final char PATTERN_SEPARATOR = ';';
    private static final char PATTERN_MINUS = '-';
    private static final char PATTERN_EXPONENT = 'E';
    private static final char CURRENCY_SIGN = '\u00a4';
    private static final char QUOTE = '\'';

    private DecimalFormatSymbols symbols;
    private String positivePrefix = "";
    private String positiveSuffix = "";
    private String negativePrefix = "-";
    private String negativeSuffix = "";
    /** Affix patterns (QUOTE + special char for %, per mille, currency, minus; "''" a quote); null after a setter. */
    private String posPrefixPattern;
    private String posSuffixPattern;
    private String negPrefixPattern;
    private String negSuffixPattern;
    private int multiplier = 1;
    private byte groupingSize = 3;
    private boolean decimalSeparatorAlwaysShown;
    private boolean parseBigDecimal;
    private boolean isCurrencyFormat;
    private boolean useExponentialNotation;
    private byte minExponentDigits;
    private int maximumIntegerDigits;
    private int minimumIntegerDigits;
    private int maximumFractionDigits;
    private int minimumFractionDigits;
    private RoundingMode roundingMode = RoundingMode.HALF_EVEN;

    /** The default locale's number pattern and symbols. */
    public DecimalFormat() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        symbols = DecimalFormatSymbols.getInstance(locale);
        applyPattern(LocaleData.of(locale).numberPattern, false);
    }

    public DecimalFormat(String pattern) {
        symbols = DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT));
        applyPattern(pattern, false);
    }

    public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {
        this.symbols = (DecimalFormatSymbols) symbols.clone();
        applyPattern(pattern, false);
    }

    // ---- formatting ----

    @Override
    public final StringBuffer format(Object number, StringBuffer toAppendTo, FieldPosition pos) {
        return super.format(number, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(double number, StringBuffer result, FieldPosition fieldPosition) {
        if (Double.isNaN(number)) {
            int begin = result.length();
            result.append(symbols.getNaN());
            if (fieldPosition.getField() == INTEGER_FIELD) {
                fieldPosition.setBeginIndex(begin);
                fieldPosition.setEndIndex(result.length());
            }
            return result;
        }
        boolean negative = ((number < 0.0) || (number == 0.0 && 1 / number < 0.0)) ^ (multiplier < 0);
        if (multiplier != 1) {
            number *= multiplier;
        }
        if (Double.isInfinite(number)) {
            result.append(negative ? negativePrefix : positivePrefix);
            int begin = result.length();
            result.append(symbols.getInfinity());
            if (fieldPosition.getField() == INTEGER_FIELD) {
                fieldPosition.setBeginIndex(begin);
                fieldPosition.setEndIndex(result.length());
            }
            return result.append(negative ? negativeSuffix : positiveSuffix);
        }
        if (negative) {
            number = -number;
        }
        int maxInt = Math.min(maximumIntegerDigits, DOUBLE_INTEGER_DIGITS);
        int minInt = Math.min(minimumIntegerDigits, DOUBLE_INTEGER_DIGITS);
        int maxFrac = Math.min(maximumFractionDigits, DOUBLE_FRACTION_DIGITS);
        int minFrac = Math.min(minimumFractionDigits, DOUBLE_FRACTION_DIGITS);
        DigitList digits = new DigitList();
        digits.set(negative, Math.abs(number), useExponentialNotation ? maxInt + maxFrac : maxFrac,
                !useExponentialNotation, roundingMode);
        return subformat(result, fieldPosition, digits, negative, false, maxInt, minInt, maxFrac, minFrac);
    }

    @Override
    public StringBuffer format(long number, StringBuffer result, FieldPosition fieldPosition) {
        boolean negative = number < 0;
        // the magnitude as decimal digits, multiplied exactly (Long.MIN_VALUE and overflow included)
        String magnitude = negative ? Long.toString(number).substring(1) : Long.toString(number);
        if (multiplier != 1) {
            magnitude = multiply(magnitude, Math.abs((long) multiplier));
            if (multiplier < 0) {
                negative = !negative;
            }
        }
        if (magnitude.equals("0")) {
            negative = false;
        }
        int maxInt = Math.min(maximumIntegerDigits, DOUBLE_INTEGER_DIGITS);
        int minInt = Math.min(minimumIntegerDigits, DOUBLE_INTEGER_DIGITS);
        int maxFrac = Math.min(maximumFractionDigits, DOUBLE_FRACTION_DIGITS);
        int minFrac = Math.min(minimumFractionDigits, DOUBLE_FRACTION_DIGITS);
        DigitList digits = new DigitList();
        digits.set(negative, magnitude, useExponentialNotation ? maxInt + maxFrac : 0, roundingMode);
        return subformat(result, fieldPosition, digits, negative, true, maxInt, minInt, maxFrac, minFrac);
    }

    /** Decimal digits times a small non-negative factor. */
    private static String multiply(String digits, long factor) {
        if (factor == 0) {
            return "0";
        }
        char[] out = new char[digits.length() + 20];
        int pos = out.length;
        long carry = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            long v = (digits.charAt(i) - '0') * factor + carry;
            out[--pos] = (char) ('0' + v % 10);
            carry = v / 10;
        }
        while (carry > 0) {
            out[--pos] = (char) ('0' + carry % 10);
            carry /= 10;
        }
        while (pos < out.length - 1 && out[pos] == '0') {
            pos++;
        }
        return new String(out, pos, out.length - pos);
    }

    /**
     * Prefix, digits (plain or exponential), suffix; records where the integer and fraction
     * digits went when {@code fp} asks for INTEGER_FIELD or FRACTION_FIELD.
     */
    private StringBuffer subformat(StringBuffer result, FieldPosition fp, DigitList dl, boolean negative,
            boolean isInteger, int maxInt, int minInt, int maxFrac, int minFrac) {
        char zero = symbols.getZeroDigit();
        int zeroDelta = zero - '0';
        char grouping = isCurrencyFormat ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
        char decimal = isCurrencyFormat ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();
        result.append(negative ? negativePrefix : positivePrefix);
        int intBegin = result.length();
        int intEnd = -1;
        int fracBegin = -1;
        if (useExponentialNotation) {
            int exponent = dl.decimalAt;
            int repeat = maxInt;
            int minimumIntegerDigits = minInt;
            if (repeat > 1 && repeat > minInt) {
                // engineering notation: the exponent is a multiple of the maximum integer digits
                if (exponent >= 1) {
                    exponent = ((exponent - 1) / repeat) * repeat;
                } else {
                    exponent = ((exponent - repeat) / repeat) * repeat;
                }
                minimumIntegerDigits = 1;
            } else {
                exponent -= minimumIntegerDigits;
            }
            int minimumDigits = minInt + minFrac;
            if (minimumDigits < 0) {
                minimumDigits = Integer.MAX_VALUE;
            }
            int integerDigits = dl.isZero() ? minimumIntegerDigits : dl.decimalAt - exponent;
            if (minimumDigits < integerDigits) {
                minimumDigits = integerDigits;
            }
            int totalDigits = Math.max(dl.count, minimumDigits);
            for (int i = 0; i < totalDigits; i++) {
                if (i == integerDigits) {
                    intEnd = result.length();
                    result.append(decimal);
                    fracBegin = result.length();
                }
                result.append(i < dl.count ? (char) (dl.digits[i] + zeroDelta) : zero);
            }
            if (decimalSeparatorAlwaysShown && totalDigits == integerDigits) {
                intEnd = result.length();
                result.append(decimal);
                fracBegin = result.length();
            }
            if (intEnd < 0) {
                intEnd = result.length();
                fracBegin = intEnd;
            }
            setFields(fp, intBegin, intEnd, fracBegin, result.length());
            if (dl.isZero()) {
                exponent = 0;
            }
            result.append(symbols.getExponentSeparator());
            if (exponent < 0) {
                result.append(symbols.getMinusSign());
            }
            String expDigits = Integer.toString(Math.abs(exponent));
            for (int i = expDigits.length(); i < minExponentDigits; i++) {
                result.append(zero);
            }
            for (int i = 0; i < expDigits.length(); i++) {
                result.append((char) (expDigits.charAt(i) + zeroDelta));
            }
        } else {
            int count = minInt;
            int digitIndex = 0;
            if (dl.decimalAt > 0 && count < dl.decimalAt) {
                count = dl.decimalAt;
            }
            if (count > maxInt) {
                count = maxInt;
                digitIndex = dl.decimalAt - count;
            }
            int sizeBeforeIntegerPart = result.length();
            for (int i = count - 1; i >= 0; i--) {
                if (i < dl.decimalAt && digitIndex < dl.count) {
                    result.append((char) (dl.digits[digitIndex++] + zeroDelta));
                } else {
                    result.append(zero);
                }
                if (isGroupingUsed() && i > 0 && groupingSize != 0 && i % groupingSize == 0) {
                    result.append(grouping);
                }
            }
            boolean fractionPresent = minFrac > 0 || (!isInteger && digitIndex < dl.count);
            if (!fractionPresent && result.length() == sizeBeforeIntegerPart) {
                result.append(zero);
            }
            intEnd = result.length();
            if (decimalSeparatorAlwaysShown || fractionPresent) {
                result.append(decimal);
            }
            fracBegin = result.length();
            for (int i = 0; i < maxFrac; i++) {
                if (i >= minFrac && (isInteger || digitIndex >= dl.count)) {
                    break;
                }
                if (-1 - i > dl.decimalAt - 1) {
                    // a zero between the point and the first significant digit
                    result.append(zero);
                    continue;
                }
                if (!isInteger && digitIndex < dl.count) {
                    result.append((char) (dl.digits[digitIndex++] + zeroDelta));
                } else {
                    result.append(zero);
                }
            }
            setFields(fp, intBegin, intEnd, fracBegin, result.length());
        }
        return result.append(negative ? negativeSuffix : positiveSuffix);
    }

    private static void setFields(FieldPosition fp, int intBegin, int intEnd, int fracBegin, int fracEnd) {
        if (fp.getField() == INTEGER_FIELD) {
            fp.setBeginIndex(intBegin);
            fp.setEndIndex(intEnd);
        } else if (fp.getField() == FRACTION_FIELD) {
            fp.setBeginIndex(fracBegin);
            fp.setEndIndex(fracEnd);
        }
    }

    // ---- parsing ----

    /**
     * Parses a number at pos: prefix, digits with grouping separators, decimal separator and
     * exponent, suffix. A Long when the value is integral, not -0 and fits; else a Double.
     */
    @Override
    public Number parse(String text, ParsePosition pos) {
        int start = pos.index;
        if (text.startsWith(symbols.getNaN(), start)) {
            pos.index = start + symbols.getNaN().length();
            return Double.NaN;
        }
        boolean gotPositive = text.startsWith(positivePrefix, start);
        boolean gotNegative = text.startsWith(negativePrefix, start);
        if (gotPositive && gotNegative) {
            if (positivePrefix.length() > negativePrefix.length()) {
                gotNegative = false;
            } else if (positivePrefix.length() < negativePrefix.length()) {
                gotPositive = false;
            }
        }
        int position;
        if (gotPositive) {
            position = start + positivePrefix.length();
        } else if (gotNegative) {
            position = start + negativePrefix.length();
        } else {
            pos.errorIndex = start;
            return null;
        }
        boolean infinite = false;
        StringBuilder digits = new StringBuilder();
        int decimalAt = -1;
        int exponent = 0;
        if (text.startsWith(symbols.getInfinity(), position)) {
            infinite = true;
            position += symbols.getInfinity().length();
        } else {
            char zero = symbols.getZeroDigit();
            char decimal = isCurrencyFormat ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();
            char grouping = isCurrencyFormat ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
            String exponentString = symbols.getExponentSeparator();
            boolean sawDecimal = false;
            boolean sawDigit = false;
            int backup = -1;
            int i = position;
            for (; i < text.length(); i++) {
                char ch = text.charAt(i);
                int digit = ch - zero;
                if (digit < 0 || digit > 9) {
                    digit = Character.digit(ch, 10);
                }
                if (digit >= 0 && digit <= 9) {
                    sawDigit = true;
                    backup = -1;
                    digits.append((char) ('0' + digit));
                } else if (!isParseIntegerOnly() && ch == decimal && !sawDecimal) {
                    sawDecimal = true;
                    decimalAt = digits.length();
                    backup = -1;
                } else if (isGroupingUsed() && ch == grouping && !sawDecimal) {
                    backup = i;
                } else if (text.startsWith(exponentString, i) && !isParseIntegerOnly() && sawDigit) {
                    int j = i + exponentString.length();
                    boolean expNegative = false;
                    if (j < text.length() && text.charAt(j) == symbols.getMinusSign()) {
                        expNegative = true;
                        j++;
                    }
                    int expStart = j;
                    long exp = 0;
                    while (j < text.length() && Character.digit(text.charAt(j), 10) >= 0) {
                        if (exp < 100000) {
                            exp = exp * 10 + Character.digit(text.charAt(j), 10);
                        }
                        j++;
                    }
                    if (j > expStart) {
                        exponent = (int) (expNegative ? -exp : exp);
                        i = j;
                        backup = -1;
                    }
                    break;
                } else {
                    break;
                }
            }
            if (backup != -1) {
                i = backup;
            }
            if (!sawDigit) {
                pos.errorIndex = start;
                return null;
            }
            position = i;
        }
        // the suffix decides the sign when both prefixes matched
        if (gotPositive) {
            gotPositive = text.startsWith(positiveSuffix, position);
        }
        if (gotNegative) {
            gotNegative = text.startsWith(negativeSuffix, position);
        }
        if (gotPositive && gotNegative) {
            if (positiveSuffix.length() > negativeSuffix.length()) {
                gotNegative = false;
            } else if (positiveSuffix.length() < negativeSuffix.length()) {
                gotPositive = false;
            }
        }
        if (gotPositive == gotNegative) {
            if (!gotPositive) {
                pos.errorIndex = position;
                return null;
            }
            // identical affixes: positive
            gotNegative = false;
        }
        pos.index = position + (gotPositive ? positiveSuffix.length() : negativeSuffix.length());
        boolean negative = gotNegative;
        if (infinite) {
            double inf = negative == (multiplier >= 0) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return inf;
        }
        if (decimalAt < 0) {
            decimalAt = digits.length();
        }
        decimalAt += exponent;
        // strip leading and trailing zeros: value = 0.digits x 10^decimalAt
        int lead = 0;
        while (lead < digits.length() && digits.charAt(lead) == '0') {
            lead++;
        }
        String sig = digits.substring(lead);
        decimalAt -= lead;
        int end = sig.length();
        while (end > 0 && sig.charAt(end - 1) == '0') {
            end--;
        }
        sig = sig.substring(0, end);
        if (sig.isEmpty()) {
            // "-0" is the Double -0.0 unless only integers are parsed
            return negative && !isParseIntegerOnly() ? (Number) (-0.0) : (Number) 0L;
        }
        boolean gotDouble = true;
        long longResult = 0;
        double doubleResult = 0;
        if (decimalAt >= sig.length() && decimalAt <= 19) {
            StringBuilder magnitude = new StringBuilder(sig);
            for (int k = sig.length(); k < decimalAt; k++) {
                magnitude.append('0');
            }
            String limit = negative ? "9223372036854775808" : "9223372036854775807";
            if (decimalAt < 19 || magnitude.toString().compareTo(limit) <= 0) {
                // Long.MIN_VALUE's magnitude wraps to MIN_VALUE and stays there when negated
                longResult = decimalAt == 19 && magnitude.toString().equals("9223372036854775808") ? Long.MIN_VALUE
                        : Long.parseLong(magnitude.toString());
                gotDouble = false;
            }
        }
        if (gotDouble) {
            doubleResult = Double.parseDouble("." + sig + "E" + decimalAt);
        }
        if (multiplier != 1) {
            if (gotDouble) {
                doubleResult /= multiplier;
            } else if (longResult % multiplier == 0) {
                longResult /= multiplier;
            } else {
                doubleResult = ((double) longResult) / multiplier;
                gotDouble = true;
            }
        }
        if (negative) {
            doubleResult = -doubleResult;
            longResult = -longResult;
        }
        if (multiplier != 1 && gotDouble) {
            // a quotient that came out integral is a Long again
            longResult = (long) doubleResult;
            gotDouble = (doubleResult != (double) longResult || (doubleResult == 0.0 && 1 / doubleResult < 0.0))
                    && !isParseIntegerOnly();
        }
        return gotDouble ? (Number) doubleResult : (Number) longResult;
    }

    // ---- pattern ----

    public void applyPattern(String pattern) {
        applyPattern(pattern, false);
    }

    /** Applies a pattern written with this format's localized symbols. */
    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern, true);
    }

    /** Parses {@code pattern}: [prefix] number [suffix] [; negative prefix number suffix]. */
    private void applyPattern(String pattern, boolean localized) {
        char zeroDigit = localized ? symbols.getZeroDigit() : PATTERN_ZERO;
        char groupingChar = localized ? symbols.getGroupingSeparator() : PATTERN_GROUPING;
        char decimalChar = localized ? symbols.getDecimalSeparator() : PATTERN_DECIMAL;
        char percentChar = localized ? symbols.getPercent() : PATTERN_PERCENT;
        char perMillChar = localized ? symbols.getPerMill() : PATTERN_PER_MILLE;
        char digitChar = localized ? symbols.getDigit() : PATTERN_DIGIT;
        char separatorChar = localized ? symbols.getPatternSeparator() : PATTERN_SEPARATOR;
        char minusChar = localized ? symbols.getMinusSign() : PATTERN_MINUS;
        String exponentString = localized ? symbols.getExponentSeparator() : String.valueOf(PATTERN_EXPONENT);

        boolean gotNegative = false;
        decimalSeparatorAlwaysShown = false;
        isCurrencyFormat = false;
        useExponentialNotation = false;
        int start = 0;
        for (int part = 0; part < 2 && start < pattern.length(); part++) {
            boolean inQuote = false;
            StringBuilder prefix = new StringBuilder();
            StringBuilder suffix = new StringBuilder();
            StringBuilder affix = prefix;
            int decimalPos = -1;
            int partMultiplier = 1;
            int digitLeftCount = 0;
            int zeroDigitCount = 0;
            int digitRightCount = 0;
            int groupingCount = -1;
            boolean partExponential = false;
            int partMinExponentDigits = 0;
            // phase 0: prefix, 1: number, 2: suffix
            int phase = 0;
            int pos = start;
            int nextStart = -1;
            for (; pos < pattern.length(); pos++) {
                char ch = pattern.charAt(pos);
                if (phase == 1) {
                    if (ch == digitChar) {
                        if (zeroDigitCount > 0) {
                            digitRightCount++;
                        } else {
                            digitLeftCount++;
                        }
                        if (groupingCount >= 0 && decimalPos < 0) {
                            groupingCount++;
                        }
                    } else if (ch == zeroDigit) {
                        if (digitRightCount > 0) {
                            throw new IllegalArgumentException("Unexpected '0' in pattern \"" + pattern + '"');
                        }
                        zeroDigitCount++;
                        if (groupingCount >= 0 && decimalPos < 0) {
                            groupingCount++;
                        }
                    } else if (ch == groupingChar) {
                        if (decimalPos >= 0) {
                            throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
                        }
                        groupingCount = 0;
                    } else if (ch == decimalChar) {
                        if (decimalPos >= 0) {
                            throw new IllegalArgumentException("Multiple decimal separators in pattern \"" + pattern + '"');
                        }
                        decimalPos = digitLeftCount + zeroDigitCount + digitRightCount;
                    } else if (pattern.startsWith(exponentString, pos)) {
                        if (partExponential) {
                            throw new IllegalArgumentException("Multiple exponential symbols in pattern \"" + pattern + '"');
                        }
                        partExponential = true;
                        pos += exponentString.length();
                        while (pos < pattern.length() && pattern.charAt(pos) == zeroDigit) {
                            partMinExponentDigits++;
                            pos++;
                        }
                        if (digitLeftCount + zeroDigitCount < 1 || partMinExponentDigits < 1) {
                            throw new IllegalArgumentException("Malformed exponential pattern \"" + pattern + '"');
                        }
                        phase = 2;
                        affix = suffix;
                        pos--;
                    } else {
                        phase = 2;
                        affix = suffix;
                        pos--;
                    }
                    continue;
                }
                if (inQuote) {
                    if (ch == QUOTE) {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                            pos++;
                            affix.append("''");
                        } else {
                            inQuote = false;
                        }
                        continue;
                    }
                    affix.append(ch);
                    continue;
                }
                if (ch == digitChar || ch == zeroDigit || ch == groupingChar || ch == decimalChar) {
                    if (phase == 0) {
                        phase = 1;
                        pos--;
                        continue;
                    }
                    throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
                } else if (ch == QUOTE) {
                    if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == QUOTE) {
                        pos++;
                        affix.append("''");
                    } else {
                        inQuote = true;
                    }
                } else if (ch == separatorChar) {
                    if (phase == 0 || part == 1) {
                        throw new IllegalArgumentException("Unquoted special character '" + ch + "' in pattern \"" + pattern + '"');
                    }
                    nextStart = pos + 1;
                    break;
                } else if (ch == percentChar || ch == perMillChar) {
                    if (partMultiplier != 1) {
                        throw new IllegalArgumentException("Too many percent/per mille characters in pattern \"" + pattern + '"');
                    }
                    partMultiplier = ch == percentChar ? 100 : 1000;
                    affix.append(QUOTE).append(ch == percentChar ? PATTERN_PERCENT : PATTERN_PER_MILLE);
                } else if (ch == minusChar) {
                    affix.append(QUOTE).append(PATTERN_MINUS);
                } else if (ch == CURRENCY_SIGN) {
                    boolean doubled = pos + 1 < pattern.length() && pattern.charAt(pos + 1) == CURRENCY_SIGN;
                    if (doubled) {
                        pos++;
                    }
                    isCurrencyFormat = true;
                    affix.append(doubled ? "'\u00a4\u00a4" : "'\u00a4");
                } else {
                    affix.append(ch);
                }
            }
            // a ';' starts the negative subpattern; without one this was the last part
            start = nextStart < 0 ? pattern.length() + 1 : nextStart;
            if (inQuote || (phase == 0 && part == 0)) {
                throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
            }
            if (part == 0) {
                if (zeroDigitCount == 0 && digitLeftCount > 0 && decimalPos >= 0) {
                    // "#.##", "#." and ".##": the digit next to the point becomes a zero
                    int n = decimalPos == 0 ? 1 : decimalPos;
                    digitRightCount = digitLeftCount - n;
                    digitLeftCount = n - 1;
                    zeroDigitCount = 1;
                }
                if ((decimalPos < 0 && digitRightCount > 0)
                        || (decimalPos >= 0 && (decimalPos < digitLeftCount || decimalPos > digitLeftCount + zeroDigitCount))
                        || groupingCount == 0) {
                    throw new IllegalArgumentException("Malformed pattern \"" + pattern + '"');
                }
                posPrefixPattern = prefix.toString();
                posSuffixPattern = suffix.toString();
                negPrefixPattern = posPrefixPattern;
                negSuffixPattern = posSuffixPattern;
                int digitTotalCount = digitLeftCount + zeroDigitCount + digitRightCount;
                int effectiveDecimalPos = decimalPos >= 0 ? decimalPos : digitTotalCount;
                useExponentialNotation = partExponential;
                minExponentDigits = (byte) partMinExponentDigits;
                setMinimumIntegerDigits(effectiveDecimalPos - digitLeftCount);
                setMaximumIntegerDigits(useExponentialNotation ? digitLeftCount + getMinimumIntegerDigits()
                        : MAXIMUM_INTEGER_DIGITS);
                setMaximumFractionDigits(decimalPos >= 0 ? digitTotalCount - decimalPos : 0);
                setMinimumFractionDigits(decimalPos >= 0 ? digitLeftCount + zeroDigitCount - decimalPos : 0);
                setGroupingUsed(groupingCount > 0);
                groupingSize = (byte) (groupingCount > 0 ? groupingCount : 0);
                multiplier = partMultiplier;
                decimalSeparatorAlwaysShown = decimalPos == 0 || decimalPos == digitTotalCount;
            } else {
                negPrefixPattern = prefix.toString();
                negSuffixPattern = suffix.toString();
                gotNegative = true;
            }
        }
        if (pattern.isEmpty()) {
            posPrefixPattern = "";
            posSuffixPattern = "";
            setMinimumIntegerDigits(0);
            setMaximumIntegerDigits(MAXIMUM_INTEGER_DIGITS);
            setMinimumFractionDigits(0);
            setMaximumFractionDigits(MAXIMUM_FRACTION_DIGITS);
        }
        if (!gotNegative || (negPrefixPattern.equals(posPrefixPattern) && negSuffixPattern.equals(posSuffixPattern))) {
            negSuffixPattern = posSuffixPattern;
            negPrefixPattern = "'-" + posPrefixPattern;
        }
        expandAffixes();
    }

    /** Turns the affix patterns into the strings printed, with this format's symbols. */
    private void expandAffixes() {
        if (posPrefixPattern != null) {
            positivePrefix = expandAffix(posPrefixPattern);
        }
        if (posSuffixPattern != null) {
            positiveSuffix = expandAffix(posSuffixPattern);
        }
        if (negPrefixPattern != null) {
            negativePrefix = expandAffix(negPrefixPattern);
        }
        if (negSuffixPattern != null) {
            negativeSuffix = expandAffix(negSuffixPattern);
        }
    }

    private String expandAffix(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != QUOTE) {
                sb.append(c);
                continue;
            }
            c = pattern.charAt(++i);
            switch (c) {
                case CURRENCY_SIGN:
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == CURRENCY_SIGN) {
                        i++;
                        sb.append(symbols.getInternationalCurrencySymbol());
                    } else {
                        sb.append(symbols.getCurrencySymbol());
                    }
                    break;
                case PATTERN_PERCENT:
                    sb.append(symbols.getPercent());
                    break;
                case PATTERN_PER_MILLE:
                    sb.append(symbols.getPerMill());
                    break;
                case PATTERN_MINUS:
                    sb.append(symbols.getMinusSign());
                    break;
                default:
                    sb.append(c);
                    break;
            }
        }
        return sb.toString();
    }

    /** The pattern of this format (see the class comment of the JDK for its form). */
    public String toPattern() {
        return toPattern(false);
    }

    /** The pattern with this format's localized symbols. */
    public String toLocalizedPattern() {
        return toPattern(true);
    }

    private String toPattern(boolean localized) {
        StringBuilder result = new StringBuilder();
        for (int j = 1; j >= 0; j--) {
            if (j == 1) {
                appendAffix(result, posPrefixPattern, positivePrefix, localized);
            } else {
                appendAffix(result, negPrefixPattern, negativePrefix, localized);
            }
            int digitCount = useExponentialNotation ? getMaximumIntegerDigits()
                    : Math.max(groupingSize, getMinimumIntegerDigits()) + 1;
            for (int i = digitCount; i > 0; i--) {
                if (i != digitCount && isGroupingUsed() && groupingSize != 0 && i % groupingSize == 0) {
                    result.append(localized ? symbols.getGroupingSeparator() : PATTERN_GROUPING);
                }
                result.append(i <= getMinimumIntegerDigits() ? (localized ? symbols.getZeroDigit() : PATTERN_ZERO)
                        : (localized ? symbols.getDigit() : PATTERN_DIGIT));
            }
            if (getMaximumFractionDigits() > 0 || decimalSeparatorAlwaysShown) {
                result.append(localized ? symbols.getDecimalSeparator() : PATTERN_DECIMAL);
            }
            for (int i = 0; i < getMaximumFractionDigits(); i++) {
                result.append(i < getMinimumFractionDigits() ? (localized ? symbols.getZeroDigit() : PATTERN_ZERO)
                        : (localized ? symbols.getDigit() : PATTERN_DIGIT));
            }
            if (useExponentialNotation) {
                result.append(localized ? symbols.getExponentSeparator() : String.valueOf(PATTERN_EXPONENT));
                for (int i = 0; i < minExponentDigits; i++) {
                    result.append(localized ? symbols.getZeroDigit() : PATTERN_ZERO);
                }
            }
            if (j == 1) {
                appendAffix(result, posSuffixPattern, positiveSuffix, localized);
                boolean sameSuffix = posSuffixPattern != null && negSuffixPattern != null
                        ? negSuffixPattern.equals(posSuffixPattern) : negativeSuffix.equals(positiveSuffix);
                boolean defaultPrefix = posPrefixPattern != null && negPrefixPattern != null
                        ? negPrefixPattern.equals("'-" + posPrefixPattern)
                        : negativePrefix.equals(symbols.getMinusSign() + positivePrefix);
                if (sameSuffix && defaultPrefix) {
                    break;
                }
                result.append(localized ? symbols.getPatternSeparator() : PATTERN_SEPARATOR);
            } else {
                appendAffix(result, negSuffixPattern, negativeSuffix, localized);
            }
        }
        return result.toString();
    }

    /**
     * Appends an affix in pattern syntax. Literal text goes out in runs, each run quoted as a
     * whole when it holds a character that is special in patterns (as the JDK writes it).
     */
    private void appendAffix(StringBuilder result, String affixPattern, String expanded, boolean localized) {
        if (affixPattern == null) {
            appendLiteral(result, expanded, localized);
            return;
        }
        int pos = 0;
        while (pos < affixPattern.length()) {
            int q = affixPattern.indexOf(QUOTE, pos);
            if (q < 0) {
                appendLiteral(result, affixPattern.substring(pos), localized);
                break;
            }
            if (q > pos) {
                appendLiteral(result, affixPattern.substring(pos, q), localized);
            }
            char c = affixPattern.charAt(q + 1);
            pos = q + 2;
            switch (c) {
                case PATTERN_PERCENT:
                    result.append(localized ? symbols.getPercent() : PATTERN_PERCENT);
                    break;
                case PATTERN_PER_MILLE:
                    result.append(localized ? symbols.getPerMill() : PATTERN_PER_MILLE);
                    break;
                case PATTERN_MINUS:
                    result.append(localized ? symbols.getMinusSign() : PATTERN_MINUS);
                    break;
                case QUOTE:
                    result.append("''");
                    break;
                case CURRENCY_SIGN:
                    result.append(c);
                    if (pos < affixPattern.length() && affixPattern.charAt(pos) == CURRENCY_SIGN) {
                        result.append(c);
                        pos++;
                    }
                    break;
                default:
                    result.append(c);
                    break;
            }
        }
    }

    /** Appends literal affix text, doubling quotes and quoting it when it holds special characters. */
    private void appendLiteral(StringBuilder result, String text, boolean localized) {
        boolean needQuote = false;
        for (int i = 0; i < text.length(); i++) {
            if (isSpecial(text.charAt(i), localized)) {
                needQuote = true;
                break;
            }
        }
        if (needQuote) {
            result.append(QUOTE);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            result.append(c);
            if (c == QUOTE) {
                result.append(QUOTE);
            }
        }
        if (needQuote) {
            result.append(QUOTE);
        }
    }

    private boolean isSpecial(char c, boolean localized) {
        if (localized) {
            return c == symbols.getZeroDigit() || c == symbols.getGroupingSeparator()
                    || c == symbols.getDecimalSeparator() || c == symbols.getPercent() || c == symbols.getPerMill()
                    || c == symbols.getDigit() || c == symbols.getPatternSeparator() || c == symbols.getMinusSign()
                    || c == CURRENCY_SIGN;
        }
        return c == PATTERN_ZERO || c == PATTERN_GROUPING || c == PATTERN_DECIMAL || c == PATTERN_PERCENT
                || c == PATTERN_PER_MILLE || c == PATTERN_DIGIT || c == PATTERN_SEPARATOR || c == PATTERN_MINUS
                || c == CURRENCY_SIGN;
    }

    // ---- properties ----

    public DecimalFormatSymbols getDecimalFormatSymbols() {
        return (DecimalFormatSymbols) symbols.clone();
    }

    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {
        symbols = (DecimalFormatSymbols) newSymbols.clone();
        expandAffixes();
    }

    public String getPositivePrefix() {
        return positivePrefix;
    }

    public void setPositivePrefix(String newValue) {
        positivePrefix = newValue;
        posPrefixPattern = null;
    }

    public String getNegativePrefix() {
        return negativePrefix;
    }

    public void setNegativePrefix(String newValue) {
        negativePrefix = newValue;
        negPrefixPattern = null;
    }

    public String getPositiveSuffix() {
        return positiveSuffix;
    }

    public void setPositiveSuffix(String newValue) {
        positiveSuffix = newValue;
        posSuffixPattern = null;
    }

    public String getNegativeSuffix() {
        return negativeSuffix;
    }

    public void setNegativeSuffix(String newValue) {
        negativeSuffix = newValue;
        negSuffixPattern = null;
    }

    public int getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(int newValue) {
        multiplier = newValue;
    }

    public int getGroupingSize() {
        return groupingSize;
    }

    public void setGroupingSize(int newValue) {
        if (newValue < 0 || newValue > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("newValue is out of valid range. value: " + newValue);
        }
        groupingSize = (byte) newValue;
    }

    public boolean isDecimalSeparatorAlwaysShown() {
        return decimalSeparatorAlwaysShown;
    }

    public void setDecimalSeparatorAlwaysShown(boolean newValue) {
        decimalSeparatorAlwaysShown = newValue;
    }

    public boolean isParseBigDecimal() {
        return parseBigDecimal;
    }

    public void setParseBigDecimal(boolean newValue) {
        parseBigDecimal = newValue;
    }

    @Override
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    @Override
    public void setRoundingMode(RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new NullPointerException();
        }
        this.roundingMode = roundingMode;
    }

    @Override
    public void setMaximumIntegerDigits(int newValue) {
        maximumIntegerDigits = Math.min(Math.max(0, newValue), MAXIMUM_INTEGER_DIGITS);
        super.setMaximumIntegerDigits(Math.min(maximumIntegerDigits, DOUBLE_INTEGER_DIGITS));
        if (minimumIntegerDigits > maximumIntegerDigits) {
            minimumIntegerDigits = maximumIntegerDigits;
            super.setMinimumIntegerDigits(Math.min(minimumIntegerDigits, DOUBLE_INTEGER_DIGITS));
        }
    }

    @Override
    public void setMinimumIntegerDigits(int newValue) {
        minimumIntegerDigits = Math.min(Math.max(0, newValue), MAXIMUM_INTEGER_DIGITS);
        super.setMinimumIntegerDigits(Math.min(minimumIntegerDigits, DOUBLE_INTEGER_DIGITS));
        if (minimumIntegerDigits > maximumIntegerDigits) {
            maximumIntegerDigits = minimumIntegerDigits;
            super.setMaximumIntegerDigits(Math.min(maximumIntegerDigits, DOUBLE_INTEGER_DIGITS));
        }
    }

    @Override
    public void setMaximumFractionDigits(int newValue) {
        maximumFractionDigits = Math.min(Math.max(0, newValue), MAXIMUM_FRACTION_DIGITS);
        super.setMaximumFractionDigits(Math.min(maximumFractionDigits, DOUBLE_FRACTION_DIGITS));
        if (minimumFractionDigits > maximumFractionDigits) {
            minimumFractionDigits = maximumFractionDigits;
            super.setMinimumFractionDigits(Math.min(minimumFractionDigits, DOUBLE_FRACTION_DIGITS));
        }
    }

    @Override
    public void setMinimumFractionDigits(int newValue) {
        minimumFractionDigits = Math.min(Math.max(0, newValue), MAXIMUM_FRACTION_DIGITS);
        super.setMinimumFractionDigits(Math.min(minimumFractionDigits, DOUBLE_FRACTION_DIGITS));
        if (minimumFractionDigits > maximumFractionDigits) {
            maximumFractionDigits = minimumFractionDigits;
            super.setMaximumFractionDigits(Math.min(maximumFractionDigits, DOUBLE_FRACTION_DIGITS));
        }
    }

    @Override
    public int getMaximumIntegerDigits() {
        return maximumIntegerDigits;
    }

    @Override
    public int getMinimumIntegerDigits() {
        return minimumIntegerDigits;
    }

    @Override
    public int getMaximumFractionDigits() {
        return maximumFractionDigits;
    }

    @Override
    public int getMinimumFractionDigits() {
        return minimumFractionDigits;
    }

    @Override
    public Object clone() {
        DecimalFormat other = (DecimalFormat) super.clone();
        other.symbols = (DecimalFormatSymbols) symbols.clone();
        return other;
    }

    @Override
    public boolean equals(Object obj) {
        if (!super.equals(obj)) {
            return false;
        }
        DecimalFormat other = (DecimalFormat) obj;
        return positivePrefix.equals(other.positivePrefix) && positiveSuffix.equals(other.positiveSuffix)
                && negativePrefix.equals(other.negativePrefix) && negativeSuffix.equals(other.negativeSuffix)
                && multiplier == other.multiplier && groupingSize == other.groupingSize
                && decimalSeparatorAlwaysShown == other.decimalSeparatorAlwaysShown
                && parseBigDecimal == other.parseBigDecimal && useExponentialNotation == other.useExponentialNotation
                && minExponentDigits == other.minExponentDigits && maximumIntegerDigits == other.maximumIntegerDigits
                && minimumIntegerDigits == other.minimumIntegerDigits
                && maximumFractionDigits == other.maximumFractionDigits
                && minimumFractionDigits == other.minimumFractionDigits && roundingMode == other.roundingMode
                && symbols.equals(other.symbols);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 37 + positivePrefix.hashCode();
    }
}
