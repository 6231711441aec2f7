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
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.SelectionKey;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.Objects;
import java.util.Set;
import jdk.internal.access.JavaNetAccess;
import jdk.internal.access.SharedSecrets;

/**
 * A SocketChannel over a java.net.Socket (its socket() adaptor). In blocking mode reads and writes
 * park only the calling thread, as the socket's streams do, and a close by another thread wakes a
 * blocked reader with AsynchronousCloseException. In non-blocking mode they go to NioIo on the
 * socket's descriptor and return at once (0 when nothing could be done); a non-blocking connect
 * owns a descriptor of its own until finishConnect hands it to the socket.
 */
final class SocketChannelImpl extends SocketChannel implements SelChImpl {
    private static final JavaNetAccess ACCESS = SharedSecrets.getJavaNetAccess();
    private final Socket socket;
    /** The descriptor of a non-blocking connect in progress, 0 when none is. */
    private volatile int pendingFd;
    private InetSocketAddress pendingRemote;
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
        ACCESS.setChannel(socket, this);
    }

    @Override
    public Socket socket() {
        return socket;
    }

    @Override
    public SocketChannel bind(SocketAddress local) throws IOException {
        NetChannels.ensureOpen(this);
        throw new UnsupportedOperationException("binding a client channel is not supported by Tern yet");
    }

    @Override
    public <T> SocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        SocketOptions.set(this, socket, name, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return (T) SocketOptions.get(this, socket, name);
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
        return pendingFd != 0;
    }

    @Override
    public int selectFd() {
        if (!isOpen()) {
            return 0;
        }
        return pendingFd != 0 ? pendingFd : connected ? ACCESS.fd(socket) : 0;
    }

    @Override
    public int selectOps(int interest) {
        if (pendingFd != 0) {
            return interest & SelectionKey.OP_CONNECT;
        }
        return connected ? interest & (SelectionKey.OP_READ | SelectionKey.OP_WRITE) : 0;
    }

    @Override
    public boolean connect(SocketAddress remote) throws IOException {
        InetSocketAddress isa = NetChannels.checkAddress(remote);
        synchronized (readLock) {
            synchronized (writeLock) {
                NetChannels.ensureOpen(this);
                if (connected) {
                    throw new AlreadyConnectedException();
                }
                if (pendingFd != 0) {
                    throw new ConnectionPendingException();
                }
                InetAddress target = isa.getAddress();
                if (target.isAnyLocalAddress()) {
                    target = InetAddress.getLoopbackAddress(); // as the JDK connects to a wildcard address
                }
                if (!isBlocking()) {
                    // Returns false even when the platform could connect at once (the JDK may say
                    // true on loopback); programs must call finishConnect either way.
                    pendingRemote = new InetSocketAddress(target, isa.getPort());
                    pendingFd = NioIo.connectStart0(target.getHostAddress(), isa.getPort());
                    return false;
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
        synchronized (readLock) {
            synchronized (writeLock) {
                NetChannels.ensureOpen(this);
                if (connected) {
                    return true;
                }
                int fd = pendingFd;
                if (fd == 0) {
                    throw new NoConnectionPendingException();
                }
                int done;
                try {
                    done = NioIo.finishConnect0(fd);
                    if (done == 0 && isBlocking()) {
                        int[] ready = new int[1];
                        while (done == 0) {
                            NioIo.poll0(new int[] {fd}, new int[] {SelectionKey.OP_CONNECT}, ready, 1, new int[1], 0, -1);
                            done = NioIo.finishConnect0(fd);
                        }
                    }
                } catch (IOException e) {
                    pendingFd = 0;
                    close();
                    throw e;
                }
                if (done == 0) {
                    return false;
                }
                pendingFd = 0;
                ACCESS.connected(socket, fd, pendingRemote.getAddress(), pendingRemote.getPort());
                in = socket.getInputStream();
                out = socket.getOutputStream();
                connected = true;
                return true;
            }
        }
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        NetChannels.ensureOpen(this);
        return connected ? SocketOptions.plain(socket.getRemoteSocketAddress()) : null;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        NetChannels.ensureOpen(this);
        return connected ? SocketOptions.plain(socket.getLocalSocketAddress()) : null;
    }

    @Override
    public SocketChannel shutdownInput() throws IOException {
        NetChannels.ensureConnected(this, connected);
        if (!inputShut) {
            socket.shutdownInput();
            inputShut = true;
        }
        return this;
    }

    @Override
    public SocketChannel shutdownOutput() throws IOException {
        NetChannels.ensureConnected(this, connected);
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
            NetChannels.ensureConnected(this, connected);
            if (inputShut) {
                return -1;
            }
            int rem = dst.remaining();
            if (rem == 0) {
                return 0;
            }
            if (!isBlocking()) {
                byte[] b;
                int off;
                if (dst.hasArray()) {
                    b = dst.array();
                    off = dst.arrayOffset() + dst.position();
                } else {
                    b = new byte[Math.min(rem, 65536)];
                    off = 0;
                    rem = b.length;
                }
                int n = NioIo.readNow0(ACCESS.fd(socket), b, off, rem);
                if (n > 0) {
                    if (dst.hasArray()) {
                        dst.position(dst.position() + n);
                    } else {
                        dst.put(b, 0, n);
                    }
                }
                return n;
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
                throw NetChannels.closedOr(this, e);
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
                if (n == 0 || dsts[i].hasRemaining() || in.available() == 0) {
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
            NetChannels.ensureConnected(this, connected);
            if (outputShut) {
                throw new AsynchronousCloseException(); // what HotSpot 17 throws here
            }
            int rem = src.remaining();
            if (!isBlocking()) {
                if (rem == 0) {
                    return 0;
                }
                int n;
                if (src.hasArray()) {
                    n = NioIo.writeNow0(ACCESS.fd(socket), src.array(), src.arrayOffset() + src.position(), rem);
                    src.position(src.position() + n);
                } else {
                    byte[] tmp = new byte[rem];
                    int start = src.position();
                    src.get(tmp);
                    n = NioIo.writeNow0(ACCESS.fd(socket), tmp, 0, rem);
                    src.position(start + n);
                }
                return n;
            }
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
                throw NetChannels.closedOr(this, e);
            }
        }
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        synchronized (writeLock) {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                if (!srcs[i].hasRemaining()) {
                    continue;
                }
                int n = write(srcs[i]);
                total += n;
                if (srcs[i].hasRemaining()) {
                    break; // non-blocking: the platform took no more
                }
            }
            return total;
        }
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        int fd = pendingFd;
        if (fd != 0) {
            pendingFd = 0;
            NioIo.close0(fd);
        }
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
            } else if (pendingFd != 0) {
                sb.append("connection-pending remote=").append(pendingRemote);
            } else {
                sb.append("unconnected");
            }
        }
        return sb.append(']').toString();
    }
}
