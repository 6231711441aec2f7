package sun.nio.ch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.CompletionHandler;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jdk.internal.io.FileChannelImpl;
import jdk.internal.io.HostFiles;

/**
 * AsynchronousFileChannel over a FileChannel (an entry of the VM's open-file table, which
 * checkpoint images capture). As the JDK's implementation for Linux, each operation is a task on
 * the channel's executor (the one given to open, else a cached pool of daemon threads) that does
 * the positional read or write and then runs the handler on the same thread. Locks are held in
 * this VM's lock table (overlaps between channels of this VM are OverlappingFileLockException);
 * other processes do not see them.
 */
final class SimpleAsynchronousFileChannelImpl extends AsynchronousFileChannel {
    private static ExecutorService defaultExecutor;
    /** Locks held in this VM, by file. */
    private static final Map<String, List<FileLockImpl>> LOCKS = new HashMap<>();

    private final FileChannel ch;
    private final String key;
    private final boolean reading;
    private final boolean writing;
    private final ExecutorService executor;

    private SimpleAsynchronousFileChannelImpl(FileChannel ch, String key, boolean reading, boolean writing,
            ExecutorService executor) {
        this.ch = ch;
        this.key = key;
        this.reading = reading;
        this.writing = writing;
        this.executor = executor;
    }

    private static synchronized ExecutorService defaultExecutor() {
        if (defaultExecutor == null) {
            defaultExecutor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60L, TimeUnit.SECONDS,
                    new SynchronousQueue<>(), r -> {
                        Thread t = new Thread(r);
                        t.setDaemon(true);
                        return t;
                    });
        }
        return defaultExecutor;
    }

    static AsynchronousFileChannel open(Path file, Set<? extends OpenOption> options,
            ExecutorService executor) throws IOException {
        int flags = FileChannelImpl.flagsOf(options, true);
        if ((flags & HostFiles.APPEND) != 0) {
            throw new UnsupportedOperationException("APPEND not allowed");
        }
        FileChannel ch = FileChannel.open(file, options);
        String key = file.toAbsolutePath().normalize().toString();
        return new SimpleAsynchronousFileChannelImpl(ch, key, (flags & HostFiles.READ) != 0,
                (flags & HostFiles.WRITE) != 0, executor != null ? executor : defaultExecutor());
    }

    private <V, A> Future<V> immediate(V result, Throwable exc, A att, CompletionHandler<V, ? super A> handler) {
        return AsyncChannelCore.immediate(executor, result, exc, att, handler);
    }

    /** Runs op on the executor, then the handler (or completes the future) on the same thread. */
    private <V, A> Future<V> submit(AsyncChannelCore.Op<V> op, A att,
            CompletionHandler<V, ? super A> handler) {
        PendingFuture<V> f = handler == null ? new PendingFuture<>(null) : null;
        executor.execute(() -> {
            V r = null;
            Throwable x = null;
            try {
                r = op.run();
            } catch (Throwable t) {
                x = t;
            }
            if (x instanceof ClosedChannelException && !(x instanceof AsynchronousCloseException)) {
                x = new AsynchronousCloseException(); // closed while the task waited its turn
            }
            if (f != null) {
                f.complete(r, x);
            } else {
                AsyncChannelCore.invoke(handler, att, r, x);
            }
        });
        return f;
    }

    // ---- read / write ----

    @Override
    public <A> void read(ByteBuffer dst, long position, A attachment, CompletionHandler<Integer, ? super A> handler) {
        java.util.Objects.requireNonNull(handler, "'handler' is null");
        startRead(dst, position, attachment, handler);
    }

    @Override
    public Future<Integer> read(ByteBuffer dst, long position) {
        return startRead(dst, position, null, null);
    }

    private <A> Future<Integer> startRead(ByteBuffer dst, long position, A att,
            CompletionHandler<Integer, ? super A> handler) {
        if (position < 0) {
            throw new IllegalArgumentException("Negative position");
        }
        if (!reading) {
            throw new NonReadableChannelException();
        }
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        if (!isOpen() || dst.remaining() == 0) {
            return immediate(0, isOpen() ? null : new ClosedChannelException(), att, handler);
        }
        return submit(() -> ch.read(dst, position), att, handler);
    }

    @Override
    public <A> void write(ByteBuffer src, long position, A attachment,
            CompletionHandler<Integer, ? super A> handler) {
        java.util.Objects.requireNonNull(handler, "'handler' is null");
        startWrite(src, position, attachment, handler);
    }

    @Override
    public Future<Integer> write(ByteBuffer src, long position) {
        return startWrite(src, position, null, null);
    }

    private <A> Future<Integer> startWrite(ByteBuffer src, long position, A att,
            CompletionHandler<Integer, ? super A> handler) {
        if (position < 0) {
            throw new IllegalArgumentException("Negative position");
        }
        if (!writing) {
            throw new NonWritableChannelException();
        }
        if (!isOpen() || src.remaining() == 0) {
            return immediate(0, isOpen() ? null : new ClosedChannelException(), att, handler);
        }
        return submit(() -> {
            int total = 0;
            while (src.hasRemaining()) {
                total += ch.write(src, position + total);
            }
            return total;
        }, att, handler);
    }

    // ---- size, truncate, force ----

    @Override
    public long size() throws IOException {
        return ch.size();
    }

    @Override
    public AsynchronousFileChannel truncate(long size) throws IOException {
        if (size < 0) {
            throw new IllegalArgumentException("Negative size");
        }
        if (!writing) {
            throw new NonWritableChannelException();
        }
        ch.truncate(size);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        ch.force(metaData);
    }

    // ---- locks ----

    private FileLockImpl addLock(long position, long size, boolean shared) {
        if (shared && !reading) {
            throw new NonReadableChannelException();
        }
        if (!shared && !writing) {
            throw new NonWritableChannelException();
        }
        FileLockImpl lock = new FileLockImpl(this, position, size, shared);
        synchronized (LOCKS) {
            if (!isOpen()) {
                return null;
            }
            List<FileLockImpl> held = LOCKS.computeIfAbsent(key, k -> new ArrayList<>());
            for (FileLockImpl l : held) {
                if (l.overlaps(position, size)) {
                    throw new OverlappingFileLockException();
                }
            }
            held.add(lock);
        }
        return lock;
    }

    @Override
    public <A> void lock(long position, long size, boolean shared, A attachment,
            CompletionHandler<FileLock, ? super A> handler) {
        java.util.Objects.requireNonNull(handler, "'handler' is null");
        startLock(position, size, shared, attachment, handler);
    }

    @Override
    public Future<FileLock> lock(long position, long size, boolean shared) {
        return startLock(position, size, shared, null, null);
    }

    private <A> Future<FileLock> startLock(long position, long size, boolean shared, A att,
            CompletionHandler<FileLock, ? super A> handler) {
        FileLockImpl lock = addLock(position, size, shared);
        if (lock == null) {
            return immediate(null, new ClosedChannelException(), att, handler);
        }
        return submit(() -> lock, att, handler);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
        FileLockImpl lock = addLock(position, size, shared);
        if (lock == null) {
            throw new ClosedChannelException();
        }
        return lock;
    }

    void releaseLock(FileLockImpl lock) {
        synchronized (LOCKS) {
            List<FileLockImpl> held = LOCKS.get(key);
            if (held != null) {
                held.remove(lock);
                if (held.isEmpty()) {
                    LOCKS.remove(key);
                }
            }
        }
    }

    // ---- close ----

    @Override
    public boolean isOpen() {
        return ch.isOpen();
    }

    @Override
    public void close() throws IOException {
        synchronized (LOCKS) {
            List<FileLockImpl> held = LOCKS.get(key);
            if (held != null) {
                held.removeIf(l -> {
                    if (l.acquiredBy() == this) {
                        l.invalidate();
                        return true;
                    }
                    return false;
                });
                if (held.isEmpty()) {
                    LOCKS.remove(key);
                }
            }
        }
        ch.close();
    }
}
