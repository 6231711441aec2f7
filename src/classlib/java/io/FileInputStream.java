package java.io;

import java.util.Objects;

/**
 * Reads bytes from a file descriptor (only the standard input for now: Tern cannot open files
 * by name yet). VM-known: {@code fd}, and the natives readBytes and available0.
 */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private volatile boolean closed;

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return (n <= 0) ? -1 : (one[0] & 0xff);
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        return readBytes(b, off, len);
    }

    /** VM: reads up to {@code len} bytes (parking the thread while none are ready); -1 at EOF. */
    private native int readBytes(byte[] b, int off, int len) throws IOException;

    @Override
    public int available() throws IOException {
        ensureOpen();
        return available0();
    }

    /** VM: bytes readable without blocking. */
    private native int available0() throws IOException;

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
    }

    /** Marks the stream closed; the standard streams' descriptors stay open in the VM. */
    @Override
    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
