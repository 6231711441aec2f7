package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The factory of channels (java.nio.channels.spi.SelectorProvider). Tern's provider opens blocking
 * socket channels; it has no selectors or pipes yet.
 */
public abstract class SelectorProvider {
    private static SelectorProvider provider;

    protected SelectorProvider() {
    }

    public static synchronized SelectorProvider provider() {
        if (provider == null) {
            provider = sun.nio.ch.DefaultSelectorProvider.get();
        }
        return provider;
    }

    public abstract ServerSocketChannel openServerSocketChannel() throws IOException;

    public abstract SocketChannel openSocketChannel() throws IOException;
}
