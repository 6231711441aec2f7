package java.io;

import java.util.Objects;

/** The superclass of character input streams. Locking is on {@link #lock}. */
public abstract class Reader implements Readable, Closeable {
    private static final int TRANSFER_BUFFER_SIZE = 8192;
    private static final int MAX_SKIP_BUFFER_SIZE = 8192;

    /** The object that synchronizes operations on this reader. */
    protected Object lock;

    protected Reader() {
        this.lock = this;
    }

    protected Reader(Object lock) {
        if (lock == null) {
            throw new NullPointerException();
        }
        this.lock = lock;
    }

    /** A reader with no characters (closing makes reads fail). */
    public static Reader nullReader() {
        return new Reader() {
            private boolean closed;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, cbuf.length);
                if (closed) {
                    throw new IOException("Stream closed");
                }
                return (len == 0) ? 0 : -1;
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    /** The next char (0..65535), or -1 at end of stream. */
    public int read() throws IOException {
        char[] one = new char[1];
        return (read(one, 0, 1) == -1) ? -1 : one[0];
    }

    public int read(char[] cbuf) throws IOException {
        return read(cbuf, 0, cbuf.length);
    }

    /** Reads up to {@code len} chars; -1 at end of stream. */
    public abstract int read(char[] cbuf, int off, int len) throws IOException;

    /** Skips up to {@code n} chars by reading them. */
    public long skip(long n) throws IOException {
        if (n < 0L) {
            throw new IllegalArgumentException("skip value is negative");
        }
        int size = (int) Math.min(n, MAX_SKIP_BUFFER_SIZE);
        synchronized (lock) {
            char[] skipBuffer = new char[size];
            long remaining = n;
            while (remaining > 0) {
                int nc = read(skipBuffer, 0, (int) Math.min(remaining, size));
                if (nc == -1) {
                    break;
                }
                remaining -= nc;
            }
            return n - remaining;
        }
    }

    public boolean ready() throws IOException {
        return false;
    }

    public boolean markSupported() {
        return false;
    }

    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark() not supported");
    }

    public void reset() throws IOException {
        throw new IOException("reset() not supported");
    }

    public abstract void close() throws IOException;

    /**
     * Reads into the remaining space of {@code target}: straight into its array when it has one,
     * else through a temporary array. The count read, 0 when the target is full, or -1.
     */
    @Override
    public int read(java.nio.CharBuffer target) throws IOException {
        if (target.isReadOnly()) {
            throw new java.nio.ReadOnlyBufferException();
        }
        int pos = target.position();
        int rem = Math.max(target.limit() - pos, 0);
        int n;
        if (target.hasArray()) {
            n = read(target.array(), target.arrayOffset() + pos, rem);
            if (n > 0) {
                target.position(pos + n);
            }
        } else {
            char[] tmp = new char[rem];
            n = read(tmp, 0, rem);
            if (n > 0) {
                target.put(tmp, 0, n);
            }
        }
        return n;
    }

    /** Copies the rest of this reader to {@code out}; returns the char count. */
    public long transferTo(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        long transferred = 0;
        char[] buffer = new char[TRANSFER_BUFFER_SIZE];
        int nRead;
        while ((nRead = read(buffer, 0, TRANSFER_BUFFER_SIZE)) >= 0) {
            out.write(buffer, 0, nRead);
            transferred += nRead;
        }
        return transferred;
    }
}
