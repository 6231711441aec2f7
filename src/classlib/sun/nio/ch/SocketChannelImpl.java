package sun.nio.ch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.nio.channels.spi.SelectorProvider;
import java.util.Objects;
import java.util.Set;

/**
 * A blocking SocketChannel over a java.net.Socket (its socket() adaptor): reads and writes park
 * only the calling thread, as the socket's streams do. A close by another thread wakes a blocked
 * reader with AsynchronousCloseException.
 */
final class SocketChannelImpl extends SocketChannel {
    private final Socket socket;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private volatile boolean connected;
    private volatile boolean inputShut;
    private volatile boolean outputShut;
    private InputStream in;
    private OutputStream out;

    /** A new unconnected channel, or one for a socket a server channel accepted. */
    SocketChannelImpl(SelectorProvider provider, Socket accepted) throws IOException {
        super(provider);
        if (accepted != null) {
            socket = accepted;
            connected = true;
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } else {
            socket = new Socket();
        }
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    private void ensureConnected() throws ClosedChannelException {
        ensureOpen();
        if (!connected) {
            throw new NotYetConnectedException();
        }
    }

    @Override
    public Socket socket() {
        return socket;
    }

    @Override
    public SocketChannel bind(SocketAddress local) throws IOException {
        ensureOpen();
        throw new UnsupportedOperationException("binding a client channel is not supported by Tern yet");
    }

    @Override
    public <T> SocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        SocketOptions.check(SocketOptions.CLIENT, name, value);
        ensureOpen();
        SocketOptions.set(socket, name, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        SocketOptions.check(SocketOptions.CLIENT, name, null);
        ensureOpen();
        return (T) SocketOptions.get(socket, name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return SocketOptions.CLIENT;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public boolean isConnectionPending() {
        return false;
    }

    @Override
    public boolean connect(SocketAddress remote) throws IOException {
        Objects.requireNonNull(remote);
        if (!(remote instanceof InetSocketAddress)) {
            throw new UnsupportedAddressTypeException();
        }
        InetSocketAddress isa = (InetSocketAddress) remote;
        if (isa.isUnresolved()) {
            throw new UnresolvedAddressException();
        }
        synchronized (readLock) {
            synchronized (writeLock) {
                ensureOpen();
                if (connected) {
                    throw new AlreadyConnectedException();
                }
                InetAddress target = isa.getAddress();
                if (target.isAnyLocalAddress()) {
                    target = InetAddress.getLoopbackAddress(); // as the JDK connects to a wildcard address
                }
                try {
                    socket.connect(new InetSocketAddress(target, isa.getPort()));
                } catch (IOException e) {
                    close();
                    throw e;
                }
                in = socket.getInputStream();
                out = socket.getOutputStream();
                connected = true;
                return true;
            }
        }
    }

    @Override
    public boolean finishConnect() throws IOException {
        ensureOpen();
        if (connected) {
            return true;
        }
        throw new NoConnectionPendingException();
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        ensureOpen();
        return connected ? SocketOptions.plain(socket.getRemoteSocketAddress()) : null;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        ensureOpen();
        return connected ? SocketOptions.plain(socket.getLocalSocketAddress()) : null;
    }

    @Override
    public SocketChannel shutdownInput() throws IOException {
        ensureConnected();
        if (!inputShut) {
            socket.shutdownInput();
            inputShut = true;
        }
        return this;
    }

    @Override
    public SocketChannel shutdownOutput() throws IOException {
        ensureConnected();
        if (!outputShut) {
            socket.shutdownOutput();
            outputShut = true;
        }
        return this;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        Objects.requireNonNull(dst);
        synchronized (readLock) {
            ensureConnected();
            if (inputShut) {
                return -1;
            }
            int rem = dst.remaining();
            if (rem == 0) {
                return 0;
            }
            try {
                int n;
                if (dst.hasArray()) {
                    n = in.read(dst.array(), dst.arrayOffset() + dst.position(), rem);
                    if (n > 0) {
                        dst.position(dst.position() + n);
                    }
                } else {
                    byte[] tmp = new byte[Math.min(rem, 65536)];
                    n = in.read(tmp, 0, tmp.length);
                    if (n > 0) {
                        dst.put(tmp, 0, n);
                    }
                }
                return n;
            } catch (SocketException e) {
                if (!isOpen()) {
                    throw new AsynchronousCloseException();
                }
                throw e;
            }
        }
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        synchronized (readLock) {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                if (!dsts[i].hasRemaining()) {
                    continue;
                }
                int n = read(dsts[i]);
                if (n < 0) {
                    return total == 0 ? -1 : total;
                }
                total += n;
                if (dsts[i].hasRemaining() || in.available() == 0) {
                    break; // a blocking read returns what one receive gave
                }
            }
            return total;
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        Objects.requireNonNull(src);
        synchronized (writeLock) {
            ensureConnected();
            if (outputShut) {
                throw new AsynchronousCloseException(); // what HotSpot 17 throws here
            }
            int rem = src.remaining();
            try {
                if (src.hasArray()) {
                    out.write(src.array(), src.arrayOffset() + src.position(), rem);
                    src.position(src.position() + rem);
                } else {
                    byte[] tmp = new byte[rem];
                    src.get(tmp);
                    out.write(tmp, 0, rem);
                }
                return rem;
            } catch (SocketException e) {
                if (!isOpen()) {
                    throw new AsynchronousCloseException();
                }
                throw e;
            }
        }
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        synchronized (writeLock) {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += write(srcs[i]);
            }
            return total;
        }
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        socket.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) {
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(getClass().getSuperclass().getName()).append('[');
        if (!isOpen()) {
            sb.append("closed");
        } else {
            if (connected) {
                sb.append("connected");
                if (inputShut) {
                    sb.append(" ishut");
                }
                if (outputShut) {
                    sb.append(" oshut");
                }
                sb.append(" local=").append(SocketOptions.plain(socket.getLocalSocketAddress()));
                sb.append(" remote=").append(SocketOptions.plain(socket.getRemoteSocketAddress()));
            } else {
                sb.append("unconnected");
            }
        }
        return sb.append(']').toString();
    }
}
