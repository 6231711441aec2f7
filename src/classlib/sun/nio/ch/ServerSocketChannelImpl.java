package sun.nio.ch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;
import jdk.internal.access.JavaNetAccess;
import jdk.internal.access.SharedSecrets;

/**
 * A ServerSocketChannel over a java.net.ServerSocket (its socket() adaptor). In blocking mode
 * accept() parks only the calling thread, and a close by another thread wakes it with
 * AsynchronousCloseException; in non-blocking mode it takes a pending connection or returns null.
 */
final class ServerSocketChannelImpl extends ServerSocketChannel implements SelChImpl {
    private static final JavaNetAccess ACCESS = SharedSecrets.getJavaNetAccess();
    private final ServerSocket socket = new ServerSocket();
    private final Object acceptLock = new Object();

    ServerSocketChannelImpl(SelectorProvider provider) throws IOException {
        super(provider);
        ACCESS.setChannel(socket, this);
    }

    @Override
    public ServerSocket socket() {
        return socket;
    }

    @Override
    public ServerSocketChannel bind(SocketAddress local, int backlog) throws IOException {
        synchronized (acceptLock) {
            NetChannels.ensureOpen(this);
            if (socket.isBound()) {
                throw new AlreadyBoundException();
            }
            InetSocketAddress isa = local == null ? new InetSocketAddress(0) : NetChannels.checkAddress(local);
            socket.bind(isa, backlog < 1 ? 50 : backlog);
            return this;
        }
    }

    @Override
    public <T> ServerSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
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
        return SocketOptions.SERVER;
    }

    @Override
    public SocketChannel accept() throws IOException {
        synchronized (acceptLock) {
            NetChannels.ensureOpenForIo(this);
            if (!socket.isBound()) {
                throw new NotYetBoundException();
            }
            Socket s;
            if (!isBlocking()) {
                int fd = NioIo.acceptNow0(ACCESS.fd(socket));
                if (fd == 0) {
                    return null;
                }
                return new SocketChannelImpl(provider(), ACCESS.accepted(fd));
            }
            try {
                s = socket.accept();
            } catch (SocketException e) {
                throw NetChannels.closedOr(this, e);
            }
            return new SocketChannelImpl(provider(), s);
        }
    }

    @Override
    public int selectFd() {
        return isOpen() ? ACCESS.fd(socket) : 0;
    }

    @Override
    public int selectOps(int interest) {
        return interest & SelectionKey.OP_ACCEPT;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        NetChannels.ensureOpen(this);
        return socket.isBound() ? SocketOptions.plain(socket.getLocalSocketAddress()) : null;
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
        sb.append(getClass().getName()).append('[');
        if (!isOpen()) {
            sb.append("closed");
        } else if (!socket.isBound()) {
            sb.append("unbound");
        } else {
            sb.append(SocketOptions.plain(socket.getLocalSocketAddress()));
        }
        return sb.append(']').toString();
    }
}
