package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Base of selectors (java.nio.channels.spi.AbstractSelector): open/closed state, the set of
 * cancelled keys the next selection deregisters, and registration with channels.
 */
public abstract class AbstractSelector extends Selector {
    private volatile boolean closed;
    private final Object closeLock = new Object();
    private final SelectorProvider provider;
    private final Set<SelectionKey> cancelledKeys = new LinkedHashSet<>();

    protected AbstractSelector(SelectorProvider provider) {
        this.provider = provider;
    }

    void cancel(SelectionKey k) {
        synchronized (cancelledKeys) {
            cancelledKeys.add(k);
        }
    }

    @Override
    public final void close() throws IOException {
        synchronized (closeLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        implCloseSelector();
    }

    protected abstract void implCloseSelector() throws IOException;

    @Override
    public final boolean isOpen() {
        return !closed;
    }

    @Override
    public final SelectorProvider provider() {
        return provider;
    }

    protected final Set<SelectionKey> cancelledKeys() {
        return cancelledKeys;
    }

    protected abstract SelectionKey register(AbstractSelectableChannel ch, int ops, Object att);

    protected final void deregister(AbstractSelectionKey key) {
        if (key.isValid()) {
            key.invalidate();
        }
        ((AbstractSelectableChannel) key.channel()).removeKey(key);
    }

    protected final void begin() {
    }

    protected final void end() {
    }
}
