package java.io;

import jdk.internal.io.HostFiles;

/**
 * Reads bytes from a file or the standard input. VM-known: {@code fd}, and the natives
 * readBytes and available0 (standard input only); files go through jdk.internal.io.HostFiles.
 * No buffering: each read reaches the host, as in the JDK.
 */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        if (name == null) {
            throw new NullPointerException();
        }
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        this.path = name;
        this.fd = FileDescriptor.ofSlot(HostFiles.openForStream(name, HostFiles.READ));
    }

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
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
        checkBounds(b, off, len);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        if (fd.isFile()) {
            return HostFiles.read0(fd.slot(), b, off, len);
        }
        return readBytes(b, off, len);
    }

    @Override
    public byte[] readAllBytes() throws IOException {
        ensureOpen();
        if (!fd.isFile()) {
            return super.readAllBytes();
        }
        // One read of the remaining length (a large read parks only this thread), then the usual
        // loop in case the file grew.
        long remaining = HostFiles.size0(fd.slot()) - HostFiles.position0(fd.slot());
        if (remaining <= 0 || remaining > Integer.MAX_VALUE - 8) {
            return super.readAllBytes();
        }
        byte[] buf = new byte[(int) remaining];
        int n = 0;
        while (n < buf.length) {
            int r = HostFiles.read0(fd.slot(), buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        byte[] rest = super.readAllBytes();
        if (n == buf.length && rest.length == 0) {
            return buf;
        }
        byte[] all = new byte[n + rest.length];
        System.arraycopy(buf, 0, all, 0, n);
        System.arraycopy(rest, 0, all, n, rest.length);
        return all;
    }

    /** VM: reads up to {@code len} bytes (parking the thread while none are ready); -1 at EOF. */
    private native int readBytes(byte[] b, int off, int len) throws IOException;

    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        if (!fd.isFile()) {
            return super.skip(n);
        }
        long pos = HostFiles.position0(fd.slot());
        long target = pos + n;
        if (target < 0) {
            throw new IOException("Invalid argument");
        }
        HostFiles.seek0(fd.slot(), target);
        return n;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        if (fd.isFile()) {
            return HostFiles.available0(fd.slot());
        }
        return available0();
    }

    /** VM: bytes readable without blocking. */
    private native int available0() throws IOException;

    private void ensureOpen() throws IOException {
        if (closed || !fd.valid()) {
            throw new IOException("Stream Closed");
        }
    }

    /** Closes the file; the standard streams' descriptors stay open in the VM. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        fd.closeFile();
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    /** The channel over this file (sharing its position); one per stream, as in the JDK. */
    private java.nio.channels.FileChannel channel;

    /** A channel over this file (sharing its position). */
    public java.nio.channels.FileChannel getChannel() {
        synchronized (this) {
            if (channel == null) {
                channel = new jdk.internal.io.FileChannelImpl(this, fd.slot(), path, true, false, false);
            }
            return channel;
        }
    }

    /** Bounds check with the JDK natives' plain IndexOutOfBoundsException (no message). */
    private static void checkBounds(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
    }
}
