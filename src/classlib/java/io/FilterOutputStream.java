package java.io;

import java.util.Objects;

/**
 * An output stream that forwards to another one. As in the JDK, write(byte[], int, int) goes
 * through write(int), so subclasses overriding only write(int) see every byte.
 */
public class FilterOutputStream extends OutputStream {
    /** The underlying stream. */
    protected OutputStream out;
    private boolean closed;

    public FilterOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes, then closes the underlying stream; only the first call does anything. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Throwable flushFailure = null;
        try {
            flush();
        } catch (Throwable e) {
            flushFailure = e;
            throw e;
        } finally {
            if (flushFailure == null) {
                out.close();
            } else {
                try {
                    out.close();
                } catch (Throwable closeFailure) {
                    if (flushFailure != closeFailure) {
                        flushFailure.addSuppressed(closeFailure);
                    }
                }
            }
        }
    }
}
