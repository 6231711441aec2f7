package sun.nio.ch;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileLock;

/** A lock of SimpleAsynchronousFileChannelImpl's in-VM lock table. */
final class FileLockImpl extends FileLock {
    private boolean valid = true;

    FileLockImpl(SimpleAsynchronousFileChannelImpl ch, long position, long size, boolean shared) {
        super(ch, position, size, shared);
    }

    @Override
    public synchronized boolean isValid() {
        return valid;
    }

    synchronized void invalidate() {
        valid = false;
    }

    @Override
    public void release() throws IOException {
        SimpleAsynchronousFileChannelImpl ch = (SimpleAsynchronousFileChannelImpl) acquiredBy();
        if (!ch.isOpen()) {
            throw new ClosedChannelException();
        }
        synchronized (this) {
            if (!valid) {
                return;
            }
            valid = false;
        }
        ch.releaseLock(this);
    }
}
