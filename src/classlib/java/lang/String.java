package java.lang;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Spliterator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.Comparator;
import java.util.Iterator;
import java.util.function.Function;

/**
 * An immutable sequence of UTF-16 code units.
 *
 * <p>VM-known layout (docs/classlib-contract.md): {@code value} holds the chars and {@code hash}
 * caches hashCode (0 = not computed). The VM makes strings (literals, natives) by allocating a
 * String and a char[] and setting {@code value} without running a constructor, so no
 * constructor may establish any other invariant. Exception messages are JDK 17's.
 *
 * <p>The regex methods (matches, split, replaceAll, replaceFirst) use java.util.regex; split
 * on a single plain character skips the regex engine, as the JDK's does. format and formatted
 * go through java.util.Formatter; the Locale case mappings only special-case Turkish and Azeri
 * dotted/dotless i. The stream methods are in
 * StringStreams; like HotSpot's, codePoints() has a known size only when every char is below
 * U+0100 (a "Latin-1" string).
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    private static final char[] EMPTY = new char[0];

    /** Orders strings as compareToIgnoreCase does. */
    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    public String() {
        this.value = EMPTY;
    }

    public String(String original) {
        this.value = original.value;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this(value, 0, value.length);
    }

    public String(char[] value, int offset, int count) {
        checkOffsetCount(offset, count, value.length);
        this.value = copyOfRange(value, offset, count);
    }

    /** Builds a string from code points; an invalid one throws IllegalArgumentException. */
    public String(int[] codePoints, int offset, int count) {
        checkOffsetCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (Character.isBmpCodePoint(cp)) {
                n++;
            } else if (Character.isValidCodePoint(cp)) {
                n += 2;
            } else {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            j += Character.toChars(codePoints[i], v, j);
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkOffsetCount(offset, count, ascii.length);
        char[] v = new char[count];
        int high = (hibyte & 0xFF) << 8;
        for (int i = 0; i < count; i++) {
            v[i] = (char) (high | (ascii[offset + i] & 0xFF));
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        checkOffsetCount(offset, length, bytes.length);
        this.value = StringCoding.decode(kindForName(charsetName), bytes, offset, length);
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        checkOffsetCount(offset, length, bytes.length);
        this.value = StringCoding.decode(StringCoding.kindOf(charset), bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    /** Decodes with the default charset (file.encoding). */
    public String(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, Charset.defaultCharset());
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(StringBuffer buffer) {
        synchronized (buffer) {
            this.value = copyOfRange(buffer.value, 0, buffer.count);
        }
    }

    public String(StringBuilder builder) {
        this.value = copyOfRange(builder.value, 0, builder.count);
    }

    /** Adopts {@code value} without copying; the caller must never modify it again. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    private static char[] copyOfRange(char[] src, int offset, int count) {
        if (count == 0) {
            return EMPTY;
        }
        char[] v = new char[count];
        System.arraycopy(src, offset, v, 0, count);
        return v;
    }

    /** The coding of a named charset; unknown or illegal names are UnsupportedEncodingException. */
    private static int kindForName(String charsetName) throws UnsupportedEncodingException {
        try {
            return StringCoding.kindOf(Charset.forName(charsetName));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    // ---- bounds checks with JDK 17's messages ----

    /** {@code offset 1, count 5, length 3}. */
    static void checkOffsetCount(int offset, int count, int length) {
        if ((offset | count) < 0 || count > length - offset) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count
                    + ", length " + length);
        }
    }

    /** {@code begin 2, end 1, length 3}. */
    static void checkBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end
                    + ", length " + length);
        }
    }

    /** {@code index 5, length 3}. */
    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    // ---- basic queries ----

    @Override
    public int length() {
        return value.length;
    }

    @Override
    public boolean isEmpty() {
        return value.length == 0;
    }

    /**
     * The char at {@code index}. HotSpot words the failure differently for strings stored as
     * Latin-1 ("String index out of range: 5") and as UTF-16 ("index 5, length 3"); so do we.
     */
    @Override
    public char charAt(int index) {
        char[] v = value;
        if (index < 0 || index >= v.length) {
            if (isLatin1(v)) {
                throw new StringIndexOutOfBoundsException(index);
            }
            checkIndex(index, v.length);
        }
        return v[index];
    }

    private static boolean isLatin1(char[] v) {
        for (char c : v) {
            if (c > 0xFF) {
                return false;
            }
        }
        return true;
    }

    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAtImpl(value, index, value.length);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBeforeImpl(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCountImpl(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePointsImpl(value, 0, value.length, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBeginEnd(srcBegin, srcEnd, value.length);
        checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /** Copies the low byte of each char. */
    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBeginEnd(srcBegin, srcEnd, value.length);
        checkOffsetCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) value[i];
        }
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        return StringCoding.encode(kindForName(charsetName), value, 0, value.length);
    }

    public byte[] getBytes(Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return StringCoding.encode(StringCoding.kindOf(charset), value, 0, value.length);
    }

    /** Encodes with the default charset (file.encoding). */
    public byte[] getBytes() {
        return getBytes(Charset.defaultCharset());
    }

    // ---- comparison ----

    @Override
    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (anObject instanceof String) {
            char[] a = value;
            char[] b = ((String) anObject).value;
            if (a.length == b.length) {
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof AbstractStringBuilder) {
            if (cs instanceof StringBuffer) {
                synchronized (cs) {
                    return sameChars((AbstractStringBuilder) cs);
                }
            }
            return sameChars((AbstractStringBuilder) cs);
        }
        if (cs instanceof String) {
            return equals(cs);
        }
        char[] v = value;
        if (v.length != cs.length()) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameChars(AbstractStringBuilder sb) {
        char[] v = value;
        if (v.length != sb.count) {
            return false;
        }
        char[] w = sb.value;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != w[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return (this == anotherString) || (anotherString != null
                && anotherString.value.length == value.length
                && regionMatches(true, 0, anotherString, 0, value.length));
    }

    @Override
    public int compareTo(String anotherString) {
        char[] a = value;
        char[] b = anotherString.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    /** The comparator behind CASE_INSENSITIVE_ORDER. */
    private static final class CaseInsensitiveComparator
            implements Comparator<String>, java.io.Serializable {
        @Override
        public int compare(String s1, String s2) {
            return StringCase.compareIgnoreCase(s1.value, s2.value);
        }
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        char[] a = value;
        char[] b = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) a.length - len
                || ooffset > (long) b.length - len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (a[toffset + k] != b[ooffset + k]) {
                return false;
            }
        }
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset,
            int len) {
        if (!ignoreCase) {
            return regionMatches(toffset, other, ooffset, len);
        }
        char[] a = value;
        char[] b = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) a.length - len
                || ooffset > (long) b.length - len) {
            return false;
        }
        return StringCase.regionMatchesIgnoreCase(a, toffset, b, ooffset, len);
    }

    public boolean startsWith(String prefix, int toffset) {
        char[] p = prefix.value;
        if (toffset < 0 || toffset > value.length - p.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (value[toffset + k] != p[k]) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    /** {@code s[0]*31^(n-1) + ... + s[n-1]}, cached. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (char c : value) {
                h = 31 * h + c;
            }
            hash = h;
        }
        return h;
    }

    // ---- searching ----

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        int from = Math.max(fromIndex, 0);
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = from; i < v.length; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
        } else if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = from; i < v.length - 1; i++) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
        } else if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch);
            char lo = Character.lowSurrogate(ch);
            for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
                if (v[i] == hi && v[i + 1] == lo) {
                    return i;
                }
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(value, value.length, str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(value, value.length, str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str, fromIndex);
    }

    /** First index {@code >= fromIndex} of {@code target} in {@code src[0, count)}, or -1. */
    static int indexOf(char[] src, int count, String target, int fromIndex) {
        char[] t = target.value;
        if (fromIndex >= count) {
            return (t.length == 0) ? count : -1;
        }
        int from = Math.max(fromIndex, 0);
        if (t.length == 0) {
            return from;
        }
        char first = t[0];
        int max = count - t.length;
        for (int i = from; i <= max; i++) {
            if (src[i] != first) {
                continue;
            }
            int k = 1;
            while (k < t.length && src[i + k] == t[k]) {
                k++;
            }
            if (k == t.length) {
                return i;
            }
        }
        return -1;
    }

    /** Last index {@code <= fromIndex} of {@code target} in {@code src[0, count)}, or -1. */
    static int lastIndexOf(char[] src, int count, String target, int fromIndex) {
        char[] t = target.value;
        int from = Math.min(fromIndex, count - t.length);
        if (from < 0) {
            return -1;
        }
        if (t.length == 0) {
            return from;
        }
        for (int i = from; i >= 0; i--) {
            int k = 0;
            while (k < t.length && src[i + k] == t[k]) {
                k++;
            }
            if (k == t.length) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- derived strings ----

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        int length = value.length;
        checkBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length) {
            return this;
        }
        return new String(copyOfRange(value, beginIndex, endIndex - beginIndex), true);
    }

    @Override
    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        if (value.length == 0) {
            return str;
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        char[] v = value;
        int i = 0;
        while (i < v.length && v[i] != oldChar) {
            i++;
        }
        if (i == v.length) {
            return this;
        }
        char[] out = v.clone();
        for (; i < out.length; i++) {
            if (out[i] == oldChar) {
                out[i] = newChar;
            }
        }
        return new String(out, true);
    }

    /** Replaces every non-overlapping occurrence, left to right; "" matches between chars. */
    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString();
        String r = replacement.toString();
        int j = indexOf(t);
        if (j < 0) {
            return this;
        }
        if (t.length() == 1 && r.length() == 1) {
            return replace(t.charAt(0), r.charAt(0));
        }
        StringBuilder sb = new StringBuilder(value.length + 16);
        int i = 0;
        int step = Math.max(t.length(), 1);
        do {
            sb.append(value, i, j - i).append(r);
            if (t.isEmpty()) {
                if (j == value.length) {
                    return sb.toString();
                }
                sb.append(value[j]);
                i = j + 1;
                j = i;
            } else {
                i = j + step;
                j = indexOf(t, i);
            }
        } while (j >= 0);
        sb.append(value, i, value.length - i);
        return sb.toString();
    }

    // ---- regular expressions (java.util.regex) ----

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    /**
     * Splits around matches of {@code regex}. A one-character delimiter that is not a regex
     * metacharacter (or a backslash and a non-alphanumeric character) is split on directly,
     * as the JDK does; the result is the same as Pattern.split's.
     */
    public String[] split(String regex, int limit) {
        char ch = 0;
        if (((regex.length() == 1 && ".$|()[{^?*+\\".indexOf(ch = regex.charAt(0)) == -1)
                || (regex.length() == 2 && regex.charAt(0) == '\\'
                        && !isAsciiLetterOrDigit(ch = regex.charAt(1))))
                && (ch < Character.MIN_HIGH_SURROGATE || ch > Character.MAX_LOW_SURROGATE)) {
            return splitOnChar(ch, limit);
        }
        return java.util.regex.Pattern.compile(regex).split(this, limit);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private String[] splitOnChar(char ch, int limit) {
        char[] v = value;
        boolean limited = limit > 0;
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        int off = 0;
        int next;
        while ((next = indexOf(ch, off)) != -1) {
            if (!limited || list.size() < limit - 1) {
                list.add(new String(v, off, next - off));
                off = next + 1;
            } else {
                list.add(new String(v, off, v.length - off));
                off = v.length;
                break;
            }
        }
        if (off == 0) {
            return new String[] {this};
        }
        if (!limited || list.size() < limit) {
            list.add(new String(v, off, v.length - off));
        }
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        String[] result = new String[resultSize];
        for (int i = 0; i < resultSize; i++) {
            result[i] = list.get(i);
        }
        return result;
    }

    /** Joins the elements with {@code delimiter} (null elements print as "null"). */
    public static String join(CharSequence delimiter, CharSequence... elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    /** Joins the elements with {@code delimiter} (null elements print as "null"). */
    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Iterator<? extends CharSequence> it = elements.iterator(); it.hasNext(); ) {
            if (!first) {
                sb.append(delimiter);
            }
            sb.append(it.next());
            first = false;
        }
        return sb.toString();
    }

    /** Lowercases with the language-neutral rules (U+0130 -> "i\u0307", final sigma). */
    public String toLowerCase() {
        return StringCase.toLowerCase(this, value);
    }

    /** Uppercases with the full SpecialCasing mappings (U+00DF -> "SS"). */
    public String toUpperCase() {
        return StringCase.toUpperCase(this, value);
    }

    /** Upper case; Turkish and Azeri map i to dotted capital I, other locales as toUpperCase(). */
    public String toUpperCase(java.util.Locale locale) {
        if (locale == null) {
            throw new NullPointerException();
        }
        String lang = locale.getLanguage();
        if ((lang.equals("tr") || lang.equals("az")) && indexOf('i') >= 0) {
            return replace('i', '\u0130').toUpperCase();
        }
        return toUpperCase();
    }

    /** Lower case; Turkish and Azeri map I to dotless i, other locales as toLowerCase(). */
    public String toLowerCase(java.util.Locale locale) {
        if (locale == null) {
            throw new NullPointerException();
        }
        String lang = locale.getLanguage();
        if ((lang.equals("tr") || lang.equals("az")) && (indexOf('I') >= 0 || indexOf('\u0130') >= 0)) {
            return replace('I', '\u0131').replace('\u0130', 'i').toLowerCase();
        }
        return toLowerCase();
    }

    /** Removes leading and trailing chars {@code <= ' '}. */
    public String trim() {
        char[] v = value;
        int begin = 0;
        int end = v.length;
        while (begin < end && v[begin] <= ' ') {
            begin++;
        }
        while (begin < end && v[end - 1] <= ' ') {
            end--;
        }
        return substring(begin, end);
    }

    /** Removes leading and trailing Character.isWhitespace code points. */
    public String strip() {
        int begin = leadingWhitespace();
        if (begin == value.length) {
            return "";
        }
        return substring(begin, value.length - trailingWhitespace());
    }

    public String stripLeading() {
        return substring(leadingWhitespace());
    }

    public String stripTrailing() {
        return substring(0, value.length - trailingWhitespace());
    }

    /** True when empty or only whitespace. */
    public boolean isBlank() {
        return leadingWhitespace() == value.length;
    }

    private int leadingWhitespace() {
        char[] v = value;
        int i = 0;
        while (i < v.length) {
            int cp = Character.codePointAtImpl(v, i, v.length);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int trailingWhitespace() {
        char[] v = value;
        int i = v.length;
        while (i > 0) {
            int cp = Character.codePointBeforeImpl(v, i, 0);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return v.length - i;
    }

    /** This string {@code count} times. */
    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int len = value.length;
        if (len == 0 || count == 0) {
            return "";
        }
        if (Integer.MAX_VALUE / count < len) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] v = new char[len * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, v, i * len, len);
        }
        return new String(v, true);
    }

    /** Applies {@code f} to this string. */
    public <R> R transform(Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    @Override
    public String toString() {
        return this;
    }

    public char[] toCharArray() {
        return value.clone();
    }

    // ---- format ----

    /** printf-style formatting for the default locale (java.util.Formatter). */
    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    /** printf-style formatting for {@code l} (null: no localization). */
    public static String format(java.util.Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(format, args).toString();
    }

    /** {@code String.format(this, args)}. */
    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    // ---- valueOf ----

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    /** Float.toString (a VM native, so the digits match HotSpot). */
    public static String valueOf(float f) {
        return Float.toString(f);
    }

    /** Double.toString (a VM native, so the digits match HotSpot). */
    public static String valueOf(double d) {
        return Double.toString(d);
    }

    /** VM: the canonical instance from the VM's string table. */
    public native String intern();

    // ---- streams ----

    /** The chars as ints (SIZED). */
    @Override public IntStream chars() {
        return StreamSupport.intStream(new StringStreams.Chars(this, 0, value.length, Spliterator.IMMUTABLE), false);
    }

    /** The code points; SIZED only for a string whose chars are all below U+0100. */
    @Override public IntStream codePoints() {
        for (char c : value) {
            if (c > 0xFF) {
                return StreamSupport.intStream(new StringStreams.CodePoints(this, Spliterator.IMMUTABLE), false);
            }
        }
        return chars();
    }

    /** The lines, split at \n, \r and \r\n (no empty line after a final terminator). */
    public Stream<String> lines() {
        return StreamSupport.stream(new StringStreams.Lines(this), false);
    }
}
