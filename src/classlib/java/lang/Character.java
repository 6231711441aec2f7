package java.lang;

/**
 * The boxed char, and the Unicode character database queries.
 *
 * <p>Latin-1 (U+0000..U+00FF) is answered in Java from a property table generated from
 * HotSpot's own answers; every other code point goes to a small native (docs/classlib-contract.md)
 * so the VM can use the host's Unicode data. Case mappings follow the JDK: the simple mappings
 * of UnicodeData, plus the multi-char uppercase mappings of SpecialCasing for String.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';

    /** The Class object for {@code char}. */
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0x10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    // Bits of the Latin-1 property words: general category in bits 0..4, then flags.
    private static final int TYPE_MASK = 0x1F;
    private static final int UPPER = 1 << 5;
    private static final int LOWER = 1 << 6;
    private static final int ALPHABETIC = 1 << 7;
    private static final int WHITESPACE = 1 << 8;
    private static final int SPACE_CHAR = 1 << 9;
    private static final int JAVA_START = 1 << 10;
    private static final int JAVA_PART = 1 << 11;
    private static final int IGNORABLE = 1 << 12;
    private static final int UNICODE_START = 1 << 13;
    private static final int UNICODE_PART = 1 << 14;
    private static final int MIRRORED = 1 << 15;

    /** Property words of U+0000..U+00FF, generated from JDK 17's Character (see bit names). */
    private static final String LATIN1 =
            "\u580f\u580f\u580f\u580f\u580f\u580f\u580f\u580f"
            + "\u580f\u010f\u010f\u010f\u010f\u010f\u580f\u580f"
            + "\u580f\u580f\u580f\u580f\u580f\u580f\u580f\u580f"
            + "\u580f\u580f\u580f\u580f\u010f\u010f\u010f\u010f"
            + "\u030c\u0018\u0018\u0018\u0c1a\u0018\u0018\u0018"
            + "\u8015\u8016\u0018\u0019\u0018\u0014\u0018\u0018"
            + "\u4809\u4809\u4809\u4809\u4809\u4809\u4809\u4809"
            + "\u4809\u4809\u0018\u0018\u8019\u0019\u8019\u0018"
            + "\u0018\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1"
            + "\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1"
            + "\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1"
            + "\u6ca1\u6ca1\u6ca1\u8015\u0018\u8016\u001b\u4c17"
            + "\u001b\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2"
            + "\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2"
            + "\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2"
            + "\u6cc2\u6cc2\u6cc2\u8015\u0019\u8016\u0019\u580f"
            + "\u580f\u580f\u580f\u580f\u580f\u580f\u580f\u580f"
            + "\u580f\u580f\u580f\u580f\u580f\u580f\u580f\u580f"
            + "\u580f\u580f\u580f\u580f\u580f\u580f\u580f\u580f"
            + "\u580f\u580f\u580f\u580f\u580f\u580f\u580f\u580f"
            + "\u020c\u0018\u0c1a\u0c1a\u0c1a\u0c1a\u001c\u0018"
            + "\u001b\u001c\u6cc5\u801d\u0019\u5810\u001c\u001b"
            + "\u001c\u0019\u000b\u000b\u001b\u6cc2\u0018\u4018"
            + "\u001b\u000b\u6cc5\u801e\u000b\u000b\u000b\u0018"
            + "\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1"
            + "\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1"
            + "\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u0019"
            + "\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6ca1\u6cc2"
            + "\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2"
            + "\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2"
            + "\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u0019"
            + "\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2\u6cc2";

    private final char value;

    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    /** The boxed char; 0..127 come from a cache. */
    public static Character valueOf(char c) {
        if (c < 128) {
            return CharacterCache.CACHE[c];
        }
        return new Character(c);
    }

    private static final class CharacterCache {
        static final Character[] CACHE = new Character[128];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Character((char) i);
            }
        }
    }

    /** The primitive value. */
    public char charValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** The hash of a char is its value. */
    public static int hashCode(char value) {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return (obj instanceof Character) && value == ((Character) obj).value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    /** A one-char string. */
    public static String toString(char c) {
        return String.valueOf(c);
    }

    /** The string of one code point (two chars for supplementary ones). */
    public static String toString(int codePoint) {
        return new String(toChars(codePoint));
    }

    @Override
    public int compareTo(Character another) {
        return compare(value, another.value);
    }

    /** {@code x - y}. */
    public static int compare(char x, char y) {
        return x - y;
    }

    /** Swaps the two bytes. */
    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- code points and surrogates (Unicode §3.9, UTF-16) ----

    /** True for U+0000..U+10FFFF. */
    public static boolean isValidCodePoint(int codePoint) {
        return (codePoint >>> 16) < ((MAX_CODE_POINT + 1) >>> 16);
    }

    /** True for U+0000..U+FFFF. */
    public static boolean isBmpCodePoint(int codePoint) {
        return (codePoint >>> 16) == 0;
    }

    /** True for U+10000..U+10FFFF. */
    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch < (MAX_HIGH_SURROGATE + 1);
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch < (MAX_LOW_SURROGATE + 1);
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch < (MAX_SURROGATE + 1);
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    /** 2 for supplementary code points, else 1. */
    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    /** Combines a surrogate pair (no validation, as in the JDK). */
    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE)
                + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    /** The leading surrogate of a supplementary code point. */
    public static char highSurrogate(int codePoint) {
        return (char) (((codePoint - MIN_SUPPLEMENTARY_CODE_POINT) >>> 10) + MIN_HIGH_SURROGATE);
    }

    /** The trailing surrogate of a supplementary code point. */
    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3FF) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAtImpl(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        return codePointAtImpl(a, index, limit);
    }

    /** The code point at {@code index}, not looking at or past {@code limit}. */
    static int codePointAtImpl(char[] a, int index, int limit) {
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBeforeImpl(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || start >= a.length) {
            throw new IndexOutOfBoundsException();
        }
        return codePointBeforeImpl(a, index, start);
    }

    /** The code point ending just before {@code index}, not looking before {@code start}. */
    static int codePointBeforeImpl(char[] a, int index, int start) {
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[--index];
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    /** Writes the UTF-16 form of {@code codePoint}; returns the number of chars written. */
    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw invalidCodePoint(codePoint);
    }

    /** The UTF-16 form of {@code codePoint}. */
    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        if (isValidCodePoint(codePoint)) {
            return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        }
        throw invalidCodePoint(codePoint);
    }

    /** The JDK's message: {@code Not a valid Unicode code point: 0x110000}. */
    static IllegalArgumentException invalidCodePoint(int codePoint) {
        return new IllegalArgumentException("Not a valid Unicode code point: 0x"
                + Integer.toHexString(codePoint).toUpperCase());
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex; ) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex && isLowSurrogate(seq.charAt(i))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0) {
            throw new IndexOutOfBoundsException();
        }
        return codePointCountImpl(a, offset, count);
    }

    /** Code points in {@code a[offset, offset + count)}; unpaired surrogates count as one. */
    static int codePointCountImpl(char[] a, int offset, int count) {
        int endIndex = offset + count;
        int n = count;
        for (int i = offset; i < endIndex; ) {
            if (isHighSurrogate(a[i++]) && i < endIndex && isLowSurrogate(a[i])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length
                        && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
            if (i < codePointOffset) {
                throw new IndexOutOfBoundsException();
            }
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0
                        && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
            if (i < 0) {
                throw new IndexOutOfBoundsException();
            }
        }
        return x;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index,
            int codePointOffset) {
        if (count > a.length - start || start < 0 || count < 0 || index < start
                || index > start + count) {
            throw new IndexOutOfBoundsException();
        }
        return offsetByCodePointsImpl(a, start, count, index, codePointOffset);
    }

    /** Walks {@code codePointOffset} code points from {@code index} within the given range. */
    static int offsetByCodePointsImpl(char[] a, int start, int count, int index,
            int codePointOffset) {
        int x = index;
        if (codePointOffset >= 0) {
            int limit = start + count;
            int i;
            for (i = 0; x < limit && i < codePointOffset; i++) {
                if (isHighSurrogate(a[x++]) && x < limit && isLowSurrogate(a[x])) {
                    x++;
                }
            }
            if (i < codePointOffset) {
                throw new IndexOutOfBoundsException();
            }
        } else {
            int i;
            for (i = codePointOffset; x > start && i < 0; i++) {
                if (isLowSurrogate(a[--x]) && x > start && isHighSurrogate(a[x - 1])) {
                    x--;
                }
            }
            if (i < 0) {
                throw new IndexOutOfBoundsException();
            }
        }
        return x;
    }

    // ---- character properties ----

    /** The Latin-1 property word of {@code cp} (callers ensure cp < 256). */
    private static int latin1(int cp) {
        return LATIN1.charAt(cp);
    }

    public static int getType(char ch) {
        return getType((int) ch);
    }

    /** The general category, one of the byte constants above. */
    public static int getType(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return latin1(codePoint) & TYPE_MASK;
        }
        if (!isValidCodePoint(codePoint)) {
            return UNASSIGNED;
        }
        return getType0(codePoint);
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    /** Ll or Other_Lowercase. */
    public static boolean isLowerCase(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & LOWER) != 0;
        }
        return isValidCodePoint(codePoint) && isLowerCase0(codePoint);
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    /** Lu or Other_Uppercase. */
    public static boolean isUpperCase(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & UPPER) != 0;
        }
        return isValidCodePoint(codePoint) && isUpperCase0(codePoint);
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int codePoint) {
        return getType(codePoint) == TITLECASE_LETTER;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    /** General category Nd. */
    public static boolean isDigit(int codePoint) {
        return getType(codePoint) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int codePoint) {
        return getType(codePoint) != UNASSIGNED;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    /** General categories Lu, Ll, Lt, Lm, Lo. */
    public static boolean isLetter(int codePoint) {
        int type = getType(codePoint);
        return type >= UPPERCASE_LETTER && type <= OTHER_LETTER;
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == DECIMAL_DIGIT_NUMBER;
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetter(char ch) {
        return isJavaIdentifierStart(ch);
    }

    @Deprecated(since = "1.1")
    public static boolean isJavaLetterOrDigit(char ch) {
        return isJavaIdentifierPart(ch);
    }

    /** The Unicode Alphabetic property. */
    public static boolean isAlphabetic(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & ALPHABETIC) != 0;
        }
        return isValidCodePoint(codePoint) && isAlphabetic0(codePoint);
    }

    /** The Unicode Ideographic property. */
    public static boolean isIdeographic(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return false;
        }
        return isValidCodePoint(codePoint) && isIdeographic0(codePoint);
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    /** Letters, letter numbers, currency symbols and connectors (JLS §3.8). */
    public static boolean isJavaIdentifierStart(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & JAVA_START) != 0;
        }
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == LETTER_NUMBER
                || type == CURRENCY_SYMBOL || type == CONNECTOR_PUNCTUATION;
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    /** Identifier starts plus digits, marks and ignorable controls (JLS §3.8). */
    public static boolean isJavaIdentifierPart(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & JAVA_PART) != 0;
        }
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == LETTER_NUMBER
                || type == CURRENCY_SYMBOL || type == CONNECTOR_PUNCTUATION
                || type == DECIMAL_DIGIT_NUMBER || type == COMBINING_SPACING_MARK
                || type == NON_SPACING_MARK || type == FORMAT;
    }

    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    /** ID_Start, approximated by the general categories (no Other_ID_Start). */
    public static boolean isUnicodeIdentifierStart(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & UNICODE_START) != 0;
        }
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == LETTER_NUMBER;
    }

    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    /** ID_Continue plus ignorables, approximated by the general categories. */
    public static boolean isUnicodeIdentifierPart(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & UNICODE_PART) != 0;
        }
        int type = getType(codePoint);
        return (type >= UPPERCASE_LETTER && type <= OTHER_LETTER) || type == LETTER_NUMBER
                || type == CONNECTOR_PUNCTUATION || type == DECIMAL_DIGIT_NUMBER
                || type == NON_SPACING_MARK || type == COMBINING_SPACING_MARK || type == FORMAT;
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    /** Non-whitespace ISO controls and format characters. */
    public static boolean isIdentifierIgnorable(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & IGNORABLE) != 0;
        }
        return getType(codePoint) == FORMAT;
    }

    public static boolean isMirrored(char ch) {
        return isMirrored((int) ch);
    }

    /** Bidi_Mirrored; only answered for Latin-1 (false elsewhere). */
    public static boolean isMirrored(int codePoint) {
        return codePoint >>> 8 == 0 && (latin1(codePoint) & MIRRORED) != 0;
    }

    @Deprecated(since = "1.1")
    public static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r';
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    /** General categories Zs, Zl, Zp. */
    public static boolean isSpaceChar(int codePoint) {
        int type = getType(codePoint);
        return type == SPACE_SEPARATOR || type == LINE_SEPARATOR || type == PARAGRAPH_SEPARATOR;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    /** Space separators except no-break spaces, plus the ASCII/FS..US controls. */
    public static boolean isWhitespace(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (latin1(codePoint) & WHITESPACE) != 0;
        }
        if (codePoint == 0x2007 || codePoint == 0x202F) {
            return false;
        }
        int type = getType(codePoint);
        return type == SPACE_SEPARATOR || type == LINE_SEPARATOR || type == PARAGRAPH_SEPARATOR;
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9F && (codePoint >= 0x7F || (codePoint >>> 5 == 0));
    }

    // ---- case mapping ----

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    /** The simple lowercase mapping (UnicodeData). */
    public static int toLowerCase(int codePoint) {
        if (codePoint >>> 8 == 0) {
            if ((codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7)) {
                return codePoint + 32;
            }
            return codePoint;
        }
        return isValidCodePoint(codePoint) ? toLowerCase0(codePoint) : codePoint;
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    /** The simple uppercase mapping (UnicodeData). */
    public static int toUpperCase(int codePoint) {
        if (codePoint >>> 8 == 0) {
            if ((codePoint >= 'a' && codePoint <= 'z')
                    || (codePoint >= 0xE0 && codePoint <= 0xFE && codePoint != 0xF7)) {
                return codePoint - 32;
            }
            if (codePoint == 0xB5) {
                return 0x39C;
            }
            if (codePoint == 0xFF) {
                return 0x178;
            }
            return codePoint;
        }
        return isValidCodePoint(codePoint) ? toUpperCase0(codePoint) : codePoint;
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    /** The simple titlecase mapping (the uppercase one in Latin-1). */
    public static int toTitleCase(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return toUpperCase(codePoint);
        }
        return isValidCodePoint(codePoint) ? toTitleCase0(codePoint) : codePoint;
    }

    /**
     * The full (SpecialCasing) uppercase mapping when it has more than one code point, e.g.
     * U+00DF -> "SS"; null when the full mapping is the simple one.
     */
    static char[] toUpperCaseFull(int codePoint) {
        if (codePoint >>> 8 == 0) {
            return (codePoint == 0xDF) ? new char[] {'S', 'S'} : null;
        }
        return isValidCodePoint(codePoint) ? toUpperCaseChars0(codePoint) : null;
    }

    // ---- digits and numeric values ----

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    /** The digit's value in {@code radix}, or -1 (ASCII letters, Nd digits, fullwidth letters). */
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        if (codePoint >>> 8 == 0) {
            int value;
            if (codePoint >= '0' && codePoint <= '9') {
                value = codePoint - '0';
            } else if (codePoint >= 'a' && codePoint <= 'z') {
                value = codePoint - 'a' + 10;
            } else if (codePoint >= 'A' && codePoint <= 'Z') {
                value = codePoint - 'A' + 10;
            } else {
                return -1;
            }
            return (value < radix) ? value : -1;
        }
        return isValidCodePoint(codePoint) ? digit0(codePoint, radix) : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    /** The numeric value; -1 if none, -2 if it is not a non-negative integer (e.g. U+00BD). */
    public static int getNumericValue(int codePoint) {
        if (codePoint >>> 8 == 0) {
            if (codePoint >= '0' && codePoint <= '9') {
                return codePoint - '0';
            }
            if (codePoint >= 'a' && codePoint <= 'z') {
                return codePoint - 'a' + 10;
            }
            if (codePoint >= 'A' && codePoint <= 'Z') {
                return codePoint - 'A' + 10;
            }
            switch (codePoint) {
                case 0xB9: return 1;
                case 0xB2: return 2;
                case 0xB3: return 3;
                case 0xBC: case 0xBD: case 0xBE: return -2;
                default: return -1;
            }
        }
        return isValidCodePoint(codePoint) ? getNumericValue0(codePoint) : -1;
    }

    /** The char for {@code digit} in {@code radix} (lowercase letters), or '\0'. */
    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return (char) ((digit < 10) ? '0' + digit : 'a' - 10 + digit);
    }

    // ---- natives: Unicode data for code points U+0100..U+10FFFF (never called for Latin-1) ----

    /** VM: the general category (Java's byte constants above). */
    private static native int getType0(int codePoint);

    /** VM: Lu or Other_Uppercase. */
    private static native boolean isUpperCase0(int codePoint);

    /** VM: Ll or Other_Lowercase. */
    private static native boolean isLowerCase0(int codePoint);

    /** VM: the Alphabetic property. */
    private static native boolean isAlphabetic0(int codePoint);

    /** VM: the Ideographic property. */
    private static native boolean isIdeographic0(int codePoint);

    /** VM: simple uppercase mapping. */
    private static native int toUpperCase0(int codePoint);

    /** VM: simple lowercase mapping. */
    private static native int toLowerCase0(int codePoint);

    /** VM: simple titlecase mapping. */
    private static native int toTitleCase0(int codePoint);

    /** VM: the full uppercase mapping when longer than one code point, else null. */
    private static native char[] toUpperCaseChars0(int codePoint);

    /** VM: Character.digit for a valid radix (Nd digits, fullwidth Latin letters). */
    private static native int digit0(int codePoint, int radix);

    /** VM: Character.getNumericValue. */
    private static native int getNumericValue0(int codePoint);
}
