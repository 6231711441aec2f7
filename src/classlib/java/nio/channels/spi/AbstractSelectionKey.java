package java.nio.channels.spi;

import java.nio.channels.SelectionKey;

/** Base of selection keys: validity, and cancellation queued for the selector's next selection. */
public abstract class AbstractSelectionKey extends SelectionKey {
    private volatile boolean invalid;

    protected AbstractSelectionKey() {
    }

    @Override
    public final boolean isValid() {
        return !invalid;
    }

    /** The selector closed: the key is invalid without being queued (AbstractSelector's use). */
    final void invalidate() {
        invalid = true;
    }

    @Override
    public final void cancel() {
        synchronized (this) {
            if (invalid) {
                return;
            }
            invalid = true;
        }
        ((AbstractSelector) selector()).cancel(this);
    }
}
