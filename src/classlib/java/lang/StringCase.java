package java.lang;

/**
 * String's case operations: compareToIgnoreCase and regionMatches(true, ...), and toLowerCase()
 * and toUpperCase() with JDK 17's language-neutral results: the simple mappings of Character,
 * plus the context-free SpecialCasing rules (U+00DF -> "SS", U+0130 -> "i\u0307",
 * ligatures...) and the Final_Sigma condition (Unicode §3.13), evaluated within words found the
 * way the JDK's word BreakIterator finds them.
 */
final class StringCase {
    private static final int CAPITAL_SIGMA = 0x03A3;
    private static final char SMALL_SIGMA = '\u03C3';
    private static final char FINAL_SIGMA = '\u03C2';
    private static final int CAPITAL_I_WITH_DOT = 0x0130;

    private StringCase() {
    }

    /** {@code s} lowercased; {@code v} is its value array (returned as is when unchanged). */
    static String toLowerCase(String s, char[] v) {
        int first = 0;
        while (first < v.length) {
            char c = v[first];
            if (Character.isSurrogate(c) || Character.toLowerCase(c) != c
                    || c == CAPITAL_I_WITH_DOT || c == CAPITAL_SIGMA) {
                break;
            }
            first++;
        }
        if (first == v.length) {
            return s;
        }
        Out out = new Out(v, first);
        for (int i = first; i < v.length; ) {
            int cp = Character.codePointAtImpl(v, i, v.length);
            if (cp == CAPITAL_I_WITH_DOT) {
                out.put('i');
                out.put('\u0307');
            } else if (cp == CAPITAL_SIGMA) {
                out.put(isFinalSigma(v, i) ? FINAL_SIGMA : SMALL_SIGMA);
            } else {
                out.putCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toStringValue();
    }

    /** {@code s} uppercased; {@code v} is its value array (returned as is when unchanged). */
    static String toUpperCase(String s, char[] v) {
        int first = 0;
        while (first < v.length) {
            char c = v[first];
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    break;
                }
            } else if (Character.isSurrogate(c) || Character.toUpperCase(c) != c
                    || Character.toUpperCaseFull(c) != null) {
                break;
            }
            first++;
        }
        if (first == v.length) {
            return s;
        }
        Out out = new Out(v, first);
        for (int i = first; i < v.length; ) {
            int cp = Character.codePointAtImpl(v, i, v.length);
            char[] full = Character.toUpperCaseFull(cp);
            if (full != null) {
                for (char c : full) {
                    out.put(c);
                }
            } else {
                out.putCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toStringValue();
    }

    /**
     * compareToIgnoreCase as JDK 17 computes it. Chars are compared folded (uppercase, then
     * lowercase). When both strings hold chars above U+00FF (HotSpot stores them as UTF-16),
     * a surrogate at a difference is first combined with its partner into a code point.
     */
    static int compareIgnoreCase(char[] a, char[] b) {
        return compareIgnoreCase(a, 0, a.length, b, 0, b.length);
    }

    /** compareIgnoreCase on {@code a[aStart, aEnd)} and {@code b[bStart, bEnd)}. */
    private static int compareIgnoreCase(char[] a, int aStart, int aEnd, char[] b, int bStart,
            int bEnd) {
        int utf16 = -1;
        for (int k1 = aStart, k2 = bStart; k1 < aEnd && k2 < bEnd; k1++, k2++) {
            int cp1 = a[k1];
            int cp2 = b[k2];
            if (cp1 == cp2 || foldCompare(cp1, cp2) == 0) {
                continue;
            }
            if (utf16 < 0) {
                utf16 = (hasNonLatin1(a) && hasNonLatin1(b)) ? 1 : 0;
            }
            if (utf16 == 1) {
                cp1 = codePointIncluding(a, cp1, k1, aStart, aEnd);
                if (cp1 < 0) {
                    k1++;
                    cp1 = -cp1;
                }
                cp2 = codePointIncluding(b, cp2, k2, bStart, bEnd);
                if (cp2 < 0) {
                    k2++;
                    cp2 = -cp2;
                }
            }
            int diff = foldCompare(cp1, cp2);
            if (diff != 0) {
                return diff;
            }
        }
        return (aEnd - aStart) - (bEnd - bStart);
    }

    /** regionMatches(true, ...) on ranges already known to be in bounds (JDK 17 semantics). */
    static boolean regionMatchesIgnoreCase(char[] a, int toffset, char[] b, int ooffset, int len) {
        int n = Math.max(len, 0);
        return compareIgnoreCase(a, toffset, toffset + n, b, ooffset, ooffset + n) == 0;
    }

    /** 0 if the code points fold to the same value, else the difference of the folded values. */
    private static int foldCompare(int cp1, int cp2) {
        int u1 = Character.toUpperCase(cp1);
        int u2 = Character.toUpperCase(cp2);
        if (u1 == u2) {
            return 0;
        }
        return Character.toLowerCase(u1) - Character.toLowerCase(u2);
    }

    private static boolean hasNonLatin1(char[] v) {
        for (char c : v) {
            if (c > 0xFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * The code point around {@code v[index]} within {@code [start, end)}: a low surrogate
     * combines with a high one before it; a high surrogate with a low one after it, returned
     * negated; anything else as is.
     */
    private static int codePointIncluding(char[] v, int cp, int index, int start, int end) {
        if (Character.isLowSurrogate((char) cp)) {
            if (index > start && Character.isHighSurrogate(v[index - 1])) {
                return Character.toCodePoint(v[index - 1], (char) cp);
            }
        } else if (Character.isHighSurrogate((char) cp)) {
            if (index + 1 < end && Character.isLowSurrogate(v[index + 1])) {
                return -Character.toCodePoint((char) cp, v[index + 1]);
            }
        }
        return cp;
    }

    /**
     * Final_Sigma as the JDK evaluates it: the sigma at {@code index} follows a cased letter and
     * is not followed by one, looking only within the current word (see isWordBoundary).
     */
    private static boolean isFinalSigma(char[] v, int index) {
        for (int i = index; !isWordBoundary(v, i); ) {
            int cp = Character.codePointBeforeImpl(v, i, 0);
            if (isCased(cp)) {
                for (int j = index + 1; !isWordBoundary(v, j); ) {
                    int next = Character.codePointAtImpl(v, j, v.length);
                    if (isCased(next)) {
                        return false;
                    }
                    j += Character.charCount(next);
                }
                return true;
            }
            i -= Character.charCount(cp);
        }
        return false;
    }

    /**
     * Cased for the sigma rule: Lu, Ll, Lt, plus the fixed Other_Lowercase/Other_Uppercase
     * ranges the JDK checks (modifier letters, ypogegrammeni, Roman numerals, circled letters).
     */
    private static boolean isCased(int cp) {
        int type = Character.getType(cp);
        if (type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER) {
            return true;
        }
        return (cp >= 0x02B0 && cp <= 0x02B8) || (cp >= 0x02C0 && cp <= 0x02C1)
                || (cp >= 0x02E0 && cp <= 0x02E4) || cp == 0x0345 || cp == 0x037A
                || (cp >= 0x1D2C && cp <= 0x1D61) || (cp >= 0x2160 && cp <= 0x217F)
                || (cp >= 0x24B6 && cp <= 0x24E9);
    }

    // Word classes of the JDK's (pre-UAX #29) word break rules, as observed on HotSpot: a word
    // is a run of letters and digits, which may contain single "mid" punctuation between two
    // letters (MID_WORD: dashes, connectors like '_', U+00AD, U+2027; MID_BOTH: ' " .) or two
    // digits (MID_NUMBER: ',' U+066B; MID_BOTH); non-spacing and enclosing marks and format
    // characters attach to the character before them; everything else stands alone.
    // Supplementary characters (which the JDK treats erratically) join the word before them
    // and end it, except at the start of the text where they begin a word.
    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int MID_WORD = 3;
    private static final int MID_NUMBER = 4;
    private static final int MID_BOTH = 5;

    private static boolean isIgnorable(int cp) {
        if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT || cp == 0x00AD) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }

    private static final int SUPPLEMENTARY = 6;

    private static int wordClass(int cp) {
        if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            return SUPPLEMENTARY;
        }
        if (cp == '\'' || cp == '"' || cp == '.') {
            return MID_BOTH;
        }
        if (cp == ',' || cp == 0x066B) {
            return MID_NUMBER;
        }
        int type = Character.getType(cp);
        if (type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION
                || cp == 0x2027 || cp == 0x00AD) {
            return MID_WORD;
        }
        if ((type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_LETTER)
                || type == Character.COMBINING_SPACING_MARK) {
            return isIdeographOrKana(cp) ? OTHER : LETTER;
        }
        if (type >= Character.DECIMAL_DIGIT_NUMBER && type <= Character.OTHER_NUMBER) {
            return DIGIT;
        }
        return OTHER;
    }

    /** Kanji and kana form words of their own. */
    private static boolean isIdeographOrKana(int cp) {
        return cp == 0x3005 || (cp >= 0x4E00 && cp <= 0x9FA5) || (cp >= 0xF900 && cp <= 0xFA2D)
                || (cp >= 0x3041 && cp <= 0x30FE);
    }

    /** The significant (non-ignorable) code point ending before {@code i}, or -1. */
    private static int significantBefore(char[] v, int i) {
        while (i > 0) {
            int cp = Character.codePointBeforeImpl(v, i, 0);
            if (!isIgnorable(cp)) {
                return i - Character.charCount(cp);
            }
            i -= Character.charCount(cp);
        }
        return -1;
    }

    /** The significant code point starting at or after {@code i}, or -1. */
    private static int significantFrom(char[] v, int i) {
        while (i < v.length) {
            int cp = Character.codePointAtImpl(v, i, v.length);
            if (!isIgnorable(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static int classAt(char[] v, int i) {
        return (i < 0) ? OTHER : wordClass(Character.codePointAtImpl(v, i, v.length));
    }

    /** Is there a word boundary between v[i - 1] and v[i]? */
    private static boolean isWordBoundary(char[] v, int i) {
        if (i <= 0 || i >= v.length) {
            return true;
        }
        int cp = Character.codePointAtImpl(v, i, v.length);
        if (isIgnorable(cp)) {
            return false;
        }
        int p = significantBefore(v, i);
        int before = classAt(v, p);
        int after = wordClass(cp);
        if (before == SUPPLEMENTARY) {
            if (p != 0) {
                return true;
            }
            before = LETTER;
        }
        if (after == SUPPLEMENTARY) {
            after = LETTER;
        }
        boolean beforeRun = before == LETTER || before == DIGIT;
        boolean afterRun = after == LETTER || after == DIGIT;
        if (beforeRun && afterRun) {
            return false;
        }
        // A mid character joins only when no mark (format characters aside) follows it
        // before the next letter or digit.
        if (beforeRun && after >= MID_WORD && after <= MID_BOTH) {
            int afterMid = i + Character.charCount(cp);
            int next = significantFrom(v, afterMid);
            return !onlyFormat(v, afterMid, next) || !joins(before, after, classAt(v, next));
        }
        if (afterRun && before >= MID_WORD && before <= MID_BOTH) {
            int afterMid = p + Character.charCount(Character.codePointAtImpl(v, p, v.length));
            int leftIndex = significantBefore(v, p);
            int left = classAt(v, leftIndex);
            if (left == SUPPLEMENTARY && leftIndex == 0) {
                left = LETTER;
            }
            return !onlyFormat(v, afterMid, i) || !joins(left, before, after);
        }
        return true;
    }

    /** True if {@code v[from, to)} holds only format characters ({@code to < 0}: the end). */
    private static boolean onlyFormat(char[] v, int from, int to) {
        int end = (to < 0) ? v.length : to;
        for (int k = from; k < end; k++) {
            if (Character.getType(v[k]) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    /** Does {@code mid} join a {@code left} and a {@code right} into one word? */
    private static boolean joins(int left, int mid, int right) {
        if (right == SUPPLEMENTARY) {
            right = LETTER;
        }
        if (left != right) {
            return false;
        }
        if (left == LETTER) {
            return mid == MID_WORD || mid == MID_BOTH;
        }
        return left == DIGIT && (mid == MID_NUMBER || mid == MID_BOTH);
    }

    /** A growing char buffer that starts with the unchanged prefix of the input. */
    private static final class Out {
        private char[] buf;
        private int n;

        Out(char[] v, int prefix) {
            buf = new char[v.length + 8];
            System.arraycopy(v, 0, buf, 0, prefix);
            n = prefix;
        }

        void put(char c) {
            if (n == buf.length) {
                char[] bigger = new char[buf.length * 2 + 2];
                System.arraycopy(buf, 0, bigger, 0, n);
                buf = bigger;
            }
            buf[n++] = c;
        }

        void putCodePoint(int cp) {
            if (Character.isBmpCodePoint(cp)) {
                put((char) cp);
            } else {
                put(Character.highSurrogate(cp));
                put(Character.lowSurrogate(cp));
            }
        }

        String toStringValue() {
            char[] v = buf;
            if (n != v.length) {
                v = new char[n];
                System.arraycopy(buf, 0, v, 0, n);
            }
            return new String(v, true);
        }
    }
}
