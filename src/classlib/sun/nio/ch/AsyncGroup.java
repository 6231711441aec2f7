package sun.nio.ch;

import java.io.IOException;
import java.nio.channels.AsynchronousChannel;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.ShutdownChannelGroupException;
import java.nio.channels.spi.AsynchronousChannelProvider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An asynchronous channel group. Tern has no event port: every operation waits on a thread of
 * its own (IO, a cached pool of daemon threads, each blocking only itself, as green threads
 * do), and its completion handler is then handed to the group's executor, so handlers run on the
 * group's pool threads as in the JDK. A Future is completed by the waiting thread itself. The
 * default group's pool is cached and its threads are daemons, like the JDK's. A group terminates
 * once it is shut down and its last channel is closed and its last handler has run.
 */
final class AsyncGroup extends AsynchronousChannelGroup {
    /** The threads that wait for operations to complete. */
    static final ThreadPoolExecutor IO = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30L, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "aio-io");
                t.setDaemon(true);
                return t;
            });
    private static AsyncGroup defaultGroup;

    private final ExecutorService executor;
    private final boolean isDefault;
    private final Set<AsynchronousChannel> channels = new LinkedHashSet<>();
    private int handlersPending;
    private volatile boolean shutdown;
    private boolean terminating;

    AsyncGroup(AsynchronousChannelProvider provider, ExecutorService executor, boolean isDefault) {
        super(provider);
        this.executor = executor;
        this.isDefault = isDefault;
    }

    static synchronized AsyncGroup defaultGroup(AsynchronousChannelProvider provider) {
        if (defaultGroup == null) {
            ExecutorService pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), r -> {
                        Thread t = new Thread(r);
                        t.setDaemon(true);
                        return t;
                    });
            defaultGroup = new AsyncGroup(provider, pool, true);
        }
        return defaultGroup;
    }

    /** Adds a channel opened in this group; refused once the group is shut down. */
    synchronized void register(AsynchronousChannel ch) {
        if (shutdown) {
            throw new ShutdownChannelGroupException();
        }
        channels.add(ch);
    }

    /** A channel of this group was closed. */
    void unregister(AsynchronousChannel ch) {
        synchronized (this) {
            channels.remove(ch);
        }
        tryTerminate();
    }

    /** Runs `task` (an operation's wait) on a thread of its own. */
    static void startIo(Runnable task) {
        IO.execute(task);
    }

    /** Runs a completion handler on the group's pool (on the calling thread if the pool refuses it). */
    void dispatch(Runnable handlerCall) {
        synchronized (this) {
            handlersPending++;
        }
        Runnable r = () -> {
            try {
                handlerCall.run();
            } finally {
                synchronized (AsyncGroup.this) {
                    handlersPending--;
                }
                tryTerminate();
            }
        };
        try {
            executor.execute(r);
        } catch (RejectedExecutionException e) {
            r.run();
        }
    }

    private void tryTerminate() {
        synchronized (this) {
            if (!shutdown || terminating || !channels.isEmpty() || handlersPending > 0) {
                return;
            }
            terminating = true;
        }
        executor.shutdown();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return executor.isTerminated();
    }

    @Override
    public void shutdown() {
        if (isDefault) {
            return; // the default group lives as long as the VM
        }
        synchronized (this) {
            if (shutdown) {
                return;
            }
            shutdown = true;
        }
        tryTerminate();
    }

    @Override
    public void shutdownNow() throws IOException {
        if (isDefault) {
            return;
        }
        List<AsynchronousChannel> open;
        synchronized (this) {
            shutdown = true;
            open = new ArrayList<>(channels);
        }
        for (AsynchronousChannel ch : open) {
            ch.close();
        }
        tryTerminate();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return executor.awaitTermination(timeout, unit);
    }
}
