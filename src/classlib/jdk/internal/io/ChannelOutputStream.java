package jdk.internal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;

/**
 * The streams of Channels.newOutputStream (over a WritableByteChannel or an
 * AsynchronousByteChannel): writes become a buffer over the caller's array, which the subclass
 * writes out whole; close closes the channel.
 */
public abstract class ChannelOutputStream extends OutputStream {
    private final Channel ch;
    private final ArrayWindow window = new ArrayWindow();
    private byte[] b1;

    protected ChannelOutputStream(Channel ch) {
        this.ch = ch;
    }

    /** Writes all remaining bytes of bb to the channel. */
    protected abstract void writeFully(ByteBuffer bb) throws IOException;

    @Override
    public synchronized void write(int b) throws IOException {
        if (b1 == null) {
            b1 = new byte[1];
        }
        b1[0] = (byte) b;
        write(b1);
    }

    @Override
    public synchronized void write(byte[] bs, int off, int len) throws IOException {
        // The JDK's own check: an IndexOutOfBoundsException without a message.
        if (off < 0 || off > bs.length || len < 0 || off + len > bs.length || off + len < 0) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return;
        }
        writeFully(window.over(bs, off, len));
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
