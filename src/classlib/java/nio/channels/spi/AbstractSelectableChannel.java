package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.IllegalSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of selectable channels (java.nio.channels.spi.AbstractSelectableChannel): the blocking
 * mode, and the keys of the selectors the channel is registered with. Closing the channel cancels
 * every key; a channel with a valid key cannot go back to blocking mode.
 */
public abstract class AbstractSelectableChannel extends SelectableChannel {
    private final Object regLock = new Object();
    private final Object keyLock = new Object();
    private boolean blocking = true;
    private final SelectorProvider provider;
    /** Keys of this channel not deregistered yet (valid or cancelled). */
    private final List<SelectionKey> keys = new ArrayList<>();

    protected AbstractSelectableChannel(SelectorProvider provider) {
        this.provider = provider;
    }

    @Override
    public final SelectorProvider provider() {
        return provider;
    }

    @Override
    public final boolean isRegistered() {
        synchronized (keyLock) {
            return !keys.isEmpty();
        }
    }

    @Override
    public final SelectionKey keyFor(Selector sel) {
        synchronized (keyLock) {
            for (SelectionKey k : keys) {
                if (k.selector() == sel) {
                    return k.isValid() ? k : null;
                }
            }
            return null;
        }
    }

    @Override
    public final SelectionKey register(Selector sel, int ops, Object att) throws ClosedChannelException {
        if ((ops & ~validOps()) != 0) {
            throw new IllegalArgumentException();
        }
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
        synchronized (regLock) {
            if (isBlocking()) {
                throw new IllegalBlockingModeException();
            }
            synchronized (keyLock) {
                if (!isOpen()) {
                    throw new ClosedChannelException();
                }
                SelectionKey k = null;
                for (SelectionKey x : keys) {
                    if (x.selector() == sel) {
                        k = x;
                        break;
                    }
                }
                if (k != null) {
                    if (!k.isValid()) {
                        throw new CancelledKeyException();
                    }
                    k.attach(att);
                    k.interestOps(ops);
                    return k;
                }
                if (!(sel instanceof AbstractSelector) || ((AbstractSelector) sel).provider() != provider) {
                    if (sel == null) {
                        throw new NullPointerException();
                    }
                    throw new IllegalSelectorException();
                }
                if (!sel.isOpen()) {
                    throw new ClosedSelectorException();
                }
                k = ((AbstractSelector) sel).register(this, ops, att);
                keys.add(k);
                return k;
            }
        }
    }

    /** The selector deregistered `k` (sun.nio.ch.SelectorImpl, through AbstractSelector.deregister). */
    final void removeKey(SelectionKey k) {
        synchronized (keyLock) {
            keys.remove(k);
        }
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
                throw new ClosedChannelException();
            }
            if (blocking == block) {
                return this;
            }
            if (block) {
                synchronized (keyLock) {
                    for (SelectionKey k : keys) {
                        if (k.isValid()) {
                            throw new IllegalBlockingModeException();
                        }
                    }
                }
            }
            implConfigureBlocking(block);
            blocking = block;
            return this;
        }
    }

    @Override
    protected final void implCloseChannel() throws IOException {
        implCloseSelectableChannel();
        SelectionKey[] copy;
        synchronized (keyLock) {
            copy = keys.toArray(new SelectionKey[0]);
        }
        for (SelectionKey k : copy) {
            k.cancel();
        }
    }

    protected abstract void implCloseSelectableChannel() throws IOException;

    protected abstract void implConfigureBlocking(boolean block) throws IOException;
}
