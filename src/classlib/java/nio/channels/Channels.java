package java.nio.channels;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jdk.internal.io.ChannelOutputStream;

/**
 * Adapters between channels and streams (java.nio.channels.Channels). A stream over a selectable
 * channel works only while the channel is in blocking mode: a read or write on a non-blocking one
 * throws IllegalBlockingModeException, as in the JDK. Readers and writers are the java.io ones
 * over these streams; the CharsetDecoder/CharsetEncoder overloads are not provided (Tern has no
 * CharsetDecoder yet).
 */
public final class Channels {
    private Channels() {
    }

    public static InputStream newInputStream(ReadableByteChannel ch) {
        Objects.requireNonNull(ch, "ch");
        return new sun.nio.ch.ChannelInputStream(ch);
    }

    public static OutputStream newOutputStream(WritableByteChannel ch) {
        Objects.requireNonNull(ch, "ch");
        return new ChannelOutputStream(ch) {
            @Override
            protected void writeFully(ByteBuffer bb) throws IOException {
                Channels.writeFully(ch, bb);
            }
        };
    }

    /** Writes all of bb, refusing a non-blocking selectable channel. */
    private static void writeFully(WritableByteChannel ch, ByteBuffer bb) throws IOException {
        if (ch instanceof SelectableChannel) {
            SelectableChannel sc = (SelectableChannel) ch;
            synchronized (sc.blockingLock()) {
                if (!sc.isBlocking()) {
                    throw new IllegalBlockingModeException();
                }
                writeFullyImpl(ch, bb);
            }
        } else {
            writeFullyImpl(ch, bb);
        }
    }

    private static void writeFullyImpl(WritableByteChannel ch, ByteBuffer bb) throws IOException {
        while (bb.remaining() > 0) {
            int n = ch.write(bb);
            if (n <= 0) {
                throw new RuntimeException("no bytes written");
            }
        }
    }

    public static InputStream newInputStream(AsynchronousByteChannel ch) {
        Objects.requireNonNull(ch, "ch");
        return new InputStream() {
            private ByteBuffer bb;
            private byte[] bs;
            private byte[] b1;

            @Override
            public synchronized int read() throws IOException {
                if (b1 == null) {
                    b1 = new byte[1];
                }
                int n = read(b1);
                return n == 1 ? b1[0] & 0xff : -1;
            }

            @Override
            public synchronized int read(byte[] bs, int off, int len) throws IOException {
                // The JDK's own check: an IndexOutOfBoundsException without a message.
                if (off < 0 || off > bs.length || len < 0 || off + len > bs.length || off + len < 0) {
                    throw new IndexOutOfBoundsException();
                }
                if (len == 0) {
                    return 0;
                }
                // Position before limit, as the JDK: reading again into the same array at an
                // offset past the last read's end throws IllegalArgumentException there too.
                ByteBuffer buf = this.bs == bs ? this.bb : ByteBuffer.wrap(bs);
                buf.position(off);
                buf.limit(Math.min(off + len, buf.capacity()));
                this.bb = buf;
                this.bs = bs;
                return await(ch.read(buf));
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    public static OutputStream newOutputStream(AsynchronousByteChannel ch) {
        Objects.requireNonNull(ch, "ch");
        return new ChannelOutputStream(ch) {
            @Override
            protected void writeFully(ByteBuffer bb) throws IOException {
                while (bb.remaining() > 0) {
                    await(ch.write(bb));
                }
            }
        };
    }

    /** The result of an asynchronous operation, waited for without giving up on interrupts. */
    private static int await(Future<Integer> f) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof IOException) {
                        throw (IOException) c;
                    }
                    throw new IOException(c);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static ReadableByteChannel newChannel(InputStream in) {
        Objects.requireNonNull(in, "in");
        if (in.getClass() == FileInputStream.class) {
            return ((FileInputStream) in).getChannel();
        }
        return new ReadableByteChannelImpl(in);
    }

    public static WritableByteChannel newChannel(OutputStream out) {
        Objects.requireNonNull(out, "out");
        if (out.getClass() == FileOutputStream.class) {
            return ((FileOutputStream) out).getChannel();
        }
        return new WritableByteChannelImpl(out);
    }

    public static Reader newReader(ReadableByteChannel ch, String csName) {
        Objects.requireNonNull(csName, "csName");
        return newReader(ch, Charset.forName(csName));
    }

    public static Reader newReader(ReadableByteChannel ch, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(ch, "ch");
        return new InputStreamReader(newInputStream(ch), charset);
    }

    public static Writer newWriter(WritableByteChannel ch, String csName) {
        Objects.requireNonNull(csName, "csName");
        return newWriter(ch, Charset.forName(csName));
    }

    public static Writer newWriter(WritableByteChannel ch, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(ch, "ch");
        return new OutputStreamWriter(newOutputStream(ch), charset);
    }

    private static final int TRANSFER_SIZE = 8192;

    /** newChannel(InputStream): reads block at most once, then take what is available. */
    private static class ReadableByteChannelImpl extends AbstractInterruptibleChannel
            implements ReadableByteChannel {
        private final InputStream in;
        private byte[] buf = new byte[0];
        private final Object readLock = new Object();

        ReadableByteChannelImpl(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (!isOpen()) {
                throw new ClosedChannelException();
            }
            int len = dst.remaining();
            int totalRead = 0;
            int bytesRead = 0;
            synchronized (readLock) {
                while (totalRead < len) {
                    int bytesToRead = Math.min(len - totalRead, TRANSFER_SIZE);
                    if (buf.length < bytesToRead) {
                        buf = new byte[bytesToRead];
                    }
                    if (totalRead > 0 && !(in.available() > 0)) {
                        break; // block at most once
                    }
                    try {
                        begin();
                        bytesRead = in.read(buf, 0, bytesToRead);
                    } finally {
                        end(bytesRead > 0);
                    }
                    if (bytesRead < 0) {
                        break;
                    }
                    totalRead += bytesRead;
                    dst.put(buf, 0, bytesRead);
                }
                if (bytesRead < 0 && totalRead == 0) {
                    return -1;
                }
                return totalRead;
            }
        }

        @Override
        protected void implCloseChannel() throws IOException {
            in.close();
        }
    }

    /** newChannel(OutputStream): writes everything, in chunks. */
    private static class WritableByteChannelImpl extends AbstractInterruptibleChannel
            implements WritableByteChannel {
        private final OutputStream out;
        private byte[] buf = new byte[0];
        private final Object writeLock = new Object();

        WritableByteChannelImpl(OutputStream out) {
            this.out = out;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (!isOpen()) {
                throw new ClosedChannelException();
            }
            int len = src.remaining();
            int totalWritten = 0;
            synchronized (writeLock) {
                while (totalWritten < len) {
                    int bytesToWrite = Math.min(len - totalWritten, TRANSFER_SIZE);
                    if (buf.length < bytesToWrite) {
                        buf = new byte[bytesToWrite];
                    }
                    src.get(buf, 0, bytesToWrite);
                    try {
                        begin();
                        out.write(buf, 0, bytesToWrite);
                    } finally {
                        end(bytesToWrite > 0);
                    }
                    totalWritten += bytesToWrite;
                }
                return totalWritten;
            }
        }

        @Override
        protected void implCloseChannel() throws IOException {
            out.close();
        }
    }
}
