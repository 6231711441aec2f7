package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.SelectableChannel;

/**
 * Base of selectable channels (java.nio.channels.spi.AbstractSelectableChannel): the blocking
 * mode and its lock. Tern supports blocking mode only: asking for non-blocking mode throws
 * UnsupportedOperationException (no selectors yet).
 */
public abstract class AbstractSelectableChannel extends SelectableChannel {
    private final Object regLock = new Object();
    private boolean blocking = true;
    private final SelectorProvider provider;

    protected AbstractSelectableChannel(SelectorProvider provider) {
        this.provider = provider;
    }

    @Override
    public final SelectorProvider provider() {
        return provider;
    }

    @Override
    public final boolean isRegistered() {
        return false;
    }

    @Override
    public final Object blockingLock() {
        return regLock;
    }

    @Override
    public final boolean isBlocking() {
        synchronized (regLock) {
            return blocking;
        }
    }

    @Override
    public final SelectableChannel configureBlocking(boolean block) throws IOException {
        synchronized (regLock) {
            if (!isOpen()) {
                throw new java.nio.channels.ClosedChannelException();
            }
            if (!block) {
                throw new UnsupportedOperationException("non-blocking channels are not supported by Tern yet");
            }
            implConfigureBlocking(block);
            blocking = block;
            return this;
        }
    }

    @Override
    protected final void implCloseChannel() throws IOException {
        implCloseSelectableChannel();
    }

    protected abstract void implCloseSelectableChannel() throws IOException;

    protected abstract void implConfigureBlocking(boolean block) throws IOException;
}
