package java.lang;

/**
 * The boxed long, and long parsing, formatting, unsigned arithmetic and bit operations with
 * JDK 17's results and exception messages. Values -128..127 are cached.
 */
public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;

    /** The Class object for {@code long}. */
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");

    private final long value;

    @Deprecated(since = "9")
    public Long(long value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    private static final class LongCache {
        static final Long[] CACHE = new Long[256];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Long(i - 128);
            }
        }
    }

    /** The boxed value; -128..127 come from a cache. */
    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            return LongCache.CACHE[(int) l + 128];
        }
        return new Long(l);
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    // ---- formatting ----

    /** Signed digits in {@code radix} (10 if the radix is out of range), lowercase letters. */
    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (radix == 10) {
            return toString(i);
        }
        char[] buf = new char[65];
        int pos = buf.length;
        boolean negative = i < 0;
        long n = negative ? i : -i;
        while (n <= -radix) {
            buf[--pos] = Character.forDigit((int) -(n % radix), radix);
            n /= radix;
        }
        buf[--pos] = Character.forDigit((int) -n, radix);
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, buf.length - pos);
    }

    /** Unsigned digits in {@code radix} (10 if the radix is out of range). */
    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) {
            return toString(i, radix);
        }
        switch (radix) {
            case 2: return toBinaryString(i);
            case 4: return toPowerOfTwoString(i, 2);
            case 8: return toOctalString(i);
            case 16: return toHexString(i);
            case 32: return toPowerOfTwoString(i, 5);
            default:
                if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
                    radix = 10;
                }
                // One unsigned division leaves a non-negative quotient for the signed path.
                long quotient = divideUnsigned(i, radix);
                long remainder = i - quotient * radix;
                return toString(quotient, radix) + Character.forDigit((int) remainder, radix);
        }
    }

    public static String toHexString(long i) {
        return toPowerOfTwoString(i, 4);
    }

    public static String toOctalString(long i) {
        return toPowerOfTwoString(i, 3);
    }

    public static String toBinaryString(long i) {
        return toPowerOfTwoString(i, 1);
    }

    /** Unsigned digits in radix {@code 1 << shift}. */
    private static String toPowerOfTwoString(long i, int shift) {
        int bits = SIZE - numberOfLeadingZeros(i);
        int chars = Math.max((bits + shift - 1) / shift, 1);
        char[] buf = new char[chars];
        int radix = 1 << shift;
        for (int pos = chars - 1; pos >= 0; pos--) {
            buf[pos] = Character.forDigit((int) i & (radix - 1), radix);
            i >>>= shift;
        }
        return new String(buf, 0, chars);
    }

    public static String toString(long i) {
        int size = stringSize(i);
        char[] buf = new char[size];
        getChars(i, size, buf);
        return new String(buf, 0, size);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    /** The number of chars of {@code toString(x)}. */
    static int stringSize(long x) {
        int sign = 0;
        if (x < 0) {
            sign = 1;
        } else {
            x = -x;
        }
        long p = -10;
        for (int digits = 1; digits < 19; digits++) {
            if (x > p) {
                return digits + sign;
            }
            p *= 10;
        }
        return 19 + sign;
    }

    /** Writes {@code toString(i)} into {@code buf} ending just before {@code end}. */
    static void getChars(long i, int end, char[] buf) {
        boolean negative = i < 0;
        long n = negative ? i : -i;
        int pos = end;
        while (n <= -10) {
            long q = n / 10;
            buf[--pos] = (char) ('0' + (int) (q * 10 - n));
            n = q;
        }
        buf[--pos] = (char) ('0' - (int) n);
        if (negative) {
            buf[--pos] = '-';
        }
    }

    // ---- parsing ----

    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        Integer.checkRadix(radix);
        return parse(s, 0, s.length(), radix, true);
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) {
            throw new NullPointerException();
        }
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        Integer.checkRadix(radix);
        if (beginIndex == endIndex) {
            // JDK 17 quirk: unlike Integer's, this overload reports an empty range with "".
            throw new NumberFormatException("");
        }
        return parse(s, beginIndex, endIndex, radix, false);
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    /** Parses {@code s[begin, end)} as a signed long; see Integer's parser. */
    private static long parse(CharSequence s, int begin, int end, int radix, boolean whole) {
        if (begin == end) {
            throw NumberFormatException.forInputString("", radix);
        }
        int i = begin;
        boolean negative = false;
        long limit = -MAX_VALUE;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = MIN_VALUE;
            } else if (first != '+') {
                throw parseError(s, begin, end, i, radix, whole);
            }
            i++;
            if (i == end) {
                throw parseError(s, begin, end, i, radix, whole);
            }
        }
        long multmin = limit / radix;
        long result = 0;
        for (; i < end; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw parseError(s, begin, end, i, radix, whole);
            }
            result *= radix;
            if (result < limit + digit) {
                throw parseError(s, begin, end, i, radix, whole);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException parseError(CharSequence s, int begin, int end, int at,
            int radix, boolean whole) {
        return whole ? NumberFormatException.forInputString(s.toString(), radix)
                : NumberFormatException.forCharSequence(s, begin, end, at);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        return parseUnsigned(s, 0, s.length(), radix, true);
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) {
            throw new NullPointerException();
        }
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        return parseUnsigned(s, beginIndex, endIndex, radix, false);
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    /**
     * Short inputs go through the signed parser; longer ones parse all but the last digit
     * signed, then add the last digit with an unsigned overflow check. {@code whole}: called by
     * the String overload (short inputs then fail with {@code For input string}).
     */
    private static long parseUnsigned(CharSequence s, int begin, int end, int radix,
            boolean whole) {
        int len = end - begin;
        if (len == 0) {
            throw NumberFormatException.forInputString("", radix);
        }
        CharSequence shown = s.subSequence(begin, end);
        if (s.charAt(begin) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string "
                    + shown + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return whole ? parseLong((String) s, radix) : parseLong(s, begin, end, radix);
        }
        long first = parseLong(s, begin, end - 1, radix);
        int second = Character.digit(s.charAt(end - 1), radix);
        if (second < 0) {
            throw new NumberFormatException("Bad digit at end of " + shown);
        }
        long result = first * radix + second;
        // first < 2^63 here; the product overflows 64 unsigned bits iff first * radix >= 2^64
        // or the addition carries.
        long high = multiplyHighUnsigned(first, radix);
        if (high != 0 || compareUnsigned(result, first * radix) < 0) {
            throw new NumberFormatException("String value " + shown
                    + " exceeds range of unsigned long.");
        }
        return result;
    }

    /** The high 64 bits of the unsigned 128-bit product of a non-negative x and small y. */
    private static long multiplyHighUnsigned(long x, int y) {
        long lo = (x & 0xffffffffL) * y;
        long hi = (x >>> 32) * y + (lo >>> 32);
        return hi >>> 32;
    }

    /** Decimal, {@code 0x}/{@code 0X}/{@code #} hex, or {@code 0} octal, with optional sign. */
    public static Long decode(String nm) throws NumberFormatException {
        int radix = 10;
        int index = 0;
        boolean negative = false;
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        char first = nm.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        try {
            long result = parseLong(nm.substring(index), radix);
            return valueOf(negative ? -result : result);
        } catch (NumberFormatException e) {
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            return valueOf(parseLong(constant, radix));
        }
    }

    /** The system property {@code nm} decoded as a Long, or null. */
    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Long getLong(String nm, Long val) {
        String v = null;
        try {
            v = System.getProperty(nm);
        } catch (IllegalArgumentException | NullPointerException e) {
            // An empty or null name means "no such property".
        }
        if (v != null) {
            try {
                return decode(v);
            } catch (NumberFormatException e) {
                // Fall through to the default.
            }
        }
        return val;
    }

    // ---- Number and Object ----

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    @Override
    public boolean equals(Object obj) {
        return (obj instanceof Long) && value == ((Long) obj).value;
    }

    @Override
    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    /** Unsigned division; a zero divisor throws ArithmeticException("/ by zero"). */
    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return (compareUnsigned(dividend, divisor) < 0) ? 0L : 1L;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        // Halve the dividend to make it non-negative; the error is at most one.
        long quotient = ((dividend >>> 1) / divisor) << 1;
        long remainder = dividend - quotient * divisor;
        return quotient + ((compareUnsigned(remainder, divisor) >= 0) ? 1 : 0);
    }

    /** Unsigned remainder; a zero divisor throws ArithmeticException("/ by zero"). */
    public static long remainderUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return (compareUnsigned(dividend, divisor) < 0) ? dividend : dividend - divisor;
        }
        if (dividend >= 0) {
            return dividend % divisor;
        }
        long quotient = ((dividend >>> 1) / divisor) << 1;
        long remainder = dividend - quotient * divisor;
        return (compareUnsigned(remainder, divisor) >= 0) ? remainder - divisor : remainder;
    }

    // ---- bit operations ----

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int high = (int) (i >>> 32);
        return (high == 0) ? 32 + Integer.numberOfLeadingZeros((int) i)
                : Integer.numberOfLeadingZeros(high);
    }

    public static int numberOfTrailingZeros(long i) {
        int low = (int) i;
        return (low == 0) ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32))
                : Integer.numberOfTrailingZeros(low);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32)
                | (Integer.reverse((int) (i >>> 32)) & 0xffffffffL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32)
                | (Integer.reverseBytes((int) (i >>> 32)) & 0xffffffffL);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
