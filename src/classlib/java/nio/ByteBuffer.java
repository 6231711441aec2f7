package java.nio;

import java.util.Objects;

/**
 * A byte buffer over a Java array (Tern has only heap buffers; allocateDirect gives one that
 * reports itself direct and has no accessible array, like the JDK's). Multi-byte values follow
 * {@link #order()}, big-endian by default. Concrete classes: HeapByteBuffer, HeapByteBufferR
 * (read-only) and DirectByteBuffer, whose names toString prints like the JDK.
 */
public abstract class ByteBuffer extends Buffer implements Comparable<ByteBuffer> {
    final byte[] hb;
    final int offset;
    boolean bigEndian = true;

    ByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
    }

    public static ByteBuffer allocateDirect(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new DirectByteBuffer(-1, 0, capacity, capacity, new byte[capacity], 0);
    }

    public static ByteBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new HeapByteBuffer(-1, 0, capacity, capacity, new byte[capacity], 0);
    }

    public static ByteBuffer wrap(byte[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new IndexOutOfBoundsException();
        }
        return new HeapByteBuffer(-1, offset, offset + length, array.length, array, 0);
    }

    public static ByteBuffer wrap(byte[] array) {
        return wrap(array, 0, array.length);
    }

    /** A buffer of the same kind sharing this one's array. */
    abstract ByteBuffer make(int mark, int pos, int lim, int cap, int off);

    private ByteBuffer withOrder(ByteBuffer b) {
        b.bigEndian = true;
        return b;
    }

    @Override
    public ByteBuffer slice() {
        int pos = position();
        int lim = limit();
        int rem = (pos <= lim ? lim - pos : 0);
        return withOrder(make(-1, 0, rem, rem, pos + offset));
    }

    @Override
    public ByteBuffer slice(int index, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        return withOrder(make(-1, 0, length, length, index + offset));
    }

    @Override
    public ByteBuffer duplicate() {
        return withOrder(make(markValue(), position(), limit(), capacity(), offset));
    }

    public ByteBuffer asReadOnlyBuffer() {
        HeapByteBufferR b = new HeapByteBufferR(markValue(), position(), limit(), capacity(), hb, offset);
        return b;
    }

    final int ix(int i) {
        return i + offset;
    }

    void checkWritable() {
    }

    public byte get() {
        return hb[ix(nextGetIndex(1))];
    }

    public byte get(int index) {
        return hb[ix(checkIndex(index, 1))];
    }

    public ByteBuffer put(byte b) {
        checkWritable();
        hb[ix(nextPutIndex(1))] = b;
        return this;
    }

    public ByteBuffer put(int index, byte b) {
        checkWritable();
        hb[ix(checkIndex(index, 1))] = b;
        return this;
    }

    public ByteBuffer get(byte[] dst, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        System.arraycopy(hb, ix(pos), dst, offset, length);
        position(pos + length);
        return this;
    }

    public ByteBuffer get(byte[] dst) {
        return get(dst, 0, dst.length);
    }

    public ByteBuffer get(int index, byte[] dst, int offset, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(offset, length, dst.length);
        System.arraycopy(hb, ix(index), dst, offset, length);
        return this;
    }

    public ByteBuffer get(int index, byte[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public ByteBuffer put(ByteBuffer src) {
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
        System.arraycopy(src.hb, src.ix(spos), hb, ix(pos), n);
        src.position(spos + n);
        position(pos + n);
        return this;
    }

    public ByteBuffer put(int index, ByteBuffer src, int offset, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(offset, length, src.limit());
        checkWritable();
        System.arraycopy(src.hb, src.ix(offset), hb, ix(index), length);
        return this;
    }

    public ByteBuffer put(byte[] src, int offset, int length) {
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

    public final ByteBuffer put(byte[] src) {
        return put(src, 0, src.length);
    }

    public ByteBuffer put(int index, byte[] src, int offset, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(offset, length, src.length);
        checkWritable();
        System.arraycopy(src, offset, hb, ix(index), length);
        return this;
    }

    public ByteBuffer put(int index, byte[] src) {
        return put(index, src, 0, src.length);
    }

    @Override
    public final boolean hasArray() {
        return !isReadOnly() && !isDirect();
    }

    @Override
    public final byte[] array() {
        if (isDirect()) {
            throw new UnsupportedOperationException();
        }
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (isDirect()) {
            throw new UnsupportedOperationException();
        }
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        return offset;
    }

    @Override
    public ByteBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public ByteBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public ByteBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public ByteBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public ByteBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public ByteBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public ByteBuffer rewind() {
        super.rewind();
        return this;
    }

    public ByteBuffer compact() {
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
    public String toString() {
        return getClass().getName() + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + get(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof ByteBuffer)) {
            return false;
        }
        ByteBuffer that = (ByteBuffer) ob;
        int thisRem = this.limit() - this.position();
        int thatRem = that.limit() - that.position();
        if (thisRem < 0 || thisRem != thatRem) {
            return false;
        }
        return mismatch(that) < 0;
    }

    @Override
    public int compareTo(ByteBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(this.remaining(), that.remaining())) {
            return Byte.compare(this.get(this.position() + i), that.get(that.position() + i));
        }
        return this.remaining() - that.remaining();
    }

    public int mismatch(ByteBuffer that) {
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

    public final ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public final ByteBuffer order(ByteOrder bo) {
        bigEndian = (bo == ByteOrder.BIG_ENDIAN);
        return this;
    }

    public final int alignmentOffset(int index, int unitSize) {
        if (index < 0) {
            throw new IllegalArgumentException("Index less than zero: " + index);
        }
        if (unitSize < 1 || (unitSize & (unitSize - 1)) != 0) {
            throw new IllegalArgumentException("Unit size not a power of two: " + unitSize);
        }
        return index & (unitSize - 1);
    }

    // ---- multi-byte values ----

    private long load(int at, int n) {
        long v = 0;
        if (bigEndian) {
            for (int i = 0; i < n; i++) {
                v = (v << 8) | (hb[at + i] & 0xff);
            }
        } else {
            for (int i = n - 1; i >= 0; i--) {
                v = (v << 8) | (hb[at + i] & 0xff);
            }
        }
        return v;
    }

    private void store(int at, int n, long v) {
        checkWritable();
        if (bigEndian) {
            for (int i = n - 1; i >= 0; i--) {
                hb[at + i] = (byte) v;
                v >>>= 8;
            }
        } else {
            for (int i = 0; i < n; i++) {
                hb[at + i] = (byte) v;
                v >>>= 8;
            }
        }
    }

    private int getAt(int n) {
        return ix(nextGetIndex(n));
    }

    private int putAt(int n) {
        checkWritable();
        return ix(nextPutIndex(n));
    }

    public char getChar() {
        return (char) load(getAt(2), 2);
    }

    public ByteBuffer putChar(char value) {
        store(putAt(2), 2, value);
        return this;
    }

    public char getChar(int index) {
        return (char) load(ix(checkIndex(index, 2)), 2);
    }

    public ByteBuffer putChar(int index, char value) {
        checkWritable();
        store(ix(checkIndex(index, 2)), 2, value);
        return this;
    }

    public short getShort() {
        return (short) load(getAt(2), 2);
    }

    public ByteBuffer putShort(short value) {
        store(putAt(2), 2, value);
        return this;
    }

    public short getShort(int index) {
        return (short) load(ix(checkIndex(index, 2)), 2);
    }

    public ByteBuffer putShort(int index, short value) {
        checkWritable();
        store(ix(checkIndex(index, 2)), 2, value);
        return this;
    }

    public int getInt() {
        return (int) load(getAt(4), 4);
    }

    public ByteBuffer putInt(int value) {
        store(putAt(4), 4, value);
        return this;
    }

    public int getInt(int index) {
        return (int) load(ix(checkIndex(index, 4)), 4);
    }

    public ByteBuffer putInt(int index, int value) {
        checkWritable();
        store(ix(checkIndex(index, 4)), 4, value);
        return this;
    }

    public long getLong() {
        return load(getAt(8), 8);
    }

    public ByteBuffer putLong(long value) {
        store(putAt(8), 8, value);
        return this;
    }

    public long getLong(int index) {
        return load(ix(checkIndex(index, 8)), 8);
    }

    public ByteBuffer putLong(int index, long value) {
        checkWritable();
        store(ix(checkIndex(index, 8)), 8, value);
        return this;
    }

    public float getFloat() {
        return Float.intBitsToFloat(getInt());
    }

    public ByteBuffer putFloat(float value) {
        return putInt(Float.floatToRawIntBits(value));
    }

    public float getFloat(int index) {
        return Float.intBitsToFloat(getInt(index));
    }

    public ByteBuffer putFloat(int index, float value) {
        return putInt(index, Float.floatToRawIntBits(value));
    }

    public double getDouble() {
        return Double.longBitsToDouble(getLong());
    }

    public ByteBuffer putDouble(double value) {
        return putLong(Double.doubleToRawLongBits(value));
    }

    public double getDouble(int index) {
        return Double.longBitsToDouble(getLong(index));
    }

    public ByteBuffer putDouble(int index, double value) {
        return putLong(index, Double.doubleToRawLongBits(value));
    }
}
