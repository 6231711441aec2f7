package sun.nio.ch;

import java.io.IOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.IllegalChannelGroupException;
import java.nio.channels.spi.AsynchronousChannelProvider;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Tern's AsynchronousChannelProvider: groups over thread pools, channels over blocking socket channels. */
public final class AsyncProviderImpl extends AsynchronousChannelProvider {
    private static final AsyncProviderImpl INSTANCE = new AsyncProviderImpl();

    public static AsyncProviderImpl get() {
        return INSTANCE;
    }

    @Override
    public AsynchronousChannelGroup openAsynchronousChannelGroup(int nThreads, ThreadFactory threadFactory)
            throws IOException {
        if (nThreads <= 0) {
            throw new IllegalArgumentException("'nThreads' must be > 0");
        }
        Objects.requireNonNull(threadFactory);
        ExecutorService pool = new ThreadPoolExecutor(nThreads, nThreads, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), threadFactory);
        return new AsyncGroup(this, pool, false);
    }

    @Override
    public AsynchronousChannelGroup openAsynchronousChannelGroup(ExecutorService executor, int initialSize)
            throws IOException {
        Objects.requireNonNull(executor);
        return new AsyncGroup(this, executor, false);
    }

    private AsyncGroup check(AsynchronousChannelGroup group) {
        if (group == null) {
            return AsyncGroup.defaultGroup(this);
        }
        if (!(group instanceof AsyncGroup)) {
            throw new IllegalChannelGroupException();
        }
        return (AsyncGroup) group;
    }

    @Override
    public AsynchronousServerSocketChannel openAsynchronousServerSocketChannel(AsynchronousChannelGroup group)
            throws IOException {
        return new UnixAsynchronousServerSocketChannelImpl(check(group));
    }

    @Override
    public AsynchronousSocketChannel openAsynchronousSocketChannel(AsynchronousChannelGroup group)
            throws IOException {
        return new UnixAsynchronousSocketChannelImpl(check(group), null);
    }
}
