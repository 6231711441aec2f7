package java.io;

import jdk.internal.io.HostFiles;

/**
 * Writes bytes to a file or the standard output and error. VM-known: {@code fd} and the native
 * writeBytes (standard streams, handed to the host at once); files go through
 * jdk.internal.io.HostFiles. No buffering: every write reaches the host, so nothing is lost when
 * a program exits without closing.
 */
public class FileOutputStream extends OutputStream {
    private FileDescriptor fd;
    private final String path;
    private final boolean append;
    private volatile boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        if (name == null) {
            throw new NullPointerException();
        }
        if (file.isInvalid()) {
            throw new FileNotFoundException("Invalid file path");
        }
        int flags = HostFiles.WRITE | HostFiles.CREATE | (append ? HostFiles.APPEND : HostFiles.TRUNCATE);
        this.fd = FileDescriptor.ofSlot(HostFiles.openForStream(name, flags));
        this.path = name;
        this.append = append;
    }

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
        this.append = false;
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
        checkBounds(b, off, len);
        if (closed || !fd.valid()) {
            throw new IOException("Stream Closed");
        }
        if (len > 0) {
            if (fd.isFile()) {
                HostFiles.write0(fd.slot(), b, off, len);
            } else {
                writeBytes(b, off, len);
            }
        }
    }

    /** VM: writes {@code b[off, off + len)} to this descriptor. */
    private native void writeBytes(byte[] b, int off, int len) throws IOException;

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
                channel = new jdk.internal.io.FileChannelImpl(this, fd.slot(), path, false, true, append);
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
