package sun.nio.ch;

import java.io.IOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;
import jdk.internal.io.AsyncFileOpener;
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

/**
 * Tern's AsynchronousChannelProvider: groups over thread pools, channels over blocking socket
 * channels; it also opens asynchronous file channels (AsyncFileOpener). One per VM
 * (DefaultAsynchronousChannelProvider.create).
 */
final class LinuxAsynchronousChannelProvider extends AsynchronousChannelProvider implements AsyncFileOpener {
    static final LinuxAsynchronousChannelProvider INSTANCE = new LinuxAsynchronousChannelProvider();

    static LinuxAsynchronousChannelProvider get() {
        return INSTANCE;
    }

    @Override
    public AsynchronousFileChannel openAsynchronousFileChannel(Path file, Set<? extends OpenOption> options,
            ExecutorService executor) throws IOException {
        return SimpleAsynchronousFileChannelImpl.open(file, options, executor);
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
