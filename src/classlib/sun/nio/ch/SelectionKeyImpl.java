package sun.nio.ch;

import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectionKey;

/** A channel's registration with a SelectorImpl. */
final class SelectionKeyImpl extends AbstractSelectionKey {
    private final SelectableChannel channel;
    private final SelectorImpl selector;
    private volatile int interestOps;
    private volatile int readyOps;

    SelectionKeyImpl(SelectableChannel channel, SelectorImpl selector) {
        this.channel = channel;
        this.selector = selector;
    }

    @Override
    public SelectableChannel channel() {
        return channel;
    }

    @Override
    public Selector selector() {
        return selector;
    }

    private void ensureValid() {
        if (!isValid()) {
            throw new CancelledKeyException();
        }
    }

    @Override
    public int interestOps() {
        ensureValid();
        return interestOps;
    }

    @Override
    public SelectionKey interestOps(int ops) {
        ensureValid();
        if ((ops & ~channel.validOps()) != 0) {
            throw new IllegalArgumentException();
        }
        interestOps = ops;
        return this;
    }

    /** The interest set without the validity check (the selector's own use). */
    int rawInterestOps() {
        return interestOps;
    }

    @Override
    public int readyOps() {
        ensureValid();
        return readyOps;
    }

    void setReadyOps(int ops) {
        readyOps = ops;
    }

    int rawReadyOps() {
        return readyOps;
    }
}
