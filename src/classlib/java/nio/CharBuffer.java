package java.nio;

import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A char buffer: over a char array (allocate, wrap(char[])) or, read-only, over any
 * CharSequence (wrap(CharSequence)). As a CharSequence it is the text between position and
 * limit. Heap buffers only, in the platform's native order, like the JDK's heap char buffers.
 * One concrete class, HeapCharBuffer, serves every kind.
 */
public abstract class CharBuffer extends Buffer implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    /** The backing array, or null for a buffer over a CharSequence. */
    final char[] hb;
    /** The backing sequence when hb is null. */
    final CharSequence str;
    final int offset;

    CharBuffer(int mark, int pos, int lim, int cap, char[] hb, CharSequence str, int offset) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.str = str;
        this.offset = offset;
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new HeapCharBuffer(-1, 0, capacity, capacity, new char[capacity], null, 0, false);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new IndexOutOfBoundsException();
        }
        return new HeapCharBuffer(-1, offset, offset + length, array.length, array, null, 0, false);
    }

    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    /** A read-only buffer over {@code csq[start, end)} (capacity csq.length()). */
    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        int n = csq.length();
        if (start < 0 || start > n || end < start || end > n) {
            throw new IndexOutOfBoundsException();
        }
        return new HeapCharBuffer(-1, start, end, n, null, csq, 0, true);
    }

    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    /** A buffer of the same kind over the same storage. */
    abstract CharBuffer make(int mark, int pos, int lim, int cap, int off, boolean readOnly);

    final int ix(int i) {
        return i + offset;
    }

    final char at(int i) {
        return hb != null ? hb[i + offset] : str.charAt(i + offset);
    }

    final void checkWritable() {
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
    }

    /** Reads this buffer's remaining chars into {@code target} (Readable). */
    @Override
    public int read(CharBuffer target) throws java.io.IOException {
        int limit = limit();
        int pos = position();
        int remaining = limit - pos;
        int targetRemaining = target.remaining();
        if (remaining <= 0) {
            return -1;
        }
        if (targetRemaining <= 0) {
            return 0;
        }
        int n = Math.min(remaining, targetRemaining);
        if (targetRemaining < remaining) {
            limit(pos + n);
        }
        try {
            target.put(this);
        } finally {
            limit(limit);
        }
        return n;
    }

    @Override
    public CharBuffer slice() {
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        return make(-1, 0, rem, rem, pos + offset, isReadOnly());
    }

    @Override
    public CharBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return make(-1, 0, length, length, index + offset, isReadOnly());
    }

    @Override
    public CharBuffer duplicate() {
        return make(markValue(), position(), limit(), capacity(), offset, isReadOnly());
    }

    public CharBuffer asReadOnlyBuffer() {
        return make(markValue(), position(), limit(), capacity(), offset, true);
    }

    public char get() {
        return at(nextGetIndex(1));
    }

    public char get(int index) {
        return at(checkIndex(index, 1));
    }

    public CharBuffer put(char c) {
        checkWritable();
        hb[ix(nextPutIndex(1))] = c;
        return this;
    }

    public CharBuffer put(int index, char c) {
        checkWritable();
        hb[ix(checkIndex(index, 1))] = c;
        return this;
    }

    public CharBuffer get(char[] dst, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        for (int i = 0; i < length; i++) {
            dst[offset + i] = at(pos + i);
        }
        position(pos + length);
        return this;
    }

    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    public CharBuffer get(int index, char[] dst, int offset, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(offset, length, dst.length);
        for (int i = 0; i < length; i++) {
            dst[offset + i] = at(index + i);
        }
        return this;
    }

    public CharBuffer get(int index, char[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public CharBuffer put(CharBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        checkWritable();
        int n = src.remaining();
        int pos = position();
        if (n > limit() - pos) {
            throw new BufferOverflowException();
        }
        int spos = src.position();
        for (int i = 0; i < n; i++) {
            hb[ix(pos + i)] = src.at(spos + i);
        }
        src.position(spos + n);
        position(pos + n);
        return this;
    }

    public CharBuffer put(int index, CharBuffer src, int offset, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(offset, length, src.limit());
        checkWritable();
        for (int i = 0; i < length; i++) {
            hb[ix(index + i)] = src.at(offset + i);
        }
        return this;
    }

    public CharBuffer put(char[] src, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, src.length);
        checkWritable();
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferOverflowException();
        }
        System.arraycopy(src, offset, hb, ix(pos), length);
        position(pos + length);
        return this;
    }

    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    public CharBuffer put(int index, char[] src, int offset, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(offset, length, src.length);
        checkWritable();
        System.arraycopy(src, offset, hb, ix(index), length);
        return this;
    }

    public CharBuffer put(int index, char[] src) {
        return put(index, src, 0, src.length);
    }

    /** Puts {@code src[start, end)}. */
    public CharBuffer put(String src, int start, int end) {
        Objects.checkFromIndexSize(start, end - start, src.length());
        checkWritable();
        int length = end - start;
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferOverflowException();
        }
        src.getChars(start, end, hb, ix(pos));
        position(pos + length);
        return this;
    }

    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    @Override
    public final boolean hasArray() {
        return hb != null && !isReadOnly();
    }

    @Override
    public final char[] array() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        return offset;
    }

    @Override
    public CharBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public CharBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public CharBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public CharBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public CharBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public CharBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public CharBuffer rewind() {
        super.rewind();
        return this;
    }

    public CharBuffer compact() {
        checkWritable();
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        System.arraycopy(hb, ix(pos), hb, ix(0), rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public boolean isDirect() {
        return false;
    }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + (int) get(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof CharBuffer)) {
            return false;
        }
        CharBuffer that = (CharBuffer) ob;
        int thisRem = this.limit() - this.position();
        int thatRem = that.limit() - that.position();
        if (thisRem < 0 || thisRem != thatRem) {
            return false;
        }
        return mismatch(that) < 0;
    }

    @Override
    public int compareTo(CharBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(this.remaining(), that.remaining())) {
            return Character.compare(this.get(this.position() + i), that.get(that.position() + i));
        }
        return this.remaining() - that.remaining();
    }

    public int mismatch(CharBuffer that) {
        int thisPos = this.position();
        int thatPos = that.position();
        int thisRem = this.limit() - thisPos;
        int thatRem = that.limit() - thatPos;
        int length = Math.min(thisRem, thatRem);
        if (length < 0) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            if (this.get(thisPos + i) != that.get(thatPos + i)) {
                return i;
            }
        }
        return (thisRem == thatRem) ? -1 : length;
    }

    /** The remaining characters. */
    @Override
    public String toString() {
        int pos = position();
        int lim = limit();
        if (hb != null) {
            return new String(hb, ix(pos), Math.max(0, lim - pos));
        }
        return str.subSequence(ix(pos), ix(Math.max(pos, lim))).toString();
    }

    @Override
    public final int length() {
        return remaining();
    }

    @Override
    public final boolean isEmpty() {
        return remaining() == 0;
    }

    @Override
    public final char charAt(int index) {
        return get(position() + checkIndex(index, 1));
    }

    /** The chars {@code [start, end)} relative to the position, sharing this buffer's storage. */
    @Override
    public CharBuffer subSequence(int start, int end) {
        int pos = position();
        Objects.checkFromToIndex(start, end, limit() - pos);
        return make(-1, pos + start, pos + end, capacity(), offset, isReadOnly());
    }

    @Override
    public CharBuffer append(CharSequence csq) {
        if (csq == null) {
            return put("null");
        }
        return put(csq.toString());
    }

    @Override
    public CharBuffer append(CharSequence csq, int start, int end) {
        CharSequence cs = (csq == null ? "null" : csq);
        return put(cs.subSequence(start, end).toString());
    }

    @Override
    public CharBuffer append(char c) {
        return put(c);
    }

    public final ByteOrder order() {
        return ByteOrder.nativeOrder();
    }

    @Override
    public IntStream chars() {
        return toString().chars();
    }
}
