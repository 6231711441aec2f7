package sun.nio.ch;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Future of an asynchronous channel operation. Cancelling it tells the channel (which then
 * refuses further reads or writes, and closes itself when asked to interrupt), as in the JDK.
 */
final class PendingFuture<V> implements Future<V> {
    /** What a channel does when one of its operations is cancelled. */
    interface Canceller {
        void cancelled(PendingFuture<?> f, boolean mayInterruptIfRunning);
    }

    private final Canceller owner;
    private boolean done;
    private boolean cancelled;
    private V result;
    private Throwable exc;

    PendingFuture(Canceller owner) {
        this.owner = owner;
    }

    static <V> PendingFuture<V> completed(V result, Throwable exc) {
        PendingFuture<V> f = new PendingFuture<>(null);
        f.complete(result, exc);
        return f;
    }

    /** Sets the outcome; false if the future was already done (cancelled). */
    synchronized boolean complete(V result, Throwable exc) {
        if (done) {
            return false;
        }
        this.result = result;
        this.exc = exc;
        done = true;
        notifyAll();
        return true;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        synchronized (this) {
            if (done) {
                return false;
            }
            done = true;
            cancelled = true;
            notifyAll();
        }
        if (owner != null) {
            owner.cancelled(this, mayInterruptIfRunning);
        }
        return true;
    }

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    @Override
    public synchronized boolean isDone() {
        return done;
    }

    @Override
    public synchronized V get() throws InterruptedException, ExecutionException {
        while (!done) {
            wait();
        }
        return outcome();
    }

    @Override
    public synchronized V get(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!done) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return outcome();
    }

    private V outcome() throws ExecutionException {
        if (cancelled) {
            throw new CancellationException();
        }
        if (exc != null) {
            throw new ExecutionException(exc);
        }
        return result;
    }
}
