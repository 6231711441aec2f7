package java.nio.channels;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A multiplexor of selectable channels (java.nio.channels.Selector). Tern's implementation is
 * sun.nio.ch.SelectorImpl: a thread blocked in select() parks only itself until the host reports
 * a registered channel ready, the timeout passes, wakeup() is called or the thread is interrupted.
 */
public abstract class Selector implements Closeable {
    protected Selector() {
    }

    public static Selector open() throws IOException {
        return SelectorProvider.provider().openSelector();
    }

    public abstract boolean isOpen();

    public abstract SelectorProvider provider();

    public abstract Set<SelectionKey> keys();

    public abstract Set<SelectionKey> selectedKeys();

    public abstract int selectNow() throws IOException;

    public abstract int select(long timeout) throws IOException;

    public abstract int select() throws IOException;

    /** Like select(timeout), handing each ready key to action instead of the selected-key set. */
    public int select(Consumer<SelectionKey> action, long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return doSelect(java.util.Objects.requireNonNull(action), timeout);
    }

    public int select(Consumer<SelectionKey> action) throws IOException {
        return select(action, 0);
    }

    public int selectNow(Consumer<SelectionKey> action) throws IOException {
        return doSelect(java.util.Objects.requireNonNull(action), -1);
    }

    /** The default of the action forms over the selected-key set (as the JDK's). */
    private int doSelect(Consumer<SelectionKey> action, long timeout) throws IOException {
        synchronized (this) {
            Set<SelectionKey> selected = selectedKeys();
            synchronized (selected) {
                selected.clear();
                int n = timeout < 0 ? selectNow() : select(timeout);
                SelectionKey[] keys = selected.toArray(new SelectionKey[0]);
                selected.clear();
                for (SelectionKey k : keys) {
                    if (k.isValid()) {
                        action.accept(k);
                    }
                }
                return n;
            }
        }
    }

    public abstract Selector wakeup();

    @Override
    public abstract void close() throws IOException;
}
