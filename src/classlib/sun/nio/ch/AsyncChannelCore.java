package sun.nio.ch;

import java.io.IOException;
import java.nio.channels.AsynchronousChannel;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.CompletionHandler;
import java.nio.channels.NetworkChannel;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

/**
 * What UnixAsynchronousSocketChannelImpl and UnixAsynchronousServerSocketChannelImpl share (they
 * extend different JDK classes, so by composition): the blocking channel under the asynchronous
 * one, its group, the state lock and the closed flag, closing, and running an operation on a
 * thread of AsyncGroup.IO and handing its outcome to a future or a completion handler.
 */
final class AsyncChannelCore<C extends NetworkChannel> {
    final AsyncGroup group;
    final C ch;
    /** Guards the owner's operation flags (pending, killed, shut down) and the closed flag's change. */
    final Object stateLock = new Object();
    private final AsynchronousChannel owner;
    private volatile boolean closed;

    /** Registers owner with group; ch is closed when that is refused (a shut-down group). */
    AsyncChannelCore(AsyncGroup group, AsynchronousChannel owner, C ch) throws IOException {
        try {
            group.register(owner);
        } catch (RuntimeException e) {
            ch.close();
            throw e;
        }
        this.group = group;
        this.owner = owner;
        this.ch = ch;
    }

    /** The wait of one operation, run on an IO thread. */
    interface Op<V> {
        V run() throws Throwable;
    }

    /** What happens once an operation is over, before its handler runs (clears the pending flag). */
    interface Done {
        void done(Throwable exc);
    }

    boolean isOpen() {
        return !closed;
    }

    void ensureOpen() throws ClosedChannelException {
        if (closed) {
            throw new ClosedChannelException();
        }
    }

    /** Closes the channel under it once and leaves the group; a pending operation then fails. */
    void close() throws IOException {
        synchronized (stateLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            ch.close();
        } finally {
            group.unregister(owner);
        }
    }

    /** A result or failure for an operation that did not start: to the future (handler null) or the handler. */
    <V, A> Future<V> immediate(V result, Throwable exc, A att, CompletionHandler<V, ? super A> handler) {
        return immediate(group::dispatch, result, exc, att, handler);
    }

    /** The same for any asynchronous channel: the handler runs on where (also SimpleAsynchronousFileChannelImpl's). */
    static <V, A> Future<V> immediate(Executor where, V result, Throwable exc, A att,
            CompletionHandler<V, ? super A> handler) {
        if (handler == null) {
            return PendingFuture.completed(result, exc);
        }
        where.execute(() -> invoke(handler, att, result, exc));
        return null;
    }

    /** The outcome of an operation to its handler: completed with the result, or failed with exc. */
    static <V, A> void invoke(CompletionHandler<V, ? super A> handler, A att, V result, Throwable exc) {
        if (exc == null) {
            handler.completed(result, att);
        } else {
            handler.failed(exc, att);
        }
    }

    /**
     * Runs op on an IO thread; its outcome completes future, or (future null) goes to handler on
     * the group's pool. A result that holds a channel (an accepted connection) nobody can take any
     * more, the future having been cancelled meanwhile, is closed.
     */
    <V, A> Future<V> start(Op<V> op, Done done, PendingFuture<V> future, A att,
            CompletionHandler<V, ? super A> handler) {
        AsyncGroup.startIo(() -> {
            V r = null;
            Throwable x = null;
            try {
                r = op.run();
            } catch (Throwable t) {
                x = t;
            }
            if (x instanceof IOException && closed && !(x instanceof AsynchronousCloseException)) {
                x = new AsynchronousCloseException(); // closed before or while the wait began
            }
            done.done(x);
            if (future != null) {
                if (!future.complete(r, x) && r instanceof Channel) {
                    try {
                        ((Channel) r).close();
                    } catch (IOException ignored) {
                        // nothing more to do
                    }
                }
            } else {
                V result = r;
                Throwable exc = x;
                group.dispatch(() -> invoke(handler, att, result, exc));
            }
        });
        return future;
    }
}
