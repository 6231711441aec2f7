package java.lang;

/**
 * The boxed int, and int parsing, formatting and bit operations with JDK 17's results and
 * exception messages. Values -128..127 are cached as the JLS (§5.1.7) requires.
 */
public final class Integer extends Number implements Comparable<Integer> {
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    public static final int SIZE = 32;
    public static final int BYTES = 4;

    /** The Class object for {@code int}. */
    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) Class.getPrimitiveClass("int");

    private final int value;

    @Deprecated(since = "9")
    public Integer(int value) {
        this.value = value;
    }

    @Deprecated(since = "9")
    public Integer(String s) throws NumberFormatException {
        this.value = parseInt(s, 10);
    }

    private static final class IntegerCache {
        static final int LOW = -128;
        static final int HIGH = 127;
        static final Integer[] CACHE = new Integer[HIGH - LOW + 1];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Integer(i + LOW);
            }
        }
    }

    /** The boxed value; -128..127 come from a cache. */
    public static Integer valueOf(int i) {
        if (i >= IntegerCache.LOW && i <= IntegerCache.HIGH) {
            return IntegerCache.CACHE[i - IntegerCache.LOW];
        }
        return new Integer(i);
    }

    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseInt(s, radix));
    }

    public static Integer valueOf(String s) throws NumberFormatException {
        return valueOf(parseInt(s, 10));
    }

    // ---- formatting ----

    /** Signed digits in {@code radix} (10 if the radix is out of range), lowercase letters. */
    public static String toString(int i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (radix == 10) {
            return toString(i);
        }
        char[] buf = new char[33];
        int pos = buf.length;
        boolean negative = i < 0;
        // Work with the negative value so that MIN_VALUE needs no special case.
        int n = negative ? i : -i;
        while (n <= -radix) {
            buf[--pos] = Character.forDigit(-(n % radix), radix);
            n /= radix;
        }
        buf[--pos] = Character.forDigit(-n, radix);
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, buf.length - pos);
    }

    public static String toUnsignedString(int i, int radix) {
        return Long.toUnsignedString(toUnsignedLong(i), radix);
    }

    public static String toHexString(int i) {
        return toPowerOfTwoString(i, 4);
    }

    public static String toOctalString(int i) {
        return toPowerOfTwoString(i, 3);
    }

    public static String toBinaryString(int i) {
        return toPowerOfTwoString(i, 1);
    }

    /** Unsigned digits in radix {@code 1 << shift}. */
    private static String toPowerOfTwoString(int i, int shift) {
        int bits = SIZE - numberOfLeadingZeros(i);
        int chars = Math.max((bits + shift - 1) / shift, 1);
        char[] buf = new char[chars];
        int radix = 1 << shift;
        for (int pos = chars - 1; pos >= 0; pos--) {
            buf[pos] = Character.forDigit(i & (radix - 1), radix);
            i >>>= shift;
        }
        return new String(buf, 0, chars);
    }

    public static String toString(int i) {
        int size = stringSize(i);
        char[] buf = new char[size];
        getChars(i, size, buf);
        return new String(buf, 0, size);
    }

    public static String toUnsignedString(int i) {
        return Long.toString(toUnsignedLong(i));
    }

    /** The number of chars of {@code toString(x)}. */
    static int stringSize(int x) {
        int sign = 0;
        if (x < 0) {
            sign = 1;
        } else {
            x = -x;
        }
        int p = -10;
        for (int digits = 1; digits < 10; digits++) {
            if (x > p) {
                return digits + sign;
            }
            p *= 10;
        }
        return 10 + sign;
    }

    /** Writes {@code toString(i)} into {@code buf} ending just before {@code end}. */
    static void getChars(int i, int end, char[] buf) {
        boolean negative = i < 0;
        int n = negative ? i : -i;
        int pos = end;
        while (n <= -10) {
            int q = n / 10;
            buf[--pos] = (char) ('0' + (q * 10 - n));
            n = q;
        }
        buf[--pos] = (char) ('0' - n);
        if (negative) {
            buf[--pos] = '-';
        }
    }

    // ---- parsing ----

    public static int parseInt(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        checkRadix(radix);
        int result = parse(s, 0, s.length(), radix, true);
        return result;
    }

    public static int parseInt(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) {
            throw new NullPointerException();
        }
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        checkRadix(radix);
        return parse(s, beginIndex, endIndex, radix, false);
    }

    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10);
    }

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix
                    + " greater than Character.MAX_RADIX");
        }
    }

    /**
     * Parses {@code s[begin, end)} as a signed int. Accumulates negatively so MIN_VALUE needs
     * no special case. {@code whole}: report errors as {@code For input string} (the String
     * overloads) rather than {@code Error at index} (the CharSequence overload).
     */
    private static int parse(CharSequence s, int begin, int end, int radix, boolean whole) {
        if (begin == end) {
            throw NumberFormatException.forInputString("", radix);
        }
        int i = begin;
        boolean negative = false;
        int limit = -MAX_VALUE;
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
        int multmin = limit / radix;
        int result = 0;
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

    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string "
                    + s + ".");
        }
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return parseInt(s, radix);
        }
        long ell = Long.parseLong(s, radix);
        if ((ell & 0xffff_ffff_0000_0000L) != 0) {
            throw new NumberFormatException("String value " + s
                    + " exceeds range of unsigned int.");
        }
        return (int) ell;
    }

    public static int parseUnsignedInt(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) {
            throw new NullPointerException();
        }
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        // JDK 17 quirks: an empty range reports "", and the messages show the whole of s.
        int len = endIndex - beginIndex;
        if (len == 0) {
            throw new NumberFormatException("");
        }
        if (s.charAt(beginIndex) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string "
                    + s + ".");
        }
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return parseInt(s, beginIndex, endIndex, radix);
        }
        long ell = Long.parseLong(s, beginIndex, endIndex, radix);
        if ((ell & 0xffff_ffff_0000_0000L) != 0) {
            throw new NumberFormatException("String value " + s
                    + " exceeds range of unsigned int.");
        }
        return (int) ell;
    }

    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return parseUnsignedInt(s, 10);
    }

    /** Decimal, {@code 0x}/{@code 0X}/{@code #} hex, or {@code 0} octal, with optional sign. */
    public static Integer decode(String nm) throws NumberFormatException {
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
            int result = parseInt(nm.substring(index), radix);
            return valueOf(negative ? -result : result);
        } catch (NumberFormatException e) {
            // MIN_VALUE's magnitude overflows: retry with the sign attached.
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            return valueOf(parseInt(constant, radix));
        }
    }

    /** The system property {@code nm} decoded as an Integer, or null. */
    public static Integer getInteger(String nm) {
        return getInteger(nm, null);
    }

    public static Integer getInteger(String nm, int val) {
        Integer result = getInteger(nm, null);
        return (result == null) ? valueOf(val) : result;
    }

    public static Integer getInteger(String nm, Integer val) {
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
        return value;
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
        return value;
    }

    public static int hashCode(int value) {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return (obj instanceof Integer) && value == ((Integer) obj).value;
    }

    @Override
    public int compareTo(Integer anotherInteger) {
        return compare(value, anotherInteger.value);
    }

    public static int compare(int x, int y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long toUnsignedLong(int x) {
        return ((long) x) & 0xffffffffL;
    }

    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    // ---- bit operations ----

    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(int i) {
        if (i <= 0) {
            return (i == 0) ? 32 : 0;
        }
        int n = 31;
        if (i >= 1 << 16) {
            n -= 16;
            i >>>= 16;
        }
        if (i >= 1 << 8) {
            n -= 8;
            i >>>= 8;
        }
        if (i >= 1 << 4) {
            n -= 4;
            i >>>= 4;
        }
        if (i >= 1 << 2) {
            n -= 2;
            i >>>= 2;
        }
        return n - (i >>> 1);
    }

    public static int numberOfTrailingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        return 31 - numberOfLeadingZeros(i & -i);
    }

    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        return (i * 0x01010101) >>> 24;
    }

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static int reverse(int i) {
        i = ((i & 0x55555555) << 1) | ((i >>> 1) & 0x55555555);
        i = ((i & 0x33333333) << 2) | ((i >>> 2) & 0x33333333);
        i = ((i & 0x0f0f0f0f) << 4) | ((i >>> 4) & 0x0f0f0f0f);
        return reverseBytes(i);
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }
}
