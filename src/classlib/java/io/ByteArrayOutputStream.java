package java.io;

import java.nio.charset.Charset;
import java.util.Objects;

/** Collects written bytes in a growing array. Closing has no effect. */
public class ByteArrayOutputStream extends OutputStream {
    /** The bytes written so far (capacity may be larger). */
    protected byte[] buf;
    /** Number of valid bytes. */
    protected int count;

    public ByteArrayOutputStream() {
        this(32);
    }

    public ByteArrayOutputStream(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("Negative initial size: " + size);
        }
        buf = new byte[size];
    }

    private void ensureCapacity(int minCapacity) {
        int old = buf.length;
        if (minCapacity - old > 0) {
            long grown = Math.max((long) minCapacity, 2L * old);
            if (minCapacity < 0 || grown > Integer.MAX_VALUE - 8) {
                if (minCapacity < 0 || minCapacity > Integer.MAX_VALUE - 8) {
                    throw new OutOfMemoryError("Required array length too large");
                }
                grown = Integer.MAX_VALUE - 8;
            }
            byte[] bigger = new byte[(int) grown];
            System.arraycopy(buf, 0, bigger, 0, count);
            buf = bigger;
        }
    }

    @Override
    public synchronized void write(int b) {
        ensureCapacity(count + 1);
        buf[count++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureCapacity(count + len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    /** Writes all of {@code b}. */
    public void writeBytes(byte[] b) {
        write(b, 0, b.length);
    }

    /** Writes the collected bytes to {@code out}. */
    public synchronized void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, count);
    }

    /** Discards the collected bytes (keeping the capacity). */
    public synchronized void reset() {
        count = 0;
    }

    public synchronized byte[] toByteArray() {
        byte[] copy = new byte[count];
        System.arraycopy(buf, 0, copy, 0, count);
        return copy;
    }

    public synchronized int size() {
        return count;
    }

    /** The bytes decoded with the default charset. */
    @Override
    public synchronized String toString() {
        return new String(buf, 0, count);
    }

    public synchronized String toString(String charsetName) throws UnsupportedEncodingException {
        return new String(buf, 0, count, charsetName);
    }

    public synchronized String toString(Charset charset) {
        return new String(buf, 0, count, charset);
    }

    @Override
    public void close() throws IOException {
    }
}
