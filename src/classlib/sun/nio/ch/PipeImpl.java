package sun.nio.ch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;

/**
 * A Pipe over a loopback TCP connection (as the JDK does on Windows): the sink is the connecting
 * end, the source the accepted one; the private listener is closed once they are connected.
 */
final class PipeImpl extends Pipe {
    private final Source source;
    private final Sink sink;

    PipeImpl(SelectorProvider provider) throws IOException {
        SocketChannel writer;
        SocketChannel reader;
        try (ServerSocketChannel listener = provider.openServerSocketChannel()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            writer = provider.openSocketChannel();
            try {
                writer.connect(listener.getLocalAddress());
                reader = listener.accept();
            } catch (IOException e) {
                writer.close();
                throw e;
            }
        }
        source = new Source(provider, (SocketChannelImpl) reader);
        sink = new Sink(provider, (SocketChannelImpl) writer);
    }

    @Override
    public SourceChannel source() {
        return source;
    }

    @Override
    public SinkChannel sink() {
        return sink;
    }

    /**
     * One end of the pipe (Source and Sink extend different JDK classes): its loopback socket,
     * reached only while the end is open, and what a selector polls.
     */
    private interface End extends SelChImpl {
        /** The socket this end forwards to. */
        SocketChannelImpl loopback();

        boolean isOpen();

        /** The socket, for an I/O operation on this end: ClosedChannelException once it is closed. */
        default SocketChannelImpl openLoopback() throws ClosedChannelException {
            if (!isOpen()) {
                throw new ClosedChannelException();
            }
            return loopback();
        }

        @Override
        default int selectFd() {
            return isOpen() ? loopback().selectFd() : 0;
        }
    }

    private static final class Source extends Pipe.SourceChannel implements End {
        private final SocketChannelImpl ch;

        Source(SelectorProvider provider, SocketChannelImpl ch) {
            super(provider);
            this.ch = ch;
        }

        @Override
        public SocketChannelImpl loopback() {
            return ch;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return openLoopback().read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return openLoopback().read(dsts, offset, length);
        }

        @Override
        public long read(ByteBuffer[] dsts) throws IOException {
            return read(dsts, 0, dsts.length);
        }

        @Override
        public int selectOps(int interest) {
            return interest & SelectionKey.OP_READ;
        }

        @Override
        protected void implCloseSelectableChannel() throws IOException {
            ch.close();
        }

        @Override
        protected void implConfigureBlocking(boolean block) throws IOException {
            ch.configureBlocking(block);
        }
    }

    private static final class Sink extends Pipe.SinkChannel implements End {
        private final SocketChannelImpl ch;

        Sink(SelectorProvider provider, SocketChannelImpl ch) {
            super(provider);
            this.ch = ch;
        }

        @Override
        public SocketChannelImpl loopback() {
            return ch;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return openLoopback().write(src);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return openLoopback().write(srcs, offset, length);
        }

        @Override
        public long write(ByteBuffer[] srcs) throws IOException {
            return write(srcs, 0, srcs.length);
        }

        @Override
        public int selectOps(int interest) {
            return interest & SelectionKey.OP_WRITE;
        }

        @Override
        protected void implCloseSelectableChannel() throws IOException {
            ch.close();
        }

        @Override
        protected void implConfigureBlocking(boolean block) throws IOException {
            ch.configureBlocking(block);
        }
    }
}
