package sun.nio.ch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.SelectableChannel;
import java.util.Objects;
import jdk.internal.io.ArrayWindow;

/**
 * The stream of Channels.newInputStream: reads go to the channel (refused while a selectable
 * channel is non-blocking); available() is what is left of a seekable channel.
 */
public class ChannelInputStream extends InputStream {
    protected final ReadableByteChannel ch;
    private final ArrayWindow window = new ArrayWindow();
    private byte[] b1;

    public ChannelInputStream(ReadableByteChannel ch) {
        this.ch = ch;
    }

    /** Reads into bb, refusing a non-blocking selectable channel. */
    static int read(ReadableByteChannel ch, ByteBuffer bb) throws IOException {
        if (ch instanceof SelectableChannel) {
            SelectableChannel sc = (SelectableChannel) ch;
            synchronized (sc.blockingLock()) {
                if (!sc.isBlocking()) {
                    throw new IllegalBlockingModeException();
                }
                return ch.read(bb);
            }
        }
        return ch.read(bb);
    }

    @Override
    public synchronized int read() throws IOException {
        if (b1 == null) {
            b1 = new byte[1];
        }
        while (true) {
            int n = read(b1);
            if (n == 1) {
                return b1[0] & 0xff;
            }
            if (n == -1) {
                return -1;
            }
        }
    }

    @Override
    public synchronized int read(byte[] bs, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, bs.length);
        if (len == 0) {
            return 0;
        }
        return read(ch, window.over(bs, off, len));
    }

    @Override
    public int available() throws IOException {
        if (ch instanceof SeekableByteChannel) {
            SeekableByteChannel sbc = (SeekableByteChannel) ch;
            long rem = Math.max(0, sbc.size() - sbc.position());
            return rem > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) rem;
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
