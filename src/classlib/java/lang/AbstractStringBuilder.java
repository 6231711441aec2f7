package java.lang;

/**
 * The mutable char buffer shared by StringBuilder and StringBuffer. Growth, bounds checks and
 * their exception types and messages follow JDK 17 exactly (new capacity = max(needed,
 * 2 * old + 2); StringIndexOutOfBoundsException vs IndexOutOfBoundsException per method).
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    /** The chars; only {@code [0, count)} are meaningful. */
    char[] value;
    /** The number of chars used. */
    int count;

    private static final char[] EMPTY = new char[0];

    AbstractStringBuilder() {
        value = EMPTY;
    }

    AbstractStringBuilder(int capacity) {
        value = new char[capacity];
    }

    /** Capacity {@code s.length() + 16}, then appends {@code s}. */
    AbstractStringBuilder(String s) {
        value = new char[s.length() + 16];
        append(s);
    }

    /** Capacity {@code s.length() + 16}, then appends {@code s}. */
    AbstractStringBuilder(CharSequence s) {
        value = new char[s.length() + 16];
        append(s);
    }

    // ---- bounds checks with JDK 17's exception types and messages ----

    /** StringIndexOutOfBoundsException {@code index 5, length 3}. */
    static void checkIndex(int index, int length) {
        String.checkIndex(index, length);
    }

    /** StringIndexOutOfBoundsException {@code offset 4, length 3}. */
    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    /** StringIndexOutOfBoundsException {@code start 2, end 1, length 3}. */
    static void checkRangeSIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end
                    + ", length " + length);
        }
    }

    /** IndexOutOfBoundsException {@code start 2, end 1, length 3}. */
    static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length "
                    + length);
        }
    }

    // ---- size and capacity ----

    @Override
    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0) {
            ensureCapacityInternal(minimumCapacity);
        }
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        int old = value.length;
        if (minimumCapacity - old > 0) {
            int grown = old + Math.max(minimumCapacity - old, old + 2);
            if (grown < 0 || grown > Integer.MAX_VALUE - 8) {
                if (minimumCapacity < 0 || minimumCapacity > Integer.MAX_VALUE - 8) {
                    throw new OutOfMemoryError("Required length exceeds implementation limit");
                }
                grown = Integer.MAX_VALUE - 8;
            }
            char[] bigger = new char[grown];
            System.arraycopy(value, 0, bigger, 0, count);
            value = bigger;
        }
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] smaller = new char[count];
            System.arraycopy(value, 0, smaller, 0, count);
            value = smaller;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacityInternal(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = '\0';
        }
        count = newLength;
    }

    // ---- reading ----

    @Override
    public char charAt(int index) {
        checkIndex(index, count);
        return value[index];
    }

    public int codePointAt(int index) {
        checkIndex(index, count);
        return Character.codePointAtImpl(value, index, count);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= count) {
            throw new StringIndexOutOfBoundsException(index);
        }
        return Character.codePointBeforeImpl(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCountImpl(value, beginIndex, endIndex - beginIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePointsImpl(value, 0, count, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        checkRange(dstBegin, dstBegin + n, dst.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, n);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index, count);
        value[index] = ch;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str, fromIndex);
    }

    public String substring(int start) {
        return substring(start, count);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        return new String(value, start, end - start);
    }

    @Override
    public abstract String toString();

    // ---- appending ----

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        int len = str.length();
        ensureCapacityInternal(count + len);
        str.getChars(0, len, value, count);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return appendBuilder(sb);
    }

    /** Appends another builder's chars (StringBuffer callers hold its lock). */
    AbstractStringBuilder appendBuilder(AbstractStringBuilder asb) {
        if (asb == null) {
            return appendNull();
        }
        int len = asb.length();
        ensureCapacityInternal(count + len);
        System.arraycopy(asb.value, 0, value, count, len);
        count += len;
        return this;
    }

    @Override
    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof AbstractStringBuilder) {
            return appendBuilder((AbstractStringBuilder) s);
        }
        return append(s, 0, s.length());
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacityInternal(count + 4);
        value[count++] = 'n';
        value[count++] = 'u';
        value[count++] = 'l';
        value[count++] = 'l';
        return this;
    }

    @Override
    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkRange(start, end, s.length());
        int len = end - start;
        ensureCapacityInternal(count + len);
        if (s instanceof String) {
            ((String) s).getChars(start, end, value, count);
        } else {
            for (int i = start; i < end; i++) {
                value[count + i - start] = s.charAt(i);
            }
        }
        count += len;
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        int len = str.length;
        ensureCapacityInternal(count + len);
        System.arraycopy(str, 0, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRange(offset, end, str.length);
        ensureCapacityInternal(count + len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    @Override
    public AbstractStringBuilder append(char c) {
        ensureCapacityInternal(count + 1);
        value[count++] = c;
        return this;
    }

    public AbstractStringBuilder append(int i) {
        int len = Integer.stringSize(i);
        ensureCapacityInternal(count + len);
        Integer.getChars(i, count + len, value);
        count += len;
        return this;
    }

    public AbstractStringBuilder append(long l) {
        int len = Long.stringSize(l);
        ensureCapacityInternal(count + len);
        Long.getChars(l, count + len, value);
        count += len;
        return this;
    }

    /** Float.toString (a VM native, so the digits match HotSpot). */
    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    /** Double.toString (a VM native, so the digits match HotSpot). */
    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw Character.invalidCodePoint(codePoint);
        }
        ensureCapacityInternal(count + 2);
        count += Character.toChars(codePoint, value, count);
        return this;
    }

    // ---- editing ----

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        checkRangeSIOOBE(start, end, count);
        int len = end - start;
        if (len > 0) {
            System.arraycopy(value, start + len, value, start, count - end);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        checkIndex(index, count);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) {
            end = count;
        }
        checkRangeSIOOBE(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        ensureCapacityInternal(newCount);
        System.arraycopy(value, end, value, start + len, count - end);
        str.getChars(0, len, value, start);
        count = newCount;
        return this;
    }

    /** Opens a gap of {@code len} chars at {@code offset} (already bounds-checked). */
    private void openGap(int offset, int len) {
        ensureCapacityInternal(count + len);
        System.arraycopy(value, offset, value, offset + len, count - offset);
        count += len;
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index, count);
        checkRangeSIOOBE(offset, offset + len, str.length);
        openGap(index, len);
        System.arraycopy(str, offset, value, index, len);
        return this;
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset, count);
        if (str == null) {
            str = "null";
        }
        int len = str.length();
        openGap(offset, len);
        str.getChars(0, len, value, offset);
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        checkOffset(offset, count);
        int len = str.length;
        openGap(offset, len);
        System.arraycopy(str, 0, value, offset, len);
        return this;
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) {
            s = "null";
        }
        if (s instanceof String) {
            return insert(dstOffset, (String) s);
        }
        return insert(dstOffset, s, 0, s.length());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkOffset(dstOffset, count);
        checkRange(start, end, s.length());
        int len = end - start;
        openGap(dstOffset, len);
        for (int i = start; i < end; i++) {
            value[dstOffset++] = s.charAt(i);
        }
        return this;
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, char c) {
        checkOffset(offset, count);
        openGap(offset, 1);
        value[offset] = c;
        return this;
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    /** Reverses the chars, keeping each surrogate pair in order. */
    public AbstractStringBuilder reverse() {
        char[] v = value;
        int n = count;
        boolean surrogates = false;
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char a = v[i];
            char b = v[j];
            v[i] = b;
            v[j] = a;
            surrogates |= Character.isSurrogate(a) || Character.isSurrogate(b);
        }
        if (surrogates) {
            // Pairs were reversed into (low, high); swap them back.
            for (int i = 0; i < n - 1; i++) {
                if (Character.isLowSurrogate(v[i]) && Character.isHighSurrogate(v[i + 1])) {
                    char low = v[i];
                    v[i] = v[i + 1];
                    v[i + 1] = low;
                    i++;
                }
            }
        }
        return this;
    }

    /** Lexicographic comparison, for the builders' compareTo. */
    int compareTo(AbstractStringBuilder another) {
        if (this == another) {
            return 0;
        }
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            char a = value[i];
            char b = another.value[i];
            if (a != b) {
                return a - b;
            }
        }
        return count - another.count;
    }
}
