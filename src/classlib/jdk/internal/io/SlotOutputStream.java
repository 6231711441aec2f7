package jdk.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** Files.newOutputStream's stream: writes a slot of the open-file table (no buffering). */
public final class SlotOutputStream extends OutputStream {
    private final int slot;
    private volatile boolean closed;

    public SlotOutputStream(int slot) {
        this.slot = slot;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new java.nio.channels.ClosedChannelException();
        }
        if (len > 0) {
            HostFiles.write0(slot, b, off, len);
        }
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
