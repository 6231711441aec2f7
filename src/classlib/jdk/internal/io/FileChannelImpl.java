package jdk.internal.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/** The FileChannel of Tern: a slot of the VM's open-file table, read and written through HostFiles. */
public final class FileChannelImpl extends FileChannel {
    private final Closeable parent;
    private final int slot;
    private final String path;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;

    public FileChannelImpl(Closeable parent, int slot, String path, boolean readable, boolean writable, boolean append) {
        this.parent = parent;
        this.slot = slot;
        this.path = path;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    /** HostFiles flags for a set of StandardOpenOptions (the JDK's rules and messages). */
    public static int flagsOf(Set<? extends OpenOption> options, boolean defaultRead) {
        int flags = 0;
        for (OpenOption o : options) {
            if (o == null) {
                throw new NullPointerException();
            }
            if (o == StandardOpenOption.READ) {
                flags |= HostFiles.READ;
            } else if (o == StandardOpenOption.WRITE) {
                flags |= HostFiles.WRITE;
            } else if (o == StandardOpenOption.APPEND) {
                flags |= HostFiles.APPEND;
            } else if (o == StandardOpenOption.CREATE) {
                flags |= HostFiles.CREATE;
            } else if (o == StandardOpenOption.CREATE_NEW) {
                flags |= HostFiles.CREATE_NEW;
            } else if (o == StandardOpenOption.TRUNCATE_EXISTING) {
                flags |= HostFiles.TRUNCATE;
            } else if (!(o instanceof StandardOpenOption) && !(o instanceof java.nio.file.LinkOption)) {
                throw new UnsupportedOperationException(o + " not supported");
            }
        }
        if ((flags & HostFiles.APPEND) != 0) {
            if ((flags & HostFiles.READ) != 0) {
                throw new IllegalArgumentException("READ + APPEND not allowed");
            }
            if ((flags & HostFiles.TRUNCATE) != 0) {
                throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
            }
            flags |= HostFiles.WRITE;
        }
        if ((flags & HostFiles.WRITE) == 0) {
            if (defaultRead) {
                flags |= HostFiles.READ;
            }
            // Creating and truncating need write access; the JDK ignores them otherwise.
            flags &= ~(HostFiles.CREATE | HostFiles.CREATE_NEW | HostFiles.TRUNCATE);
        }
        return flags;
    }

    public static FileChannel open(Path path, Set<? extends OpenOption> options) throws IOException {
        int flags = flagsOf(options, true);
        String p = path.toString();
        int slot = HostFiles.openForNio(p, flags);
        return new FileChannelImpl(null, slot, p, (flags & HostFiles.READ) != 0,
                (flags & HostFiles.WRITE) != 0, (flags & HostFiles.APPEND) != 0);
    }

    private void ensureOpen() throws IOException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (!readable) {
            throw new NonReadableChannelException();
        }
        int n = dst.remaining();
        if (n == 0) {
            return 0;
        }
        if (dst.hasArray()) {
            int r = HostFiles.read0(slot, dst.array(), dst.arrayOffset() + dst.position(), n);
            if (r > 0) {
                dst.position(dst.position() + r);
            }
            return r;
        }
        byte[] tmp = new byte[n];
        int r = HostFiles.read0(slot, tmp, 0, n);
        if (r > 0) {
            dst.put(tmp, 0, r);
        }
        return r;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, dsts.length);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            if (!dsts[i].hasRemaining()) {
                continue;
            }
            int r = read(dsts[i]);
            if (r < 0) {
                return total == 0 ? -1 : total;
            }
            total += r;
            if (dsts[i].hasRemaining()) {
                break;
            }
        }
        return total;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ensureOpen();
        if (!writable) {
            throw new NonWritableChannelException();
        }
        int n = src.remaining();
        if (n == 0) {
            return 0;
        }
        if (src.hasArray()) {
            HostFiles.write0(slot, src.array(), src.arrayOffset() + src.position(), n);
            src.position(src.position() + n);
        } else {
            byte[] tmp = new byte[n];
            src.get(tmp);
            HostFiles.write0(slot, tmp, 0, n);
        }
        return n;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, srcs.length);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            total += write(srcs[i]);
        }
        return total;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return append ? HostFiles.size0(slot) : HostFiles.position0(slot);
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException();
        }
        HostFiles.seek0(slot, newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return HostFiles.size0(slot);
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        ensureOpen();
        if (size < 0) {
            throw new IllegalArgumentException("Negative size");
        }
        if (!writable) {
            throw new NonWritableChannelException();
        }
        long pos = HostFiles.position0(slot);
        if (size < HostFiles.size0(slot)) {
            HostFiles.setLength0(slot, size);
        }
        if (pos > size) {
            HostFiles.seek0(slot, size);
        }
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        ensureOpen();
        HostFiles.sync0(slot);
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        ensureOpen();
        if (!readable) {
            throw new NonReadableChannelException();
        }
        long size = size();
        if (position > size) {
            return 0;
        }
        long n = Math.min(count, size - position);
        long done = 0;
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, 8192));
        while (done < n) {
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), n - done));
            int r = read(buf, position + done);
            if (r <= 0) {
                break;
            }
            buf.flip();
            while (buf.hasRemaining()) {
                target.write(buf);
            }
            done += r;
        }
        return done;
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        ensureOpen();
        if (!writable) {
            throw new NonWritableChannelException();
        }
        if (position > size()) {
            return 0;
        }
        long done = 0;
        ByteBuffer buf = ByteBuffer.allocate((int) Math.max(1, Math.min(count, 8192)));
        while (done < count) {
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), count - done));
            int r = src.read(buf);
            if (r <= 0) {
                break;
            }
            buf.flip();
            write(buf, position + done);
            done += r;
        }
        return done;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("Negative position");
        }
        ensureOpen();
        long saved = HostFiles.position0(slot);
        try {
            HostFiles.seek0(slot, position);
            return read(dst);
        } finally {
            HostFiles.seek0(slot, saved);
        }
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("Negative position");
        }
        ensureOpen();
        long saved = HostFiles.position0(slot);
        try {
            HostFiles.seek0(slot, position);
            return write(src);
        } finally {
            HostFiles.seek0(slot, saved);
        }
    }

    @Override
    protected void implCloseChannel() throws IOException {
        if (parent != null) {
            parent.close();
        } else {
            HostFiles.close0(slot);
        }
    }
}
