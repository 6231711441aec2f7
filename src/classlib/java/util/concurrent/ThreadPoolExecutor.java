package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;

/**
 * An ExecutorService running tasks on a pool of worker threads, following the documented
 * policy: below the core size a new task starts a new worker; otherwise it is queued; if the
 * queue refuses it, a worker is added up to the maximum size; otherwise it is rejected. Workers
 * above the core size (or all, with allowCoreThreadTimeOut) end after keepAliveTime idle.
 *
 * <p>Tern design: all bookkeeping is guarded by one private monitor ({@code mainLock}), which is
 * never held while a worker waits on the queue or runs a task; awaitTermination waits on it.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    static final int RUNNING = 0;
    static final int SHUTDOWN = 1;
    static final int STOP = 2;
    static final int TIDYING = 3;
    static final int TERMINATED = 4;

    private final Object mainLock = new Object();
    private final BlockingQueue<Runnable> workQueue;
    private final HashSet<Worker> workers = new HashSet<>();

    /** Run state; guarded by mainLock (read freely). */
    private volatile int runState;
    /** Workers counted as alive (decremented when a worker decides to exit). Guarded by mainLock. */
    private int workerCount;
    private int largestPoolSize;
    private long completedTaskCount;

    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveTime;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;

    private static final RejectedExecutionHandler defaultHandler = new AbortPolicy();

    /** A worker thread's runnable and bookkeeping. */
    private final class Worker implements Runnable {
        final Thread thread;
        Runnable firstTask;
        volatile long completedTasks;
        /**
         * True while running a task, and from creation until the thread starts its loop (as
         * the JDK's worker lock, which counts as held until then). Guarded by mainLock.
         */
        boolean active = true;
        boolean started;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
            this.thread = getThreadFactory().newThread(this);
        }

        @Override
        public void run() {
            runWorker(this);
        }
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                handler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null || handler == null) {
            throw new NullPointerException();
        }
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveTime = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    // ---- internals shared with ScheduledThreadPoolExecutor ----

    final boolean isRunning() {
        return runState == RUNNING;
    }

    final boolean isStopped() {
        return runState >= STOP;
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    /** Hook for ScheduledThreadPoolExecutor: called by shutdown() (mainLock not held). */
    void onShutdown() {
    }

    /** Starts a worker if fewer than the core size run (at least one). */
    final void ensurePrestart() {
        synchronized (mainLock) {
            int wc = workerCount;
            if (wc < corePoolSize) {
                addWorker(null, true);
            } else if (wc == 0) {
                addWorker(null, false);
            }
        }
    }

    /**
     * Adds a worker running firstTask (then queued tasks), if the state and the core/maximum
     * bound allow. Call with mainLock held.
     */
    private boolean addWorker(Runnable firstTask, boolean core) {
        int rs = runState;
        if (rs >= SHUTDOWN && (rs >= STOP || firstTask != null || workQueue.isEmpty())) {
            return false;
        }
        if (workerCount >= (core ? corePoolSize : maximumPoolSize)) {
            return false;
        }
        Worker w = new Worker(firstTask);
        Thread t = w.thread;
        if (t == null) {
            return false;
        }
        if (t.isAlive()) {
            throw new IllegalThreadStateException();
        }
        workerCount++;
        workers.add(w);
        if (workers.size() > largestPoolSize) {
            largestPoolSize = workers.size();
        }
        w.started = true;
        t.start();
        return true;
    }

    /** The next task for a worker, or null when the worker must exit (count already decremented). */
    private Runnable getTask() {
        boolean timedOut = false;
        for (;;) {
            boolean timed;
            synchronized (mainLock) {
                int rs = runState;
                if (rs >= SHUTDOWN && (rs >= STOP || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
                int wc = workerCount;
                timed = allowCoreThreadTimeOut || wc > corePoolSize;
                if ((wc > maximumPoolSize || (timed && timedOut)) && (wc > 1 || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveTime, TimeUnit.NANOSECONDS) : workQueue.take();
                if (r != null) {
                    return r;
                }
                timedOut = true;
            } catch (InterruptedException retry) {
                timedOut = false;
            }
        }
    }

    private void runWorker(Worker w) {
        Thread wt = Thread.currentThread();
        Runnable task = w.firstTask;
        w.firstTask = null;
        synchronized (mainLock) {
            w.active = false;
        }
        boolean completedAbruptly = true;
        try {
            while (task != null || (task = getTask()) != null) {
                synchronized (mainLock) {
                    w.active = true;
                }
                if (runState >= STOP) {
                    if (!wt.isInterrupted()) {
                        wt.interrupt();
                    }
                } else if (Thread.interrupted() && runState >= STOP) {
                    wt.interrupt();
                }
                try {
                    beforeExecute(wt, task);
                    try {
                        task.run();
                        afterExecute(task, null);
                    } catch (Throwable ex) {
                        afterExecute(task, ex);
                        throw ex;
                    }
                } finally {
                    task = null;
                    w.completedTasks++;
                    synchronized (mainLock) {
                        w.active = false;
                    }
                }
            }
            completedAbruptly = false;
        } finally {
            processWorkerExit(w, completedAbruptly);
        }
    }

    private void processWorkerExit(Worker w, boolean completedAbruptly) {
        synchronized (mainLock) {
            if (completedAbruptly) {
                workerCount--;
            }
            completedTaskCount += w.completedTasks;
            workers.remove(w);
        }
        tryTerminate();
        synchronized (mainLock) {
            if (runState < STOP) {
                if (!completedAbruptly) {
                    int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
                    if (min == 0 && !workQueue.isEmpty()) {
                        min = 1;
                    }
                    if (workerCount >= min) {
                        return;
                    }
                }
                addWorker(null, false);
            }
        }
    }

    /** Interrupts workers not running a task (mainLock held); only one if onlyOne. */
    private void interruptIdleWorkers(boolean onlyOne) {
        for (Worker w : workers) {
            Thread t = w.thread;
            if (!w.active && !t.isInterrupted()) {
                t.interrupt();
            }
            if (onlyOne) {
                break;
            }
        }
    }

    /** Moves to TERMINATED when shut down with no workers left (and, if SHUTDOWN, no tasks). */
    final void tryTerminate() {
        synchronized (mainLock) {
            int rs = runState;
            if (rs == RUNNING || rs >= TIDYING || (rs == SHUTDOWN && !workQueue.isEmpty())) {
                return;
            }
            if (workerCount != 0) {
                interruptIdleWorkers(true);
                return;
            }
            runState = TIDYING;
            try {
                terminated();
            } finally {
                runState = TERMINATED;
                mainLock.notifyAll();
            }
        }
    }

    // ---- public API ----

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        boolean rejected = false;
        synchronized (mainLock) {
            if (workerCount < corePoolSize && addWorker(command, true)) {
                return;
            }
            if (runState == RUNNING && workQueue.offer(command)) {
                if (runState != RUNNING && workQueue.remove(command)) {
                    rejected = true;
                } else if (workerCount == 0) {
                    addWorker(null, false);
                }
            } else if (!addWorker(command, false)) {
                rejected = true;
            }
        }
        if (rejected) {
            reject(command);
        }
    }

    @Override
    public void shutdown() {
        synchronized (mainLock) {
            if (runState < SHUTDOWN) {
                runState = SHUTDOWN;
            }
            interruptIdleWorkers(false);
        }
        onShutdown();
        tryTerminate();
    }

    @Override
    public List<Runnable> shutdownNow() {
        ArrayList<Runnable> tasks = new ArrayList<>();
        synchronized (mainLock) {
            if (runState < STOP) {
                runState = STOP;
            }
            for (Worker w : workers) {
                if (w.started && !w.thread.isInterrupted()) {
                    w.thread.interrupt();
                }
            }
            workQueue.drainTo(tasks);
            if (!workQueue.isEmpty()) {
                for (Runnable r : workQueue.toArray(new Runnable[0])) {
                    if (workQueue.remove(r)) {
                        tasks.add(r);
                    }
                }
            }
        }
        tryTerminate();
        return tasks;
    }

    @Override
    public boolean isShutdown() {
        return runState >= SHUTDOWN;
    }

    boolean isStopped0() {
        return runState >= STOP;
    }

    public boolean isTerminating() {
        int rs = runState;
        return rs >= SHUTDOWN && rs < TERMINATED;
    }

    @Override
    public boolean isTerminated() {
        return runState == TERMINATED;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        synchronized (mainLock) {
            while (runState != TERMINATED) {
                if (nanos <= 0L) {
                    return false;
                }
                long deadline = System.nanoTime() + nanos;
                TimeUnit.NANOSECONDS.timedWait(mainLock, nanos);
                nanos = deadline - System.nanoTime();
            }
            return true;
        }
    }

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) {
            throw new NullPointerException();
        }
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) {
            throw new NullPointerException();
        }
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        synchronized (mainLock) {
            int delta = corePoolSize - this.corePoolSize;
            this.corePoolSize = corePoolSize;
            if (workerCount > corePoolSize) {
                interruptIdleWorkers(false);
            } else if (delta > 0) {
                int k = Math.min(delta, workQueue.size());
                while (k-- > 0 && addWorker(null, true)) {
                    if (workQueue.isEmpty()) {
                        break;
                    }
                }
            }
        }
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public boolean prestartCoreThread() {
        synchronized (mainLock) {
            return workerCount < corePoolSize && addWorker(null, true);
        }
    }

    public int prestartAllCoreThreads() {
        int n = 0;
        synchronized (mainLock) {
            while (addWorker(null, true)) {
                ++n;
            }
        }
        return n;
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveTime <= 0) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        if (value != allowCoreThreadTimeOut) {
            allowCoreThreadTimeOut = value;
            if (value) {
                synchronized (mainLock) {
                    interruptIdleWorkers(false);
                }
            }
        }
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        synchronized (mainLock) {
            this.maximumPoolSize = maximumPoolSize;
            if (workerCount > maximumPoolSize) {
                interruptIdleWorkers(false);
            }
        }
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) {
            throw new IllegalArgumentException();
        }
        if (time == 0 && allowsCoreThreadTimeOut()) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        long keepAliveTime = unit.toNanos(time);
        long delta = keepAliveTime - this.keepAliveTime;
        this.keepAliveTime = keepAliveTime;
        if (delta < 0) {
            synchronized (mainLock) {
                interruptIdleWorkers(false);
            }
        }
    }

    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveTime, TimeUnit.NANOSECONDS);
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    public void purge() {
        for (Iterator<Runnable> it = workQueue.iterator(); it.hasNext(); ) {
            Runnable r = it.next();
            if (r instanceof Future<?> && ((Future<?>) r).isCancelled()) {
                it.remove();
            }
        }
        tryTerminate();
    }

    public int getPoolSize() {
        synchronized (mainLock) {
            return (runState >= TIDYING) ? 0 : workers.size();
        }
    }

    public int getActiveCount() {
        synchronized (mainLock) {
            int n = 0;
            for (Worker w : workers) {
                if (w.active) {
                    ++n;
                }
            }
            return n;
        }
    }

    public int getLargestPoolSize() {
        synchronized (mainLock) {
            return largestPoolSize;
        }
    }

    public long getTaskCount() {
        synchronized (mainLock) {
            long n = completedTaskCount;
            for (Worker w : workers) {
                n += w.completedTasks;
                if (w.active) {
                    ++n;
                }
            }
            return n + workQueue.size();
        }
    }

    public long getCompletedTaskCount() {
        synchronized (mainLock) {
            long n = completedTaskCount;
            for (Worker w : workers) {
                n += w.completedTasks;
            }
            return n;
        }
    }

    @Override
    public String toString() {
        long ncompleted;
        int nworkers;
        int nactive;
        synchronized (mainLock) {
            ncompleted = completedTaskCount;
            nactive = 0;
            nworkers = workers.size();
            for (Worker w : workers) {
                ncompleted += w.completedTasks;
                if (w.active) {
                    ++nactive;
                }
            }
        }
        int rs = runState;
        String state = (rs == RUNNING) ? "Running" : (rs >= TERMINATED) ? "Terminated" : "Shutting down";
        return super.toString() + "[" + state + ", pool size = " + nworkers + ", active threads = " + nactive
                + ", queued tasks = " + workQueue.size() + ", completed tasks = " + ncompleted + "]";
    }

    protected void beforeExecute(Thread t, Runnable r) {
    }

    protected void afterExecute(Runnable r, Throwable t) {
    }

    protected void terminated() {
    }

    /** Runs a rejected task in the caller's thread, unless the executor is shut down. */
    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                r.run();
            }
        }
    }

    /** Throws RejectedExecutionException. */
    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    /** Silently drops the rejected task. */
    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
        }
    }

    /** Drops the oldest queued task and retries, unless the executor is shut down. */
    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
