package sun.nio.ch;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.nio.channels.AcceptPendingException;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.CompletionHandler;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * AsynchronousServerSocketChannel over a blocking ServerSocketChannel: an accept waits on a thread
 * of AsyncGroup.IO (a listener entry of the socket table, as checkpoint images capture), and the
 * accepted connection becomes an asynchronous channel of the same group.
 */
final class UnixAsynchronousServerSocketChannelImpl extends AsynchronousServerSocketChannel
        implements PendingFuture.Canceller {
    private final AsyncChannelCore<ServerSocketChannel> core;
    private final ServerSocketChannel ch;
    private final Object stateLock;
    private boolean accepting;
    private boolean acceptKilled;

    UnixAsynchronousServerSocketChannelImpl(AsyncGroup group) throws IOException {
        super(LinuxAsynchronousChannelProvider.get());
        core = new AsyncChannelCore<>(group, this, ServerSocketChannel.open());
        ch = core.ch;
        stateLock = core.stateLock;
    }

    @Override
    public void cancelled(PendingFuture<?> f, boolean mayInterruptIfRunning) {
        synchronized (stateLock) {
            acceptKilled = true;
        }
        if (mayInterruptIfRunning) {
            try {
                close();
            } catch (IOException ignored) {
                // closing a listener does not fail
            }
        }
    }

    @Override
    public <A> void accept(A attachment, CompletionHandler<AsynchronousSocketChannel, ? super A> handler) {
        Objects.requireNonNull(handler, "'handler' is null");
        accept(attachment, handler, true);
    }

    @Override
    public Future<AsynchronousSocketChannel> accept() {
        return accept(null, null, false);
    }

    private <A> Future<AsynchronousSocketChannel> accept(A att,
            CompletionHandler<AsynchronousSocketChannel, ? super A> handler, boolean withHandler) {
        if (!isOpen()) {
            return core.immediate(null, new ClosedChannelException(), att, handler);
        }
        SocketAddress local;
        try {
            local = ch.getLocalAddress();
        } catch (IOException e) {
            local = null;
        }
        if (local == null) {
            throw new NotYetBoundException();
        }
        synchronized (stateLock) {
            if (acceptKilled) {
                throw new RuntimeException("Accept not allowed due cancellation");
            }
            if (accepting) {
                throw new AcceptPendingException();
            }
            accepting = true;
        }
        PendingFuture<AsynchronousSocketChannel> f = withHandler ? null : new PendingFuture<>(this);
        return core.start(() -> {
            SocketChannel sc = ch.accept();
            try {
                return new UnixAsynchronousSocketChannelImpl(core.group, sc);
            } catch (Throwable t) {
                sc.close();
                throw t;
            }
        }, exc -> {
            synchronized (stateLock) {
                accepting = false;
            }
        }, f, att, handler);
    }

    @Override
    public AsynchronousServerSocketChannel bind(SocketAddress local, int backlog) throws IOException {
        ch.bind(local, backlog);
        return this;
    }

    @Override
    public <T> AsynchronousServerSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        ch.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return ch.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return ch.supportedOptions();
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        return ch.getLocalAddress();
    }

    @Override
    public boolean isOpen() {
        return core.isOpen();
    }

    @Override
    public void close() throws IOException {
        core.close();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getName()).append('[');
        if (!isOpen()) {
            sb.append("closed");
        } else {
            try {
                SocketAddress local = ch.getLocalAddress();
                sb.append(local == null ? "unbound" : local.toString());
            } catch (IOException e) {
                sb.append("closed");
            }
        }
        return sb.append(']').toString();
    }
}
