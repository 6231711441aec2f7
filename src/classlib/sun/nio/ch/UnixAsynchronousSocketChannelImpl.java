package sun.nio.ch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.CompletionHandler;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.ReadPendingException;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.nio.channels.WritePendingException;

/**
 * AsynchronousSocketChannel over a blocking SocketChannel (so over an ordinary entry of the socket
 * table, which checkpoint images capture like any socket). Each operation waits on a thread of
 * AsyncGroup.IO, parking only that green thread; its handler then runs on the group's pool. A close
 * wakes a pending read or write with AsynchronousCloseException. A read timeout is the socket's
 * SO_TIMEOUT for that read (then InterruptedByTimeoutException, and no further reads, as in the
 * JDK); write timeouts are not enforced (a write completes once the platform took the bytes).
 */
final class UnixAsynchronousSocketChannelImpl extends AsynchronousSocketChannel implements PendingFuture.Canceller {
    private final AsyncChannelCore<SocketChannel> core;
    private final SocketChannel ch;
    private final Object stateLock;
    private boolean connectPending;
    private boolean reading;
    private boolean writing;
    private boolean readKilled;
    private boolean writeKilled;
    private boolean readShutdown;
    private boolean writeShutdown;
    private PendingFuture<?> readFuture;
    private PendingFuture<?> writeFuture;

    UnixAsynchronousSocketChannelImpl(AsyncGroup group, SocketChannel accepted) throws IOException {
        super(LinuxAsynchronousChannelProvider.get());
        core = new AsyncChannelCore<>(group, this, accepted != null ? accepted : SocketChannel.open());
        ch = core.ch;
        stateLock = core.stateLock;
    }

    @Override
    public void cancelled(PendingFuture<?> f, boolean mayInterruptIfRunning) {
        synchronized (stateLock) {
            if (f == readFuture) {
                readKilled = true;
            } else if (f == writeFuture) {
                writeKilled = true;
            }
        }
        if (mayInterruptIfRunning) {
            try {
                close();
            } catch (IOException ignored) {
                // closing a socket channel does not fail
            }
        }
    }

    // ---- connect ----

    @Override
    public <A> void connect(SocketAddress remote, A attachment, CompletionHandler<Void, ? super A> handler) {
        Objects.requireNonNull(handler, "'handler' is null");
        connect(remote, attachment, handler, true);
    }

    @Override
    public Future<Void> connect(SocketAddress remote) {
        return connect(remote, null, null, false);
    }

    private <A> Future<Void> connect(SocketAddress remote, A att, CompletionHandler<Void, ? super A> handler,
            boolean withHandler) {
        if (!isOpen()) {
            return core.immediate(null, new ClosedChannelException(), att, handler);
        }
        InetSocketAddress isa = NetChannels.checkAddress(remote);
        synchronized (stateLock) {
            if (ch.isConnected()) {
                throw new AlreadyConnectedException();
            }
            if (connectPending) {
                throw new ConnectionPendingException();
            }
            connectPending = true;
        }
        PendingFuture<Void> f = withHandler ? null : new PendingFuture<>(this);
        return core.start(() -> {
            ch.connect(isa);
            return null;
        }, exc -> {
            synchronized (stateLock) {
                connectPending = false;
            }
            if (exc != null) {
                try {
                    close(); // as the JDK, a channel that could not connect is closed
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }, f, att, handler);
    }

    // ---- read ----

    @Override
    public <A> void read(ByteBuffer dst, long timeout, TimeUnit unit, A attachment,
            CompletionHandler<Integer, ? super A> handler) {
        Objects.requireNonNull(handler, "'handler' is null");
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        read(dst, null, 0, 0, timeout, unit, attachment, handler, true);
    }

    @Override
    public Future<Integer> read(ByteBuffer dst) {
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        return read(dst, null, 0, 0, 0L, TimeUnit.MILLISECONDS, null, null, false);
    }

    @Override
    public <A> void read(ByteBuffer[] dsts, int offset, int length, long timeout, TimeUnit unit, A attachment,
            CompletionHandler<Long, ? super A> handler) {
        Objects.requireNonNull(handler, "'handler' is null");
        Objects.checkFromIndexSize(offset, length, dsts.length);
        for (int i = offset; i < offset + length; i++) {
            if (dsts[i].isReadOnly()) {
                throw new IllegalArgumentException("Read-only buffer");
            }
        }
        read(null, dsts, offset, length, timeout, unit, attachment, handler, true);
    }

    @SuppressWarnings("unchecked")
    private <V extends Number, A> Future<V> read(ByteBuffer dst, ByteBuffer[] dsts, int offset, int length,
            long timeout, TimeUnit unit, A att, CompletionHandler<V, ? super A> handler, boolean withHandler) {
        boolean scattering = dsts != null;
        if (!isOpen()) {
            return core.immediate(null, new ClosedChannelException(), att, handler);
        }
        if (!ch.isConnected()) {
            throw new NotYetConnectedException();
        }
        boolean hasSpace = scattering || dst.hasRemaining();
        boolean shutdown = false;
        synchronized (stateLock) {
            if (readKilled) {
                throw new IllegalStateException("Reading not allowed due to timeout or cancellation");
            }
            if (reading) {
                throw new ReadPendingException();
            }
            if (readShutdown) {
                shutdown = true;
            } else if (hasSpace) {
                reading = true;
            }
        }
        if (shutdown || !hasSpace) {
            Number r = scattering ? (Number) Long.valueOf(shutdown ? -1L : 0L) : (Number) Integer.valueOf(shutdown ? -1 : 0);
            return core.immediate((V) r, null, att, handler);
        }
        long ms = timeout > 0 ? Math.max(1L, unit.toMillis(timeout)) : 0L;
        PendingFuture<V> f = withHandler ? null : new PendingFuture<>(this);
        synchronized (stateLock) {
            readFuture = f;
        }
        return core.start(() -> {
            ch.socket().setSoTimeout((int) Math.min(ms, Integer.MAX_VALUE));
            try {
                Number n = scattering ? (Number) Long.valueOf(ch.read(dsts, offset, length))
                        : (Number) Integer.valueOf(ch.read(dst));
                return (V) n;
            } catch (SocketTimeoutException e) {
                synchronized (stateLock) {
                    readKilled = true; // bytes may have been lost: the JDK refuses further reads
                }
                throw new InterruptedByTimeoutException();
            }
        }, exc -> {
            synchronized (stateLock) {
                reading = false;
                readFuture = null;
            }
        }, f, att, handler);
    }

    // ---- write ----

    @Override
    public <A> void write(ByteBuffer src, long timeout, TimeUnit unit, A attachment,
            CompletionHandler<Integer, ? super A> handler) {
        Objects.requireNonNull(handler, "'handler' is null");
        write(src, null, 0, 0, attachment, handler, true);
    }

    @Override
    public Future<Integer> write(ByteBuffer src) {
        return write(src, null, 0, 0, null, null, false);
    }

    @Override
    public <A> void write(ByteBuffer[] srcs, int offset, int length, long timeout, TimeUnit unit, A attachment,
            CompletionHandler<Long, ? super A> handler) {
        Objects.requireNonNull(handler, "'handler' is null");
        Objects.checkFromIndexSize(offset, length, srcs.length);
        write(null, srcs, offset, length, attachment, handler, true);
    }

    @SuppressWarnings("unchecked")
    private <V extends Number, A> Future<V> write(ByteBuffer src, ByteBuffer[] srcs, int offset, int length,
            A att, CompletionHandler<V, ? super A> handler, boolean withHandler) {
        boolean gathering = srcs != null;
        boolean hasData = false;
        if (gathering) {
            for (int i = offset; i < offset + length; i++) {
                hasData |= srcs[i].hasRemaining();
            }
        } else {
            hasData = src.hasRemaining();
        }
        if (!isOpen()) {
            return core.immediate(null, new ClosedChannelException(), att, handler);
        }
        if (!ch.isConnected()) {
            throw new NotYetConnectedException();
        }
        boolean shutdown = false;
        synchronized (stateLock) {
            if (writeKilled) {
                throw new IllegalStateException("Writing not allowed due to timeout or cancellation");
            }
            if (writing) {
                throw new WritePendingException();
            }
            if (writeShutdown) {
                shutdown = true;
            } else if (hasData) {
                writing = true;
            }
        }
        if (shutdown) {
            return core.immediate(null, new ClosedChannelException(), att, handler);
        }
        if (!hasData) {
            Number r = gathering ? (Number) Long.valueOf(0L) : (Number) Integer.valueOf(0);
            return core.immediate((V) r, null, att, handler);
        }
        PendingFuture<V> f = withHandler ? null : new PendingFuture<>(this);
        synchronized (stateLock) {
            writeFuture = f;
        }
        return core.start(() -> {
            Number n = gathering ? (Number) Long.valueOf(ch.write(srcs, offset, length))
                    : (Number) Integer.valueOf(ch.write(src));
            return (V) n;
        }, exc -> {
            synchronized (stateLock) {
                writing = false;
                writeFuture = null;
            }
        }, f, att, handler);
    }

    // ---- state ----

    private void ensureOpen() throws ClosedChannelException {
        core.ensureOpen();
    }

    @Override
    public AsynchronousSocketChannel bind(SocketAddress local) throws IOException {
        ensureOpen();
        ch.bind(local);
        return this;
    }

    @Override
    public <T> AsynchronousSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
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
    public AsynchronousSocketChannel shutdownInput() throws IOException {
        shutdown(true);
        return this;
    }

    @Override
    public AsynchronousSocketChannel shutdownOutput() throws IOException {
        shutdown(false);
        return this;
    }

    /** Shuts down reading (input) or writing once; again is a no-op. */
    private void shutdown(boolean input) throws IOException {
        ensureOpen();
        if (!ch.isConnected()) {
            throw new NotYetConnectedException();
        }
        synchronized (stateLock) {
            if (input ? readShutdown : writeShutdown) {
                return;
            }
            if (input) {
                readShutdown = true;
            } else {
                writeShutdown = true;
            }
        }
        if (input) {
            ch.shutdownInput();
        } else {
            ch.shutdownOutput();
        }
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        ensureOpen();
        return ch.getRemoteAddress();
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        ensureOpen();
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
            synchronized (stateLock) {
                if (ch.isConnected()) {
                    sb.append("connected");
                    if (readShutdown) {
                        sb.append(" ishut");
                    }
                    if (writeShutdown) {
                        sb.append(" oshut");
                    }
                } else if (connectPending) {
                    sb.append("connection-pending");
                } else {
                    sb.append("unconnected");
                }
            }
            try {
                SocketAddress local = ch.getLocalAddress();
                if (local != null) {
                    sb.append(" local=").append(local);
                }
                SocketAddress remote = ch.getRemoteAddress();
                if (remote != null) {
                    sb.append(" remote=").append(remote);
                }
            } catch (IOException ignored) {
                // closed meanwhile
            }
        }
        return sb.append(']').toString();
    }
}
