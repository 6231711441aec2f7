package jdk.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** Files.newInputStream's stream: reads a slot of the open-file table. */
public final class SlotInputStream extends InputStream {
    private final int slot;
    private volatile boolean closed;

    public SlotInputStream(int slot) {
        this.slot = slot;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new java.nio.channels.ClosedChannelException();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : (one[0] & 0xff);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        return HostFiles.read0(slot, b, off, len);
    }

    @Override
    public byte[] readAllBytes() throws IOException {
        ensureOpen();
        long remaining = HostFiles.size0(slot) - HostFiles.position0(slot);
        if (remaining <= 0 || remaining > Integer.MAX_VALUE - 8) {
            return super.readAllBytes();
        }
        byte[] buf = new byte[(int) remaining];
        int n = 0;
        while (n < buf.length) {
            int r = HostFiles.read0(slot, buf, n, buf.length - n);
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

    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        if (n <= 0) {
            return 0;
        }
        long pos = HostFiles.position0(slot);
        long size = HostFiles.size0(slot);
        long target = Math.min(size, pos + n);
        if (target < pos) {
            return 0;
        }
        HostFiles.seek0(slot, target);
        return target - pos;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return HostFiles.available0(slot);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        HostFiles.close0(slot);
    }
}
