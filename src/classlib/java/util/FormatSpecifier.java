/*
 * @fileoverview One "%[index$][flags][width][.precision]conversion" of a Formatter format string:
 * its parsing, the checks the JDK makes when it parses (flag/conversion mismatches, missing
 * widths... with the JDK's exception types and messages), and the conversions themselves.
 * Integers are laid out from a sign and a magnitude string, and floating point from FormatDecimal
 * digits, so that BigInteger (signum + abs().toString(radix)) and BigDecimal (exact digits) can be
 * added as one branch each in printInteger/printFloat. Date/time (%t) conversions take a Long
 * (epoch milliseconds), Date or Calendar (see FormatDateTime); TemporalAccessor is not supported yet.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

import java.io.IOException;
import java.text.DecimalFormatSymbols;

/** A parsed format specifier. */
final class FormatSpecifier {
    /** index: the specifier takes the next ordinary argument. */
    static final int ORDINARY = 0;
    /** index: the specifier reuses the previous argument ('<' flag). */
    static final int PREVIOUS = -1;
    /** index: %n and %%, which take no argument. */
    static final int NO_ARGUMENT = -2;

    // Flag bits; the first three are FormattableFlags' values.
    static final int LEFT_JUSTIFY = 1;
    static final int UPPERCASE = 2;
    static final int ALTERNATE = 4;
    static final int PLUS = 8;
    static final int LEADING_SPACE = 16;
    static final int ZERO_PAD = 32;
    static final int GROUP = 64;
    static final int PARENTHESES = 128;
    static final int PREVIOUS_FLAG = 256;

    /** Flag characters of format strings, and their bits. */
    private static final String FLAG_CHARS = "-#+ 0,(<";
    private static final int[] FLAG_BITS = {LEFT_JUSTIFY, ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES,
        PREVIOUS_FLAG};
    /** The order the JDK prints flags in; '^' is UPPERCASE (shown in IllegalFormatFlagsException). */
    private static final String PRINT_CHARS = "-^#+ 0,(<";
    private static final int[] PRINT_BITS = {LEFT_JUSTIFY, UPPERCASE, ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP,
        PARENTHESES, PREVIOUS_FLAG};
    private static final String CONVERSIONS = "bBhHsScCdoxXeEfgGaA%n";
    private static final String DATE_TIME_CONVERSIONS = "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc";

    /** ORDINARY, PREVIOUS, NO_ARGUMENT or the explicit 1-based argument index. */
    final int index;
    /** Index just after the specifier in the format string. */
    final int end;
    private int flags;
    private final int width;
    private final int precision;
    private final boolean dateTime;
    /** The 't' or 'T' of a date/time specifier that ends the format string (0 otherwise). */
    private char missingDateConversion;
    /** The conversion, lower case (UPPERCASE is a flag). */
    private final char c;

    /** Parses the specifier starting at the '%' at {@code start} of {@code s} and checks it. */
    FormatSpecifier(String s, int start) {
        int n = s.length();
        int j = start + 1;
        if (j >= n) {
            throw new UnknownFormatConversionException("%");
        }
        // The grammar first: anything that does not fit names the character after '%'.
        int indexStart = -1;
        int indexEnd = -1;
        int k = j;
        while (k < n && isDigit(s.charAt(k))) {
            k++;
        }
        if (k > j && k < n && s.charAt(k) == '$') {
            indexStart = j;
            indexEnd = k;
            j = k + 1;
        }
        int flagsStart = j;
        while (j < n && FLAG_CHARS.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        int flagsEnd = j;
        int widthStart = j;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        int widthEnd = j;
        int precisionStart = -1;
        int precisionEnd = -1;
        if (j < n && s.charAt(j) == '.') {
            precisionStart = ++j;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            precisionEnd = j;
            if (precisionEnd == precisionStart) {
                throw unknownAfterPercent(s, start);
            }
        }
        if (j >= n) {
            throw unknownAfterPercent(s, start);
        }
        char conv = s.charAt(j);
        boolean dt = false;
        if (conv == 't' || conv == 'T') {
            dt = true;
            if (conv == 'T') {
                flags |= UPPERCASE;
            }
            if (j + 1 >= n) {
                // "%t" at the end: the other parts are still checked first, as in the JDK
                missingDateConversion = conv;
                conv = 0;
                end = n;
            } else {
                conv = s.charAt(j + 1);
                end = j + 2;
            }
        } else if ((conv >= 'a' && conv <= 'z') || (conv >= 'A' && conv <= 'Z') || conv == '%') {
            end = j + 1;
        } else {
            throw unknownAfterPercent(s, start);
        }
        dateTime = dt;

        // Then the parts, in the JDK's order: index, flags, width, precision, conversion.
        int idx = ORDINARY;
        if (indexStart >= 0) {
            int value = parseNumber(s, indexStart, indexEnd);
            if (value == Integer.MIN_VALUE || value <= 0) {
                throw new IllegalFormatArgumentIndexException(value);
            }
            idx = value;
        }
        for (int i = flagsStart; i < flagsEnd; i++) {
            char f = s.charAt(i);
            int bit = FLAG_BITS[FLAG_CHARS.indexOf(f)];
            if ((flags & bit) != 0) {
                throw new DuplicateFormatFlagsException(String.valueOf(f));
            }
            flags |= bit;
        }
        if ((flags & PREVIOUS_FLAG) != 0) {
            idx = PREVIOUS;
        }
        width = widthEnd > widthStart ? parseNumber(s, widthStart, widthEnd) : -1;
        if (width == Integer.MIN_VALUE) {
            throw new IllegalFormatWidthException(width);
        }
        precision = precisionStart >= 0 ? parseNumber(s, precisionStart, precisionEnd) : -1;
        if (precision == Integer.MIN_VALUE) {
            throw new IllegalFormatPrecisionException(precision);
        }
        if (dt) {
            if (missingDateConversion != 0) {
                throw new UnknownFormatConversionException(String.valueOf(missingDateConversion));
            }
            // validity is checked in check(), after the precision
            c = conv;
        } else {
            if (CONVERSIONS.indexOf(conv) < 0) {
                throw new UnknownFormatConversionException(String.valueOf(conv));
            }
            if (conv >= 'A' && conv <= 'Z') {
                flags |= UPPERCASE;
                conv = (char) (conv + ('a' - 'A'));
            }
            c = conv;
        }
        if (c == '%' || c == 'n') {
            idx = NO_ARGUMENT;
        }
        index = idx;
        check();
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** A decimal number from the format string; Integer.MIN_VALUE when it does not fit an int. */
    private static int parseNumber(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                return Integer.MIN_VALUE;
            }
        }
        return (int) v;
    }

    private static UnknownFormatConversionException unknownAfterPercent(String s, int percent) {
        return new UnknownFormatConversionException(String.valueOf(s.charAt(percent + 1)));
    }

    // ---- checks made at parse time ----

    private void check() {
        if (dateTime) {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if (DATE_TIME_CONVERSIONS.indexOf(c) < 0) {
                throw new UnknownFormatConversionException("t" + c);
            }
            checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
            requireWidthForLeft();
            return;
        }
        switch (c) {
            case 'b':
            case 'h':
            case 's':
                if (c != 's' && has(ALTERNATE)) {
                    throw mismatch(ALTERNATE);
                }
                requireWidthForLeft();
                checkBadFlags(PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
                break;
            case 'c':
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
                requireWidthForLeft();
                break;
            case 'd':
            case 'o':
            case 'x':
                checkNumeric();
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                if (c == 'd') {
                    checkBadFlags(ALTERNATE);
                } else {
                    checkBadFlags(GROUP);
                }
                break;
            case 'e':
            case 'f':
            case 'g':
            case 'a':
                checkNumeric();
                if (c == 'a') {
                    checkBadFlags(PARENTHESES, GROUP);
                } else if (c == 'e') {
                    checkBadFlags(GROUP);
                } else if (c == 'g') {
                    checkBadFlags(ALTERNATE);
                }
                break;
            case '%':
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                if (flags != LEFT_JUSTIFY && flags != 0) {
                    throw new IllegalFormatFlagsException(flagString(flags));
                }
                requireWidthForLeft();
                break;
            default: // 'n'
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                if (width != -1) {
                    throw new IllegalFormatWidthException(width);
                }
                if (flags != 0) {
                    throw new IllegalFormatFlagsException(flagString(flags));
                }
                break;
        }
    }

    private void checkNumeric() {
        if (width == -1 && (has(LEFT_JUSTIFY) || has(ZERO_PAD))) {
            throw new MissingFormatWidthException(toString());
        }
        if ((has(PLUS) && has(LEADING_SPACE)) || (has(LEFT_JUSTIFY) && has(ZERO_PAD))) {
            throw new IllegalFormatFlagsException(flagString(flags));
        }
    }

    private void requireWidthForLeft() {
        if (width == -1 && has(LEFT_JUSTIFY)) {
            throw new MissingFormatWidthException(toString());
        }
    }

    private void checkBadFlags(int... bad) {
        for (int bit : bad) {
            if (has(bit)) {
                throw mismatch(bit);
            }
        }
    }

    private FormatFlagsConversionMismatchException mismatch(int bit) {
        return new FormatFlagsConversionMismatchException(flagString(bit), c);
    }

    private boolean has(int bit) {
        return (flags & bit) != 0;
    }

    /** The flags as the JDK prints them ("-^#+ 0,(<" order, '^' standing for UPPERCASE). */
    private static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < PRINT_BITS.length; i++) {
            if ((f & PRINT_BITS[i]) != 0) {
                sb.append(PRINT_CHARS.charAt(i));
            }
        }
        return sb.toString();
    }

    /** The specifier as the JDK shows it in exception messages (without the argument index). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("%");
        sb.append(flagString(flags & ~UPPERCASE));
        if (index > 0) {
            sb.append(index).append('$');
        }
        if (width != -1) {
            sb.append(width);
        }
        if (precision != -1) {
            sb.append('.').append(precision);
        }
        if (dateTime) {
            sb.append(has(UPPERCASE) ? 'T' : 't');
        }
        sb.append(has(UPPERCASE) && !dateTime ? Character.toUpperCase(c) : c);
        return sb.toString();
    }

    // ---- printing ----

    /** Appends {@code arg} converted by this specifier. */
    void print(Formatter formatter, Object arg, Locale l) throws IOException {
        Appendable a = formatter.destination();
        if (dateTime) {
            if (arg == null) {
                printString(a, "null", l);
                return;
            }
            if (arg instanceof Long) {
                printString(a, FormatDateTime.format((Long) arg, c), l);
            } else if (arg instanceof Date) {
                printString(a, FormatDateTime.format(((Date) arg).getTime(), c), l);
            } else if (arg instanceof Calendar) {
                printString(a, FormatDateTime.format((Calendar) arg, c), l);
            } else {
                // TemporalAccessor would go here, supplying the same fields
                throw new IllegalFormatConversionException(c, arg.getClass());
            }
            return;
        }
        switch (c) {
            case 'd':
            case 'o':
            case 'x':
                printInteger(a, arg, l);
                break;
            case 'e':
            case 'f':
            case 'g':
            case 'a':
                printFloat(a, arg, l);
                break;
            case 'c':
                printCharacter(a, arg, l);
                break;
            case 'b':
                printString(a, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true", l);
                break;
            case 's':
                if (arg instanceof Formattable) {
                    Formatter fmt = formatter;
                    if (fmt.locale() != l) {
                        fmt = new Formatter(fmt.out(), l);
                    }
                    ((Formattable) arg).formatTo(fmt, flags & (LEFT_JUSTIFY | UPPERCASE | ALTERNATE), width, precision);
                } else {
                    if (has(ALTERNATE)) {
                        throw mismatch(ALTERNATE);
                    }
                    printString(a, arg == null ? "null" : arg.toString(), l);
                }
                break;
            case 'h':
                printString(a, arg == null ? "null" : Integer.toHexString(arg.hashCode()), l);
                break;
            case 'n':
                a.append(System.lineSeparator());
                break;
            default: // '%'
                appendJustified(a, "%");
                break;
        }
    }

    /** Text conversions: precision truncates, then upper case, then justification. */
    private void printString(Appendable a, String s, Locale l) throws IOException {
        if (precision != -1 && precision < s.length()) {
            s = s.substring(0, precision);
        }
        if (has(UPPERCASE)) {
            s = s.toUpperCase();
        }
        appendJustified(a, s);
    }

    private void appendJustified(Appendable a, CharSequence cs) throws IOException {
        if (width == -1) {
            a.append(cs);
            return;
        }
        boolean left = has(LEFT_JUSTIFY);
        if (left) {
            a.append(cs);
        }
        for (int i = cs.length(); i < width; i++) {
            a.append(' ');
        }
        if (!left) {
            a.append(cs);
        }
    }

    private void printCharacter(Appendable a, Object arg, Locale l) throws IOException {
        if (arg == null) {
            printString(a, "null", l);
            return;
        }
        String s;
        if (arg instanceof Character) {
            s = arg.toString();
        } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
            int cp = ((Number) arg).intValue();
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalFormatCodePointException(cp);
            }
            s = new String(Character.toChars(cp));
        } else {
            throw new IllegalFormatConversionException(c, arg.getClass());
        }
        printString(a, s, l);
    }

    // ---- integers ----

    private void printInteger(Appendable a, Object arg, Locale l) throws IOException {
        if (arg == null) {
            printString(a, "null", l);
            return;
        }
        long v;
        int bits;
        if (arg instanceof Integer) {
            v = (Integer) arg;
            bits = 32;
        } else if (arg instanceof Long) {
            v = (Long) arg;
            bits = 64;
        } else if (arg instanceof Byte) {
            v = (Byte) arg;
            bits = 8;
        } else if (arg instanceof Short) {
            v = (Short) arg;
            bits = 16;
        } else {
            // BigInteger goes here: printMagnitude(signum < 0, abs().toString(radix)) without the
            // two's complement and with '+', ' ' and '(' allowed for %o and %x
            throw new IllegalFormatConversionException(c, arg.getClass());
        }
        if (c == 'd') {
            String digits = Long.toString(v);
            printMagnitude(a, v < 0, v < 0 ? digits.substring(1) : digits, l);
            return;
        }
        // %o and %x print the two's complement of a negative value at the argument's width
        checkBadFlags(PARENTHESES, LEADING_SPACE, PLUS);
        if (v < 0 && bits < 64) {
            v += 1L << bits;
        }
        String digits = c == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
        StringBuilder sb = new StringBuilder();
        int len = digits.length();
        if (has(ALTERNATE)) {
            len += c == 'o' ? 1 : 2;
            sb.append(c == 'o' ? "0" : has(UPPERCASE) ? "0X" : "0x");
        }
        if (has(ZERO_PAD)) {
            for (int i = len; i < width; i++) {
                sb.append('0');
            }
        }
        sb.append(has(UPPERCASE) ? digits.toUpperCase() : digits);
        appendJustified(a, sb);
    }

    /** A signed integer given as sign and magnitude digits: sign flags, grouping, zero padding. */
    private void printMagnitude(Appendable a, boolean negative, String magnitude, Locale l) throws IOException {
        StringBuilder sb = new StringBuilder();
        leadingSign(sb, negative);
        localizedMagnitude(sb, magnitude, adjustWidth(width, negative), l);
        trailingSign(sb, negative);
        appendJustified(a, sb);
    }

    private void leadingSign(StringBuilder sb, boolean negative) {
        if (!negative) {
            if (has(PLUS)) {
                sb.append('+');
            } else if (has(LEADING_SPACE)) {
                sb.append(' ');
            }
        } else {
            sb.append(has(PARENTHESES) ? '(' : '-');
        }
    }

    private void trailingSign(StringBuilder sb, boolean negative) {
        if (negative && has(PARENTHESES)) {
            sb.append(')');
        }
    }

    /** The width left for the sign and digits once a closing parenthesis is set aside. */
    private int adjustWidth(int w, boolean negative) {
        return w != -1 && negative && has(PARENTHESES) ? w - 1 : w;
    }

    /**
     * Appends plain digits (with an optional '.') localized: the locale's decimal separator,
     * grouping separators when ',' is given, then zeros inserted after any sign already in
     * {@code sb} until it is {@code w} long when '0' is given.
     */
    private void localizedMagnitude(StringBuilder sb, CharSequence value, int w, Locale l) {
        int begin = sb.length();
        int len = value.length();
        int dot = len;
        for (int j = 0; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = has(GROUP);
        char decimalSeparator = '.';
        char groupingSeparator = ',';
        if ((group || dot < len) && l != null && !l.equals(Locale.US)) {
            char[] separators = separators(l);
            decimalSeparator = separators[0];
            groupingSeparator = separators[1];
        }
        for (int j = 0; j < len; j++) {
            if (j == dot) {
                sb.append(decimalSeparator);
                group = false;
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j < dot - 1 && (dot - j) % 3 == 1) {
                sb.append(groupingSeparator);
            }
        }
        if (w != -1 && has(ZERO_PAD)) {
            for (int k = sb.length(); k < w; k++) {
                sb.insert(begin, '0');
            }
        }
    }

    /** The last locale whose separators were looked up, and them (decimal, grouping). */
    private static Object[] separatorCache = {Locale.US, new char[] {'.', ','}};

    /** The decimal and grouping separators of {@code l}, cached for the most recent locale. */
    private static char[] separators(Locale l) {
        Object[] cache = separatorCache;
        if (cache[0].equals(l)) {
            return (char[]) cache[1];
        }
        DecimalFormatSymbols dfs = DecimalFormatSymbols.getInstance(l);
        char[] separators = {dfs.getDecimalSeparator(), dfs.getGroupingSeparator()};
        separatorCache = new Object[] {l, separators};
        return separators;
    }

    // ---- floating point ----

    private void printFloat(Appendable a, Object arg, Locale l) throws IOException {
        if (arg == null) {
            printString(a, "null", l);
            return;
        }
        double value;
        if (arg instanceof Double) {
            value = (Double) arg;
        } else if (arg instanceof Float) {
            value = (Float) arg;
        } else {
            // BigDecimal goes here: its exact digits as a FormatDecimal, laid out by the same code
            throw new IllegalFormatConversionException(c, arg.getClass());
        }
        StringBuilder sb = new StringBuilder();
        if (Double.isNaN(value)) {
            sb.append(has(UPPERCASE) ? "NAN" : "NaN");
        } else {
            boolean negative = Double.compare(value, 0.0) < 0;
            double v = Math.abs(value);
            leadingSign(sb, negative);
            if (Double.isInfinite(v)) {
                sb.append(has(UPPERCASE) ? "INFINITY" : "Infinity");
            } else if (c == 'a') {
                hexFloat(sb, v, negative);
            } else {
                decimalFloat(sb, FormatDecimal.of(v), negative, l);
            }
            trailingSign(sb, negative);
        }
        appendJustified(a, sb);
    }

    /** %e, %f and %g of a non-negative decimal (the sign is already in sb). */
    private void decimalFloat(StringBuilder sb, FormatDecimal d, boolean negative, Locale l) {
        StringBuilder mant = new StringBuilder();
        if (c == 'f') {
            int prec = precision == -1 ? 6 : precision;
            d.roundHalfUp(d.scientificExponent() + 1 + prec);
            d.appendPlain(mant, prec);
            if (has(ALTERNATE) && prec == 0) {
                mant.append('.');
            }
            localizedMagnitude(sb, mant, adjustWidth(width, negative), l);
            return;
        }
        int prec;
        boolean scientific;
        if (c == 'e') {
            prec = precision == -1 ? 6 : precision;
            scientific = true;
            d.roundHalfUp(prec + 1);
        } else {
            // %g: precision counts significant digits; plain notation for 10^-4 <= rounded < 10^prec
            int significant = precision == -1 ? 6 : precision == 0 ? 1 : precision;
            d.roundHalfUp(significant);
            int e = d.scientificExponent();
            if (d.isZero()) {
                scientific = false;
                prec = significant - 1;
            } else if (e >= -4 && e < significant) {
                scientific = false;
                prec = significant - 1 - e;
            } else {
                scientific = true;
                prec = significant - 1;
            }
            if (!scientific) {
                d.appendPlain(mant, prec);
                localizedMagnitude(sb, mant, adjustWidth(width, negative), l);
                return;
            }
        }
        d.appendScientificMantissa(mant, prec);
        if (has(ALTERNATE) && prec == 0) {
            mant.append('.');
        }
        int e = d.isZero() ? 0 : d.scientificExponent();
        StringBuilder exp = new StringBuilder();
        exp.append(e < 0 ? '-' : '+');
        int abs = Math.abs(e);
        if (abs < 10) {
            exp.append('0');
        }
        exp.append(abs);
        int w = width == -1 ? -1 : adjustWidth(width - exp.length() - 1, negative);
        localizedMagnitude(sb, mant, w, l);
        sb.append(has(UPPERCASE) ? 'E' : 'e');
        sb.append(exp);
    }

    /** %a of a non-negative finite double (the sign is already in sb). */
    private void hexFloat(StringBuilder sb, double v, boolean negative) {
        int prec = precision == -1 ? 0 : precision == 0 ? 1 : precision;
        String s = hexDigits(v, prec);
        boolean upper = has(UPPERCASE);
        sb.append(upper ? "0X" : "0x");
        if (has(ZERO_PAD)) {
            // as in the JDK, the padding is computed before the precision's zeros are added
            int lead = has(LEADING_SPACE) || has(PLUS) || negative ? 3 : 2;
            for (int i = s.length() + lead; i < width; i++) {
                sb.append('0');
            }
        }
        int p = s.indexOf('p');
        StringBuilder mant = new StringBuilder(s.substring(0, p));
        if (prec != 0) {
            int dot = mant.indexOf(".");
            for (int have = mant.length() - dot - 1; have < prec; have++) {
                mant.append('0');
            }
        }
        sb.append(upper ? mant.toString().toUpperCase() : mant.toString());
        sb.append(upper ? 'P' : 'p');
        sb.append(s, p + 1, s.length());
    }

    /**
     * "h.hhhp<exp>" of v > 0 (or 0) with the fraction rounded half-even to {@code prec} hex digits
     * (0 = all of them); subnormals are normalized first when rounded.
     */
    private static String hexDigits(double v, int prec) {
        if (v == 0.0 || prec == 0 || prec >= 13) {
            return Double.toHexString(v).substring(2);
        }
        int exponent = Math.getExponent(v);
        boolean subnormal = exponent == Double.MIN_EXPONENT - 1;
        if (subnormal) {
            v = v * 0x1p54;
        }
        long bits = Double.doubleToRawLongBits(v);
        int shift = 52 - 4 * prec;
        long kept = bits >>> shift;
        long dropped = bits & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (dropped > half || (dropped == half && (kept & 1) != 0)) {
            kept++;
        }
        double rounded = Double.longBitsToDouble(kept << shift);
        if (Double.isInfinite(rounded)) {
            return "1.0p1024";
        }
        String s = Double.toHexString(rounded).substring(2);
        if (!subnormal) {
            return s;
        }
        int p = s.indexOf('p');
        return s.substring(0, p) + "p" + (Integer.parseInt(s.substring(p + 1)) - 54);
    }
}
