package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;

/** The factory of asynchronous socket channels and channel groups. */
public abstract class AsynchronousChannelProvider {
    private static AsynchronousChannelProvider provider;

    protected AsynchronousChannelProvider() {
    }

    public static synchronized AsynchronousChannelProvider provider() {
        if (provider == null) {
            provider = sun.nio.ch.DefaultAsynchronousChannelProvider.create();
        }
        return provider;
    }

    public abstract AsynchronousChannelGroup openAsynchronousChannelGroup(int nThreads, ThreadFactory threadFactory)
            throws IOException;

    public abstract AsynchronousChannelGroup openAsynchronousChannelGroup(ExecutorService executor, int initialSize)
            throws IOException;

    public abstract AsynchronousServerSocketChannel openAsynchronousServerSocketChannel(AsynchronousChannelGroup group)
            throws IOException;

    public abstract AsynchronousSocketChannel openAsynchronousSocketChannel(AsynchronousChannelGroup group)
            throws IOException;
}
