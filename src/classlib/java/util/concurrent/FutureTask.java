package java.util.concurrent;

/**
 * A cancellable asynchronous computation: running it computes the result that get() waits for.
 * State changes happen under this object's monitor, where get() also waits.
 */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0;
    private static final int COMPLETING = 1;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;
    private static final int INTERRUPTING = 5;
    private static final int INTERRUPTED = 6;

    private volatile int state;
    private Callable<V> callable;
    /** The result, or the exception of an EXCEPTIONAL outcome. */
    private Object outcome;
    private volatile Thread runner;

    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
    }

    @SuppressWarnings("unchecked")
    private V report(int s) throws ExecutionException {
        Object x = outcome;
        if (s == NORMAL) {
            return (V) x;
        }
        if (s >= CANCELLED) {
            throw new CancellationException();
        }
        throw new ExecutionException((Throwable) x);
    }

    @Override
    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    @Override
    public boolean isDone() {
        return state != NEW;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread r;
        synchronized (this) {
            if (state != NEW) {
                return false;
            }
            state = mayInterruptIfRunning ? INTERRUPTING : CANCELLED;
            r = runner;
        }
        try {
            if (mayInterruptIfRunning) {
                try {
                    if (r != null) {
                        r.interrupt();
                    }
                } finally {
                    synchronized (this) {
                        state = INTERRUPTED;
                    }
                }
            }
        } finally {
            finishCompletion();
        }
        return true;
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        int s = state;
        if (s <= COMPLETING) {
            s = awaitDone(false, 0L);
        }
        return report(s);
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) {
            throw new NullPointerException();
        }
        int s = state;
        if (s <= COMPLETING && (s = awaitDone(true, unit.toNanos(timeout))) <= COMPLETING) {
            throw new TimeoutException();
        }
        return report(s);
    }

    /** Called once the task is done (normally, exceptionally or cancelled). */
    protected void done() {
    }

    protected void set(V v) {
        synchronized (this) {
            if (state != NEW) {
                return;
            }
            outcome = v;
            state = NORMAL;
        }
        finishCompletion();
    }

    protected void setException(Throwable t) {
        synchronized (this) {
            if (state != NEW) {
                return;
            }
            outcome = t;
            state = EXCEPTIONAL;
        }
        finishCompletion();
    }

    /** Claims the task for the current thread; false if it is done or already running. */
    private boolean claim() {
        synchronized (this) {
            if (state != NEW || runner != null) {
                return false;
            }
            runner = Thread.currentThread();
            return true;
        }
    }

    @Override
    public void run() {
        if (!claim()) {
            return;
        }
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                V result;
                boolean ran;
                try {
                    result = c.call();
                    ran = true;
                } catch (Throwable ex) {
                    result = null;
                    ran = false;
                    setException(ex);
                }
                if (ran) {
                    set(result);
                }
            }
        } finally {
            runner = null;
            if (state >= INTERRUPTING) {
                handlePossibleCancellationInterrupt();
            }
        }
    }

    /** Runs the computation without setting a result (for periodic tasks); true if it can run again. */
    protected boolean runAndReset() {
        if (!claim()) {
            return false;
        }
        boolean ran = false;
        int s = state;
        try {
            Callable<V> c = callable;
            if (c != null && s == NEW) {
                try {
                    c.call();
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            runner = null;
            s = state;
            if (s >= INTERRUPTING) {
                handlePossibleCancellationInterrupt();
            }
        }
        return ran && s == NEW;
    }

    private void handlePossibleCancellationInterrupt() {
        while (state == INTERRUPTING) {
            Thread.yield();
        }
    }

    private void finishCompletion() {
        synchronized (this) {
            notifyAll();
        }
        done();
        callable = null;
    }

    private int awaitDone(boolean timed, long nanos) throws InterruptedException {
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        synchronized (this) {
            for (;;) {
                int s = state;
                if (s > COMPLETING) {
                    return s;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (timed) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0L) {
                        return state;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, remaining);
                } else {
                    wait();
                }
            }
        }
    }

    @Override
    public String toString() {
        String status;
        switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case CANCELLED:
            case INTERRUPTING:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                Callable<?> c = callable;
                status = (c == null) ? "[Not completed]" : "[Not completed, task = " + c + "]";
        }
        return super.toString() + status;
    }
}
