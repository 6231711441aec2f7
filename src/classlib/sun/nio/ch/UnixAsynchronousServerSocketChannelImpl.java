package sun.nio.ch;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.nio.channels.AcceptPendingException;
import java.nio.channels.AsynchronousCloseException;
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
    private final AsyncGroup group;
    private final ServerSocketChannel ch;
    private final Object stateLock = new Object();
    private boolean accepting;
    private boolean acceptKilled;
    private volatile boolean closed;

    UnixAsynchronousServerSocketChannelImpl(AsyncGroup group) throws IOException {
        super(LinuxAsynchronousChannelProvider.get());
        this.group = group;
        ServerSocketChannel c = ServerSocketChannel.open();
        try {
            group.register(this);
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        this.ch = c;
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
            Throwable exc = new ClosedChannelException();
            if (!withHandler) {
                return PendingFuture.completed(null, exc);
            }
            group.dispatch(() -> handler.failed(exc, att));
            return null;
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
        AsyncGroup.startIo(() -> {
            AsynchronousSocketChannel r = null;
            Throwable x = null;
            try {
                SocketChannel sc = ch.accept();
                try {
                    r = new UnixAsynchronousSocketChannelImpl(group, sc);
                } catch (Throwable t) {
                    sc.close();
                    throw t;
                }
            } catch (Throwable t) {
                x = t;
            }
            if (x instanceof IOException && closed && !(x instanceof AsynchronousCloseException)) {
                x = new AsynchronousCloseException(); // closed before or while the wait began
            }
            synchronized (stateLock) {
                accepting = false;
            }
            if (f != null) {
                if (!f.complete(r, x) && r != null) {
                    try {
                        r.close(); // cancelled meanwhile: nobody will take the connection
                    } catch (IOException ignored) {
                        // nothing more to do
                    }
                }
            } else {
                AsynchronousSocketChannel result = r;
                Throwable exc = x;
                group.dispatch(() -> UnixAsynchronousSocketChannelImpl.invoke(handler, att, result, exc));
            }
        });
        return f;
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
        return !closed;
    }

    @Override
    public void close() throws IOException {
        synchronized (stateLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            ch.close();
        } finally {
            group.unregister(this);
        }
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
