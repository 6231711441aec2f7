package java.io;

import java.util.Objects;

/**
 * Writes bytes to a file descriptor (only the standard output and error for now). VM-known:
 * {@code fd} and the native writeBytes, which hands the bytes to the host at once.
 */
public class FileOutputStream extends OutputStream {
    private FileDescriptor fd;
    private volatile boolean closed;

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed || !fd.valid()) {
            throw new IOException("Stream Closed");
        }
        if (len > 0) {
            writeBytes(b, off, len);
        }
    }

    /** VM: writes {@code b[off, off + len)} to this descriptor. */
    private native void writeBytes(byte[] b, int off, int len) throws IOException;

    /** Marks the stream closed; the standard streams' descriptors stay open in the VM. */
    @Override
    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
