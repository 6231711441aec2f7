package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * An ExecutorService for ForkJoinTasks. Tern design: one task deque per pool guarded by a
 * private monitor; tasks forked by workers and external submissions are pushed at its tail,
 * idle workers take the oldest task at its head, and a join takes the joined task back from
 * the tail if nobody started it yet (so joins never wait for queued work). Workers are daemon
 * threads created on demand up to the parallelism, named like the JDK's
 * ("ForkJoinPool-N-worker-M", "ForkJoinPool.commonPool-worker-M").
 */
public class ForkJoinPool extends AbstractExecutorService {
    /** Creates worker threads for a pool. */
    public static interface ForkJoinWorkerThreadFactory {
        ForkJoinWorkerThread newThread(ForkJoinPool pool);
    }

    /** A blocking operation run by managedBlock. */
    public static interface ManagedBlocker {
        boolean block() throws InterruptedException;

        boolean isReleasable();
    }

    /** Creates plain ForkJoinWorkerThreads. */
    static final class DefaultForkJoinWorkerThreadFactory implements ForkJoinWorkerThreadFactory {
        @Override
        public final ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return new ForkJoinWorkerThread(pool);
        }
    }

    public static final ForkJoinWorkerThreadFactory defaultForkJoinWorkerThreadFactory =
            new DefaultForkJoinWorkerThreadFactory();

    private static final int MAX_CAP = 0x7fff;
    private static int poolIds;

    static final ForkJoinPool common;

    static {
        int par = -1;
        String pp = System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism");
        if (pp != null) {
            try {
                par = Integer.parseInt(pp);
            } catch (NumberFormatException ignore) {
                par = -1;
            }
        }
        if (par < 0) {
            par = Runtime.getRuntime().availableProcessors() - 1;
        }
        if (par <= 0) {
            par = 1;
        }
        if (par > MAX_CAP) {
            par = MAX_CAP;
        }
        common = new ForkJoinPool(par, "ForkJoinPool.commonPool-worker-");
    }

    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;

    private final Object lock = new Object();
    private final ArrayDeque<ForkJoinTask<?>> queue = new ArrayDeque<>();
    private final ArrayList<ForkJoinWorkerThread> workers = new ArrayList<>();
    private final int parallelism;
    private final String workerNamePrefix;
    private final ForkJoinWorkerThreadFactory factory;
    private final Thread.UncaughtExceptionHandler ueh;
    private final boolean asyncMode;
    private final boolean isCommon;
    /** Guarded by lock. */
    private int nextWorkerNumber = 1;
    private int idleWorkers;
    private int activeWorkers;
    private int pendingStarts;
    private long stealCount;
    private volatile int runState;

    private static synchronized int nextPoolId() {
        return ++poolIds;
    }

    public ForkJoinPool() {
        this(Math.min(MAX_CAP, Runtime.getRuntime().availableProcessors()), defaultForkJoinWorkerThreadFactory, null,
                false);
    }

    public ForkJoinPool(int parallelism) {
        this(parallelism, defaultForkJoinWorkerThreadFactory, null, false);
    }

    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory, Thread.UncaughtExceptionHandler handler,
            boolean asyncMode) {
        if (parallelism <= 0 || parallelism > MAX_CAP) {
            throw new IllegalArgumentException();
        }
        if (factory == null) {
            throw new NullPointerException();
        }
        this.parallelism = parallelism;
        this.factory = factory;
        this.ueh = handler;
        this.asyncMode = asyncMode;
        this.isCommon = false;
        this.workerNamePrefix = "ForkJoinPool-" + nextPoolId() + "-worker-";
    }

    /** The common pool. */
    private ForkJoinPool(int parallelism, String prefix) {
        this.parallelism = parallelism;
        this.factory = defaultForkJoinWorkerThreadFactory;
        this.ueh = null;
        this.asyncMode = false;
        this.isCommon = true;
        this.workerNamePrefix = prefix;
    }

    public static ForkJoinPool commonPool() {
        return common;
    }

    public static int getCommonPoolParallelism() {
        return common.parallelism;
    }

    // ---- workers ----

    final String nextWorkerName() {
        synchronized (lock) {
            return workerNamePrefix + (nextWorkerNumber++);
        }
    }

    final int registerWorker(ForkJoinWorkerThread w) {
        synchronized (lock) {
            workers.add(w);
            return workers.size() - 1;
        }
    }

    final void deregisterWorker(ForkJoinWorkerThread w, Throwable ex) {
        synchronized (lock) {
            workers.remove(w);
            lock.notifyAll();
        }
        if (ex != null) {
            ForkJoinPool.<RuntimeException>uncheckedThrow(ex);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void uncheckedThrow(Throwable t) throws T {
        throw (T) t;
    }

    /** True if the current thread may run this pool's queued tasks while joining. */
    final boolean canHelp() {
        if (isCommon) {
            return true;
        }
        Thread t = Thread.currentThread();
        return (t instanceof ForkJoinWorkerThread) && ((ForkJoinWorkerThread) t).pool == this;
    }

    /** Starts a worker if the queue has work no idle worker will take (lock held). */
    private void signalWork() {
        if (idleWorkers > 0) {
            lock.notify();
            return;
        }
        if (workers.size() + pendingStarts < parallelism && runState == RUNNING) {
            pendingStarts++;
            ForkJoinWorkerThread w = null;
            try {
                w = factory.newThread(this);
            } finally {
                pendingStarts--;
            }
            if (w != null) {
                w.start();
            }
        }
    }

    final void runWorker(ForkJoinWorkerThread w) {
        for (;;) {
            ForkJoinTask<?> t;
            synchronized (lock) {
                for (;;) {
                    if (runState >= STOP) {
                        return;
                    }
                    t = queue.pollFirst();
                    if (t != null) {
                        break;
                    }
                    if (runState >= SHUTDOWN) {
                        lock.notifyAll();
                        return;
                    }
                    idleWorkers++;
                    try {
                        lock.wait();
                    } catch (InterruptedException ignore) {
                        // a worker only stops when the pool does
                    } finally {
                        idleWorkers--;
                    }
                }
                activeWorkers++;
                stealCount++;
            }
            try {
                t.doExec();
            } finally {
                synchronized (lock) {
                    activeWorkers--;
                    if (activeWorkers == 0 && queue.isEmpty()) {
                        lock.notifyAll();
                    }
                }
            }
        }
    }

    /** Queues a task (fork or submission). */
    final void push(ForkJoinTask<?> task) {
        synchronized (lock) {
            if (runState != RUNNING) {
                throw new RejectedExecutionException();
            }
            task.pool = this;
            queue.addLast(task);
            signalWork();
        }
    }

    /** Removes task from the queue if no one took it yet (then the caller runs it). */
    final boolean tryUnqueue(ForkJoinTask<?> task) {
        synchronized (lock) {
            if (queue.peekLast() == task) {
                queue.pollLast();
                return true;
            }
            return queue.removeLastOccurrence(task);
        }
    }

    final ForkJoinTask<?> peekLast() {
        synchronized (lock) {
            return queue.peekLast();
        }
    }

    final ForkJoinTask<?> pollLast() {
        synchronized (lock) {
            return queue.pollLast();
        }
    }

    final int getQueuedTaskCount0() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Runs queued tasks in the caller until the pool is quiescent. */
    final void helpQuiesce() {
        for (;;) {
            ForkJoinTask<?> t;
            synchronized (lock) {
                t = queue.pollLast();
                if (t == null) {
                    if (activeWorkers <= (Thread.currentThread() instanceof ForkJoinWorkerThread ? 1 : 0)) {
                        return;
                    }
                }
            }
            if (t != null) {
                t.doExec();
            } else {
                Thread.yield();
            }
        }
    }

    // ---- ExecutorService ----

    public <T> T invoke(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
        return task.join();
    }

    public void execute(ForkJoinTask<?> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
    }

    @Override
    public void execute(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> job = (task instanceof ForkJoinTask<?>) ? (ForkJoinTask<?>) task
                : new ForkJoinTask.AdaptedRunnableAction(task);
        push(job);
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        push(task);
        return task;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Callable<T> task) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedCallable<T>(task);
        push(job);
        return job;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Runnable task, T result) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedRunnable<T>(task, result);
        push(job);
        return job;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ForkJoinTask<?> submit(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> job = (task instanceof ForkJoinTask<?>) ? (ForkJoinTask<?>) task
                : new ForkJoinTask.AdaptedRunnableAction(task);
        push(job);
        return job;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                ForkJoinTask<T> f = new ForkJoinTask.AdaptedCallable<T>(t);
                futures.add(f);
                push(f);
            }
            for (Future<T> f : futures) {
                ((ForkJoinTask<?>) f).quietlyJoin();
            }
            return futures;
        } catch (Throwable t) {
            for (Future<T> f : futures) {
                f.cancel(false);
            }
            throw t;
        }
    }

    public ForkJoinWorkerThreadFactory getFactory() {
        return factory;
    }

    public Thread.UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return ueh;
    }

    public int getParallelism() {
        return parallelism;
    }

    public int getPoolSize() {
        synchronized (lock) {
            return workers.size();
        }
    }

    public boolean getAsyncMode() {
        return asyncMode;
    }

    public int getRunningThreadCount() {
        synchronized (lock) {
            return activeWorkers;
        }
    }

    public int getActiveThreadCount() {
        synchronized (lock) {
            return activeWorkers;
        }
    }

    public boolean isQuiescent() {
        synchronized (lock) {
            return activeWorkers == 0 && queue.isEmpty();
        }
    }

    public long getStealCount() {
        synchronized (lock) {
            return stealCount;
        }
    }

    public long getQueuedTaskCount() {
        return getQueuedTaskCount0();
    }

    public int getQueuedSubmissionCount() {
        return getQueuedTaskCount0();
    }

    public boolean hasQueuedSubmissions() {
        return getQueuedTaskCount0() > 0;
    }

    @Override
    public String toString() {
        int size;
        int active;
        long steals;
        int tasks;
        synchronized (lock) {
            size = workers.size();
            active = activeWorkers;
            steals = stealCount;
            tasks = queue.size();
        }
        int rs = runState;
        String level = (rs == RUNNING) ? "Running" : (isTerminated() ? "Terminated" : "Shutting down");
        return super.toString() + "[" + level + ", parallelism = " + parallelism + ", size = " + size
                + ", active = " + active + ", running = " + active + ", steals = " + steals + ", tasks = " + tasks
                + ", submissions = 0]";
    }

    @Override
    public void shutdown() {
        if (isCommon) {
            return;
        }
        synchronized (lock) {
            if (runState < SHUTDOWN) {
                runState = SHUTDOWN;
            }
            lock.notifyAll();
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        if (isCommon) {
            return new ArrayList<>();
        }
        ArrayList<ForkJoinTask<?>> cancelled = new ArrayList<>();
        synchronized (lock) {
            runState = STOP;
            cancelled.addAll(queue);
            queue.clear();
            for (ForkJoinWorkerThread w : workers) {
                w.interrupt();
            }
            lock.notifyAll();
        }
        for (ForkJoinTask<?> t : cancelled) {
            t.cancel(false);
        }
        return new ArrayList<>();
    }

    @Override
    public boolean isTerminated() {
        if (runState == RUNNING) {
            return false;
        }
        synchronized (lock) {
            return workers.isEmpty() && (runState >= STOP || queue.isEmpty());
        }
    }

    public boolean isTerminating() {
        return runState != RUNNING && !isTerminated();
    }

    @Override
    public boolean isShutdown() {
        return runState != RUNNING;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (isCommon) {
            return awaitQuiescence(timeout, unit);
        }
        long nanos = unit.toNanos(timeout);
        long deadline = System.nanoTime() + nanos;
        synchronized (lock) {
            while (!isTerminated()) {
                nanos = deadline - System.nanoTime();
                if (nanos <= 0L) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, nanos);
            }
            return true;
        }
    }

    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        long nanos = unit.toNanos(timeout);
        long deadline = System.nanoTime() + nanos;
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool == this) {
            helpQuiesce();
            return true;
        }
        synchronized (lock) {
            while (!(activeWorkers == 0 && queue.isEmpty())) {
                nanos = deadline - System.nanoTime();
                if (nanos <= 0L) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, nanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    public static void managedBlock(ManagedBlocker blocker) throws InterruptedException {
        if (blocker == null) {
            throw new NullPointerException();
        }
        while (!blocker.isReleasable()) {
            if (blocker.block()) {
                break;
            }
        }
    }
}
