package java.util.regex;

/**
 * A set of code points, as a small predicate tree (ranges, general categories, named
 * properties, union, intersection, complement) with a precomputed table for Latin-1.
 *
 * <p>The parser builds one tree per character class, escape ({@code \d}, {@code \p{L}}) or
 * case-insensitive literal, then calls {@link #seal()} once: the matcher reads {@code latin1}
 * for code points below 256 and evaluates the tree only for the rest.
 */
final class CharClass {
    static final int RANGE = 0;        // lo..hi
    static final int RANGE_CI = 1;     // lo..hi, ASCII case-insensitive
    static final int RANGE_UCI = 2;    // lo..hi, Unicode case-insensitive
    static final int CATEGORIES = 3;   // bit mask of Character.getType values (in lo)
    static final int PROPERTY = 4;     // one of the P_ constants (in lo)
    static final int UNION = 5;
    static final int INTERSECTION = 6;
    static final int COMPLEMENT = 7;   // of kids[0]
    static final int ALL = 8;
    static final int SCRIPT = 9;       // Character.UnicodeScript with ordinal lo
    static final int BLOCK = 10;       // Character.UnicodeBlock in block

    // Named properties (kind PROPERTY).
    static final int P_DOT = 1;              // . without DOTALL: not a line terminator
    static final int P_DOT_UNIX = 2;         // . with UNIX_LINES: not \n
    static final int P_JAVA_LOWER = 3;
    static final int P_JAVA_UPPER = 4;
    static final int P_JAVA_TITLE = 5;
    static final int P_JAVA_DIGIT = 6;
    static final int P_JAVA_LETTER = 7;
    static final int P_JAVA_LETTER_OR_DIGIT = 8;
    static final int P_JAVA_WHITESPACE = 9;
    static final int P_JAVA_SPACE_CHAR = 10;
    static final int P_JAVA_DEFINED = 11;
    static final int P_JAVA_ISO_CONTROL = 12;
    static final int P_JAVA_MIRRORED = 13;
    static final int P_JAVA_ALPHABETIC = 14;
    static final int P_JAVA_IDEOGRAPHIC = 15;
    static final int P_JAVA_IDENT_IGNORABLE = 16;
    static final int P_JAVA_UNICODE_ID_START = 17;
    static final int P_JAVA_UNICODE_ID_PART = 18;
    static final int P_JAVA_ID_START = 19;
    static final int P_JAVA_ID_PART = 20;
    static final int P_WHITE_SPACE = 21;     // Unicode White_Space
    static final int P_PUNCTUATION = 22;     // IsPunctuation
    static final int P_HEX_DIGIT = 23;       // IsHex_Digit
    static final int P_JOIN_CONTROL = 24;
    static final int P_NONCHARACTER = 25;
    static final int P_WORD = 26;            // \w with UNICODE_CHARACTER_CLASS
    static final int P_CASED = 27;           // lower, upper or title case (case-insensitive Lu/Ll)
    static final int P_ASCII_CASED = 28;     // [a-zA-Z] (case-insensitive \p{Lower}/\p{Upper})
    static final int P_GRAPH = 29;           // Unicode graph (UNICODE_CHARACTER_CLASS)
    static final int P_BLANK = 30;
    static final int P_PRINT = 31;
    static final int P_LETTER_CASED = 32;    // Character.isLowerCase || isUpperCase (IsLowercase/IsUppercase with CI)

    final int kind;
    final int lo;
    final int hi;
    final CharClass[] kids;
    /** Membership of code points 0..255, filled by seal(). */
    boolean[] latin1;
    /** The block of a BLOCK node. */
    private Character.UnicodeBlock block;

    private CharClass(int kind, int lo, int hi, CharClass[] kids) {
        this.kind = kind;
        this.lo = lo;
        this.hi = hi;
        this.kids = kids;
    }

    static CharClass range(int lo, int hi) {
        return new CharClass(RANGE, lo, hi, null);
    }

    static CharClass single(int cp) {
        return new CharClass(RANGE, cp, cp, null);
    }

    static CharClass rangeCI(int lo, int hi, boolean unicode) {
        return new CharClass(unicode ? RANGE_UCI : RANGE_CI, lo, hi, null);
    }

    static CharClass categories(int mask) {
        return new CharClass(CATEGORIES, mask, 0, null);
    }

    static CharClass property(int p) {
        return new CharClass(PROPERTY, p, 0, null);
    }

    static CharClass script(Character.UnicodeScript script) {
        return new CharClass(SCRIPT, script.ordinal(), 0, null);
    }

    static CharClass block(Character.UnicodeBlock block) {
        CharClass c = new CharClass(BLOCK, 0, 0, null);
        c.block = block;
        return c;
    }

    static CharClass all() {
        return new CharClass(ALL, 0, 0, null);
    }

    static CharClass union(CharClass a, CharClass b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.kind == UNION && a.latin1 == null) {
            // keep unions flat: [a-z0-9_...] is one node with many kids, not a deep chain
            CharClass[] k = new CharClass[a.kids.length + 1];
            System.arraycopy(a.kids, 0, k, 0, a.kids.length);
            k[a.kids.length] = b;
            return new CharClass(UNION, 0, 0, k);
        }
        return new CharClass(UNION, 0, 0, new CharClass[] {a, b});
    }

    static CharClass intersection(CharClass a, CharClass b) {
        return new CharClass(INTERSECTION, 0, 0, new CharClass[] {a, b});
    }

    static CharClass complement(CharClass a) {
        return new CharClass(COMPLEMENT, 0, 0, new CharClass[] {a});
    }

    /** Builds a union of ranges given as pairs lo, hi. */
    static CharClass ranges(int... pairs) {
        CharClass c = null;
        for (int i = 0; i < pairs.length; i += 2) {
            c = union(c, range(pairs[i], pairs[i + 1]));
        }
        return c;
    }

    /** A literal code point, case-folded per the flags as Java's single-character nodes are. */
    static CharClass literal(int cp, int flags) {
        if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
            if ((flags & Pattern.UNICODE_CASE) != 0) {
                int upper = Character.toUpperCase(cp);
                int lower = Character.toLowerCase(upper);
                if (upper != lower) {
                    return new CharClass(RANGE_UCI, cp, cp, null);
                }
            } else if (cp < 128 && isAsciiAlpha(cp)) {
                return new CharClass(RANGE_CI, cp, cp, null);
            }
        }
        return single(cp);
    }

    /** Precomputes the Latin-1 table; returns this. */
    CharClass seal() {
        if (latin1 == null) {
            latin1 = table();
        }
        return this;
    }

    /** Membership of 0..255, computed per node (ranges are filled, not tested one by one). */
    private boolean[] table() {
        if (latin1 != null) {
            return latin1;
        }
        boolean[] t = new boolean[256];
        switch (kind) {
            case RANGE:
                for (int i = lo; i <= hi && i < 256; i++) {
                    t[i] = true;
                }
                return t;
            case UNION:
                for (CharClass k : kids) {
                    boolean[] u = k.table();
                    for (int i = 0; i < 256; i++) {
                        t[i] |= u[i];
                    }
                }
                return t;
            case INTERSECTION: {
                boolean[] a = kids[0].table();
                System.arraycopy(a, 0, t, 0, 256);
                for (int j = 1; j < kids.length; j++) {
                    boolean[] u = kids[j].table();
                    for (int i = 0; i < 256; i++) {
                        t[i] &= u[i];
                    }
                }
                return t;
            }
            case COMPLEMENT: {
                boolean[] a = kids[0].table();
                for (int i = 0; i < 256; i++) {
                    t[i] = !a[i];
                }
                return t;
            }
            default:
                for (int i = 0; i < 256; i++) {
                    t[i] = test(i);
                }
                return t;
        }
    }

    /** Whether {@code cp} is in the set (the table for Latin-1 once sealed). */
    boolean matches(int cp) {
        if (cp < 256) {
            boolean[] t = latin1;
            if (t != null) {
                return t[cp];
            }
        }
        return test(cp);
    }

    /** Evaluates the tree. */
    boolean test(int cp) {
        switch (kind) {
            case RANGE:
                return cp >= lo && cp <= hi;
            case RANGE_CI:
                if (cp >= lo && cp <= hi) {
                    return true;
                }
                if (cp < 128) {
                    int u = asciiToUpper(cp);
                    if (u >= lo && u <= hi) {
                        return true;
                    }
                    int l = asciiToLower(cp);
                    return l >= lo && l <= hi;
                }
                return false;
            case RANGE_UCI: {
                if (cp >= lo && cp <= hi) {
                    return true;
                }
                int u = Character.toUpperCase(cp);
                if (u >= lo && u <= hi) {
                    return true;
                }
                int l = Character.toLowerCase(u);
                if (l >= lo && l <= hi) {
                    return true;
                }
                if (lo == hi) {
                    // A single character: equal when both fold to the same lower case.
                    int target = Character.toLowerCase(Character.toUpperCase(lo));
                    return l == target;
                }
                return false;
            }
            case CATEGORIES:
                return ((lo >>> Character.getType(cp)) & 1) != 0;
            case PROPERTY:
                return property(lo, cp);
            case SCRIPT:
                return Character.UnicodeScript.of(cp).ordinal() == lo;
            case BLOCK:
                return Character.UnicodeBlock.of(cp) == block;
            case UNION:
                for (CharClass k : kids) {
                    if (k.test(cp)) {
                        return true;
                    }
                }
                return false;
            case INTERSECTION:
                for (CharClass k : kids) {
                    if (!k.test(cp)) {
                        return false;
                    }
                }
                return true;
            case COMPLEMENT:
                return !kids[0].test(cp);
            case ALL:
                return true;
            default:
                throw new InternalError("CharClass kind " + kind);
        }
    }

    private static boolean property(int p, int cp) {
        switch (p) {
            case P_DOT:
                return cp != '\n' && cp != '\r' && (cp | 1) != '\u2029' && cp != '\u0085';
            case P_DOT_UNIX:
                return cp != '\n';
            case P_JAVA_LOWER:
                return Character.isLowerCase(cp);
            case P_JAVA_UPPER:
                return Character.isUpperCase(cp);
            case P_JAVA_TITLE:
                return Character.isTitleCase(cp);
            case P_JAVA_DIGIT:
                return Character.isDigit(cp);
            case P_JAVA_LETTER:
                return Character.isLetter(cp);
            case P_JAVA_LETTER_OR_DIGIT:
                return Character.isLetterOrDigit(cp);
            case P_JAVA_WHITESPACE:
                return Character.isWhitespace(cp);
            case P_JAVA_SPACE_CHAR:
                return Character.isSpaceChar(cp);
            case P_JAVA_DEFINED:
                return Character.isDefined(cp);
            case P_JAVA_ISO_CONTROL:
                return Character.isISOControl(cp);
            case P_JAVA_MIRRORED:
                return Character.isMirrored(cp);
            case P_JAVA_ALPHABETIC:
                return Character.isAlphabetic(cp);
            case P_JAVA_IDEOGRAPHIC:
                return Character.isIdeographic(cp);
            case P_JAVA_IDENT_IGNORABLE:
                return Character.isIdentifierIgnorable(cp);
            case P_JAVA_UNICODE_ID_START:
                return Character.isUnicodeIdentifierStart(cp);
            case P_JAVA_UNICODE_ID_PART:
                return Character.isUnicodeIdentifierPart(cp);
            case P_JAVA_ID_START:
                return Character.isJavaIdentifierStart(cp);
            case P_JAVA_ID_PART:
                return Character.isJavaIdentifierPart(cp);
            case P_WHITE_SPACE:
                return (cp >= 0x9 && cp <= 0xd) || cp == 0x85
                        || ((((1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
                                | (1 << Character.PARAGRAPH_SEPARATOR)) >> Character.getType(cp)) & 1) != 0;
            case P_PUNCTUATION:
                return ((((1 << Character.CONNECTOR_PUNCTUATION) | (1 << Character.DASH_PUNCTUATION)
                        | (1 << Character.START_PUNCTUATION) | (1 << Character.END_PUNCTUATION)
                        | (1 << Character.OTHER_PUNCTUATION) | (1 << Character.INITIAL_QUOTE_PUNCTUATION)
                        | (1 << Character.FINAL_QUOTE_PUNCTUATION)) >> Character.getType(cp)) & 1) != 0;
            case P_HEX_DIGIT:
                return Character.isDigit(cp) || (cp >= 'a' && cp <= 'f') || (cp >= 'A' && cp <= 'F')
                        || (cp >= 0xff21 && cp <= 0xff26) || (cp >= 0xff41 && cp <= 0xff46);
            case P_JOIN_CONTROL:
                return cp == 0x200c || cp == 0x200d;
            case P_NONCHARACTER:
                return (cp & 0xfffe) == 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef);
            case P_WORD: {
                if (Character.isAlphabetic(cp)) {
                    return true;
                }
                int t = Character.getType(cp);
                return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                        || t == Character.COMBINING_SPACING_MARK || t == Character.DECIMAL_DIGIT_NUMBER
                        || t == Character.CONNECTOR_PUNCTUATION || cp == 0x200c || cp == 0x200d;
            }
            case P_CASED:
                return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
            case P_LETTER_CASED:
                return Character.isLowerCase(cp) || Character.isUpperCase(cp);
            case P_ASCII_CASED:
                return cp < 128 && isAsciiAlpha(cp);
            case P_GRAPH: {
                int t = Character.getType(cp);
                return !(property(P_WHITE_SPACE, cp) || t == Character.CONTROL || t == Character.SURROGATE
                        || t == Character.UNASSIGNED);
            }
            case P_BLANK:
                return Character.getType(cp) == Character.SPACE_SEPARATOR || cp == '\t';
            case P_PRINT:
                return (property(P_GRAPH, cp) || property(P_BLANK, cp)) && Character.getType(cp) != Character.CONTROL;
            default:
                throw new InternalError("property " + p);
        }
    }

    static boolean isAsciiAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static int asciiToUpper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static int asciiToLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** The single code point this class matches, or -1 (used for literal runs). */
    int singleCodePoint() {
        return kind == RANGE && lo == hi ? lo : -1;
    }
}
