package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * A task run in a ForkJoinPool. fork() queues it in the current worker's pool (or the common
 * pool); join() runs it in the joining thread if it is still queued there (work "helping"),
 * else waits for whoever runs it. Completion status changes with a VM compare-and-set; waiters
 * block on the task's monitor.
 */
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final long serialVersionUID = -7721805057305804111L;

    /** Not done. */
    static final int PENDING = 0;
    /** Not done, and some thread waits on the monitor. */
    static final int SIGNAL = 1;
    static final int NORMAL = 2;
    static final int EXCEPTIONAL = 3;
    static final int CANCELLED = 4;

    /** VM-known: casStatus reads and writes this field. */
    private volatile int status;
    private transient Throwable exception;
    /** The thread that recorded {@code exception}. */
    private transient Thread thrower;
    /** The pool the task was queued in, for helping joins. */
    transient ForkJoinPool pool;
    private transient volatile short tag;

    public ForkJoinTask() {
    }

    /** VM: atomic compare-and-set of {@code status}. */
    private native boolean casStatus(int expect, int update);

    final boolean isDoneStatus() {
        return status >= NORMAL;
    }

    /** Moves to a final status (first completion wins) and wakes waiters; true if it was first. */
    private boolean setDone(int s, Throwable ex) {
        for (;;) {
            int cur = status;
            if (cur >= NORMAL) {
                return false;
            }
            if (ex != null) {
                exception = ex;
                thrower = Thread.currentThread();
            }
            if (casStatus(cur, s)) {
                if (cur == SIGNAL) {
                    synchronized (this) {
                        notifyAll();
                    }
                }
                return true;
            }
        }
    }

    /** Runs exec() unless done; returns the final (or current) status. */
    final int doExec() {
        if (status >= NORMAL) {
            return status;
        }
        boolean completed;
        try {
            completed = exec();
        } catch (Throwable ex) {
            setDone(EXCEPTIONAL, ex);
            return status;
        }
        if (completed) {
            setDone(NORMAL, null);
        }
        return status;
    }

    /** Waits until done (at most nanos if timed); returns the status. */
    private int awaitDone(boolean interruptible, boolean timed, long nanos) throws InterruptedException {
        ForkJoinPool p = pool;
        if (status < NORMAL && p != null && p.canHelp() && p.tryUnqueue(this)) {
            doExec();
        }
        if (status >= NORMAL) {
            return status;
        }
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        boolean interrupted = false;
        try {
            synchronized (this) {
                for (;;) {
                    int s = status;
                    if (s >= NORMAL) {
                        return s;
                    }
                    if (s == PENDING && !casStatus(PENDING, SIGNAL)) {
                        continue;
                    }
                    try {
                        if (timed) {
                            long remaining = deadline - System.nanoTime();
                            if (remaining <= 0L) {
                                return status;
                            }
                            TimeUnit.NANOSECONDS.timedWait(this, remaining);
                        } else {
                            wait();
                        }
                    } catch (InterruptedException ie) {
                        if (interruptible) {
                            throw ie;
                        }
                        interrupted = true;
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int awaitUninterruptibly() {
        try {
            return awaitDone(false, false, 0L);
        } catch (InterruptedException impossible) {
            throw new InternalError(impossible);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void uncheckedThrow(Throwable t) throws T {
        throw (T) t;
    }

    /** Throws the exception of an abnormally completed task (join/invoke semantics). */
    private void reportException(int s) {
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        ForkJoinTask.<RuntimeException>uncheckedThrow(foreignException());
    }

    /**
     * The exception to report to the current thread. Like the JDK, an exception recorded by
     * another thread is reported as a fresh one of the same class with the original as cause
     * (so the reporting thread's stack shows): {@code new X(cause)} when X has a public
     * (Throwable) constructor, else {@code new X()} plus initCause. Without reflection Tern does
     * this for the standard exception classes and reports other classes unchanged.
     */
    private Throwable foreignException() {
        Throwable ex = exception;
        if (ex == null || thrower == Thread.currentThread()) {
            return ex;
        }
        Class<?> c = ex.getClass();
        if (c == RuntimeException.class) {
            return new RuntimeException(ex);
        } else if (c == IllegalStateException.class) {
            return new IllegalStateException(ex);
        } else if (c == IllegalArgumentException.class) {
            return new IllegalArgumentException(ex);
        } else if (c == UnsupportedOperationException.class) {
            return new UnsupportedOperationException(ex);
        } else if (c == SecurityException.class) {
            return new SecurityException(ex);
        } else if (c == Error.class) {
            return new Error(ex);
        } else if (c == Exception.class) {
            return new Exception(ex);
        } else if (c == java.util.ConcurrentModificationException.class) {
            return new java.util.ConcurrentModificationException(ex);
        } else if (c == java.util.NoSuchElementException.class) {
            return new java.util.NoSuchElementException(ex);
        } else if (c == CompletionException.class) {
            return new CompletionException(ex);
        } else if (c == RejectedExecutionException.class) {
            return new RejectedExecutionException(ex);
        }
        Throwable copy;
        if (c == ArithmeticException.class) {
            copy = new ArithmeticException();
        } else if (c == NullPointerException.class) {
            copy = new NullPointerException();
        } else if (c == ArrayIndexOutOfBoundsException.class) {
            copy = new ArrayIndexOutOfBoundsException();
        } else if (c == IndexOutOfBoundsException.class) {
            copy = new IndexOutOfBoundsException();
        } else if (c == StringIndexOutOfBoundsException.class) {
            copy = new StringIndexOutOfBoundsException();
        } else if (c == ClassCastException.class) {
            copy = new ClassCastException();
        } else if (c == NumberFormatException.class) {
            copy = new NumberFormatException();
        } else if (c == NegativeArraySizeException.class) {
            copy = new NegativeArraySizeException();
        } else if (c == ArrayStoreException.class) {
            copy = new ArrayStoreException();
        } else if (c == CancellationException.class) {
            copy = new CancellationException();
        } else if (c == AssertionError.class) {
            copy = new AssertionError();
        } else if (c == StackOverflowError.class) {
            copy = new StackOverflowError();
        } else {
            return ex;
        }
        copy.initCause(ex);
        return copy;
    }

    public final ForkJoinTask<V> fork() {
        Thread t = Thread.currentThread();
        ForkJoinPool p = (t instanceof ForkJoinWorkerThread) ? ((ForkJoinWorkerThread) t).pool : ForkJoinPool.common;
        p.push(this);
        return this;
    }

    public final V join() {
        int s = status;
        if (s < NORMAL) {
            s = awaitUninterruptibly();
        }
        if (s != NORMAL) {
            reportException(s);
        }
        return getRawResult();
    }

    public final V invoke() {
        int s = doExec();
        if (s < NORMAL) {
            s = awaitUninterruptibly();
        }
        if (s != NORMAL) {
            reportException(s);
        }
        return getRawResult();
    }

    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        if (t1 == null || t2 == null) {
            throw new NullPointerException();
        }
        t2.fork();
        int s1 = t1.doExec();
        if (s1 < NORMAL) {
            s1 = t1.awaitUninterruptibly();
        }
        if (s1 != NORMAL) {
            t2.cancel(false);
            t1.reportException(s1);
        }
        int s2 = t2.awaitUninterruptibly();
        if (s2 != NORMAL) {
            t2.reportException(s2);
        }
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        int last = tasks.length - 1;
        for (int i = last; i >= 0; --i) {
            ForkJoinTask<?> t = tasks[i];
            if (t == null) {
                throw new NullPointerException();
            }
            if (i == 0) {
                t.doExec();
            } else {
                t.fork();
            }
        }
        Throwable ex = null;
        int bad = -1;
        for (int i = 0; i <= last; ++i) {
            ForkJoinTask<?> t = tasks[i];
            int s = t.awaitUninterruptibly();
            if (s != NORMAL) {
                bad = i;
                break;
            }
        }
        if (bad >= 0) {
            for (int i = 0; i <= last; ++i) {
                if (i != bad) {
                    tasks[i].cancel(false);
                }
            }
            tasks[bad].reportException(tasks[bad].status);
        }
    }

    public static <T extends ForkJoinTask<?>> Collection<T> invokeAll(Collection<T> tasks) {
        if (!(tasks instanceof RandomAccess) || !(tasks instanceof List<?>)) {
            invokeAll(tasks.toArray(new ForkJoinTask<?>[0]));
            return tasks;
        }
        List<? extends ForkJoinTask<?>> ts = (List<? extends ForkJoinTask<?>>) tasks;
        invokeAll(ts.toArray(new ForkJoinTask<?>[0]));
        return tasks;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return setDone(CANCELLED, null) || status == CANCELLED;
    }

    @Override
    public final boolean isDone() {
        return status >= NORMAL;
    }

    @Override
    public final boolean isCancelled() {
        return status == CANCELLED;
    }

    public final boolean isCompletedAbnormally() {
        return status >= EXCEPTIONAL;
    }

    public final boolean isCompletedNormally() {
        return status == NORMAL;
    }

    public final Throwable getException() {
        int s = status;
        return (s == CANCELLED) ? new CancellationException() : (s == EXCEPTIONAL) ? foreignException() : null;
    }

    public void completeExceptionally(Throwable ex) {
        setDone(EXCEPTIONAL, (ex instanceof RuntimeException || ex instanceof Error) ? ex : new RuntimeException(ex));
    }

    public void complete(V value) {
        try {
            setRawResult(value);
        } catch (Throwable rex) {
            setDone(EXCEPTIONAL, rex);
            return;
        }
        setDone(NORMAL, null);
    }

    public final void quietlyComplete() {
        setDone(NORMAL, null);
    }

    @Override
    public final V get() throws InterruptedException, ExecutionException {
        int s = awaitDone(true, false, 0L);
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            throw new ExecutionException(foreignException());
        }
        return getRawResult();
    }

    @Override
    public final V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        int s = awaitDone(true, true, nanos);
        if (s < NORMAL) {
            throw new TimeoutException();
        }
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            throw new ExecutionException(foreignException());
        }
        return getRawResult();
    }

    public final void quietlyJoin() {
        if (status < NORMAL) {
            awaitUninterruptibly();
        }
    }

    public final void quietlyInvoke() {
        if (doExec() < NORMAL) {
            awaitUninterruptibly();
        }
    }

    public static void helpQuiesce() {
        Thread t = Thread.currentThread();
        ForkJoinPool p = (t instanceof ForkJoinWorkerThread) ? ((ForkJoinWorkerThread) t).pool : ForkJoinPool.common;
        p.helpQuiesce();
    }

    public void reinitialize() {
        exception = null;
        status = PENDING;
    }

    public static ForkJoinPool getPool() {
        Thread t = Thread.currentThread();
        return (t instanceof ForkJoinWorkerThread) ? ((ForkJoinWorkerThread) t).pool : null;
    }

    public static boolean inForkJoinPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread;
    }

    public boolean tryUnfork() {
        ForkJoinPool p = pool;
        return p != null && p.tryUnqueue(this);
    }

    public static int getQueuedTaskCount() {
        ForkJoinPool p = getPool();
        return (p == null) ? 0 : p.getQueuedTaskCount0();
    }

    public static int getSurplusQueuedTaskCount() {
        ForkJoinPool p = getPool();
        return (p == null) ? 0 : Math.max(0, p.getQueuedTaskCount0() - p.getParallelism());
    }

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    protected abstract boolean exec();

    protected static ForkJoinTask<?> peekNextLocalTask() {
        ForkJoinPool p = getPool();
        return (p == null) ? null : p.peekLast();
    }

    protected static ForkJoinTask<?> pollNextLocalTask() {
        ForkJoinPool p = getPool();
        return (p == null) ? null : p.pollLast();
    }

    protected static ForkJoinTask<?> pollTask() {
        return pollNextLocalTask();
    }

    protected static ForkJoinTask<?> pollSubmission() {
        return pollNextLocalTask();
    }

    public final short getForkJoinTaskTag() {
        return tag;
    }

    public final short setForkJoinTaskTag(short newValue) {
        synchronized (this) {
            short old = tag;
            tag = newValue;
            return old;
        }
    }

    public final boolean compareAndSetForkJoinTaskTag(short expect, short update) {
        synchronized (this) {
            if (tag != expect) {
                return false;
            }
            tag = update;
            return true;
        }
    }

    /** Runs a Runnable; result is a given value. */
    static final class AdaptedRunnable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private static final long serialVersionUID = 5232453952276885070L;

        final Runnable runnable;
        T result;

        AdaptedRunnable(Runnable runnable, T result) {
            if (runnable == null) {
                throw new NullPointerException();
            }
            this.runnable = runnable;
            this.result = result;
        }

        @Override
        public T getRawResult() {
            return result;
        }

        @Override
        public void setRawResult(T v) {
            result = v;
        }

        @Override
        public boolean exec() {
            runnable.run();
            return true;
        }

        @Override
        public void run() {
            invoke();
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + runnable + "]";
        }
    }

    /** Runs a Runnable with no result (ForkJoinPool.execute(Runnable)). */
    static final class AdaptedRunnableAction extends ForkJoinTask<Void> implements RunnableFuture<Void> {
        private static final long serialVersionUID = 5232453952276885070L;

        final Runnable runnable;

        AdaptedRunnableAction(Runnable runnable) {
            if (runnable == null) {
                throw new NullPointerException();
            }
            this.runnable = runnable;
        }

        @Override
        public Void getRawResult() {
            return null;
        }

        @Override
        public void setRawResult(Void v) {
        }

        @Override
        public boolean exec() {
            runnable.run();
            return true;
        }

        @Override
        public void run() {
            invoke();
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + runnable + "]";
        }
    }

    /** Runs a Callable; checked exceptions are wrapped in RuntimeException. */
    static final class AdaptedCallable<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private static final long serialVersionUID = 2838392045355241008L;

        final Callable<? extends T> callable;
        T result;

        AdaptedCallable(Callable<? extends T> callable) {
            if (callable == null) {
                throw new NullPointerException();
            }
            this.callable = callable;
        }

        @Override
        public T getRawResult() {
            return result;
        }

        @Override
        public void setRawResult(T v) {
            result = v;
        }

        @Override
        public boolean exec() {
            try {
                result = callable.call();
                return true;
            } catch (RuntimeException rex) {
                throw rex;
            } catch (Exception ex) {
                throw new RuntimeException(ex);
            }
        }

        @Override
        public void run() {
            invoke();
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + callable + "]";
        }
    }

    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return new AdaptedRunnableAction(runnable);
    }

    public static <T> ForkJoinTask<T> adapt(Runnable runnable, T result) {
        return new AdaptedRunnable<T>(runnable, result);
    }

    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        return new AdaptedCallable<T>(callable);
    }
}
