package java.lang;

/**
 * A Java thread, run by the VM as a green thread.
 *
 * <p>VM-known members (docs/classlib-contract.md): the VM reads and writes {@code name},
 * {@code priority}, {@code daemon}, {@code target}, {@code group}, {@code tid},
 * {@code uncaughtExceptionHandler} and the static {@code defaultUncaughtExceptionHandler}; it
 * calls {@link #initMainThread()} once on the main thread (whose object it allocated with zero
 * fields), {@link #run()} on a started thread, {@link #dispatchUncaughtException(Throwable)}
 * when run ends with an exception, and does notifyAll on the Thread when it terminates (join
 * waits for that). Every other field must mean "the usual state" when zero.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private volatile String name;
    /** What the thread is parked on (LockSupport), read and written by the VM. */
    private volatile Object parkBlocker;
    private int priority;
    private boolean daemon;
    private Runnable target;
    private ThreadGroup group;
    private long tid;
    private UncaughtExceptionHandler uncaughtExceptionHandler;
    private static UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    /** True once start() was called (or for the main thread). */
    private boolean started;
    /** This thread's ThreadLocal values. */
    ThreadLocal.ThreadLocalMap threadLocals;
    /** This thread's InheritableThreadLocal values (copied into threads it creates). */
    ThreadLocal.ThreadLocalMap inheritableThreadLocals;

    /** Numbers for "Thread-N" names. */
    private static int threadInitNumber;
    /** The last thread id handed out (the main thread gets 1). */
    private static long threadSeqNumber;

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadId() {
        return ++threadSeqNumber;
    }

    public Thread() {
        this(null, null, "Thread-" + nextThreadNum(), 0, true);
    }

    public Thread(Runnable target) {
        this(null, target, "Thread-" + nextThreadNum(), 0, true);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, "Thread-" + nextThreadNum(), 0, true);
    }

    public Thread(String name) {
        this(null, null, name, 0, true);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name, 0, true);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name, 0, true);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        this(group, target, name, 0, true);
    }

    /** The stack size is ignored: every Tern thread gets the -Xss stack. */
    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        this(group, target, name, stackSize, true);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize,
            boolean inheritThreadLocals) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        Thread parent = currentThread();
        ThreadGroup g = (group != null) ? group : parent.getThreadGroup();
        this.group = g;
        this.daemon = parent.isDaemon();
        this.priority = Math.min(parent.getPriority(), g.getMaxPriority());
        this.name = name;
        this.target = target;
        if (inheritThreadLocals && parent.inheritableThreadLocals != null) {
            this.inheritableThreadLocals =
                    ThreadLocal.createInheritedMap(parent.inheritableThreadLocals);
        }
        this.tid = nextThreadId();
    }

    /** Called by the VM once, on the main thread, after System's streams exist. */
    static void initMainThread() {
        Thread main = currentThread();
        ThreadGroup system = new ThreadGroup();
        ThreadGroup mainGroup = new ThreadGroup(system, "main");
        main.name = "main";
        main.priority = NORM_PRIORITY;
        main.group = mainGroup;
        main.tid = nextThreadId();
        main.started = true;
        mainGroup.add(main);
    }

    /** VM: the running thread. */
    public static native Thread currentThread();

    /** VM: lets other threads run. */
    public static native void yield();

    /** Sleeps at least {@code millis} ms unless interrupted. */
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleep0(millis);
    }

    /** Sleeps; the nanosecond part rounds the milliseconds up, as in the JDK. */
    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        sleep0(millis);
    }

    /** VM: parks the current thread; throws InterruptedException (clearing the flag). */
    private static native void sleep0(long millis) throws InterruptedException;

    /** A hint for busy-wait loops; nothing to do on green threads. */
    public static void onSpinWait() {
    }

    /** Starts the thread; a thread can be started only once. */
    public synchronized void start() {
        if (started) {
            throw new IllegalThreadStateException();
        }
        started = true;
        start0();
        group.add(this);
    }

    /** VM: creates the green thread, which calls run(). */
    private native void start0();

    /** Runs the target, if any. Subclasses override this. */
    @Override
    public void run() {
        Runnable task = target;
        if (task != null) {
            task.run();
        }
    }

    /** Sets the interrupt flag and wakes the thread from wait, sleep or join. */
    public void interrupt() {
        interrupt0();
    }

    /** VM: interrupts this thread. */
    private native void interrupt0();

    /** Tests and clears the current thread's interrupt flag. */
    public static boolean interrupted() {
        return currentThread().isInterrupted0(true);
    }

    /** Tests this thread's interrupt flag. */
    public boolean isInterrupted() {
        return isInterrupted0(false);
    }

    /** VM: the interrupt flag, optionally cleared. */
    private native boolean isInterrupted0(boolean clearInterrupted);

    /** VM: started and not yet terminated. */
    public final native boolean isAlive();

    /** VM: does the current thread own {@code obj}'s monitor? */
    public static native boolean holdsLock(Object obj);

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        ThreadGroup g = getThreadGroup();
        if (g != null) {
            newPriority = Math.min(newPriority, g.getMaxPriority());
            priority = newPriority;
            setPriority0(newPriority);
        }
    }

    /** VM: tells the scheduler about a priority change. */
    private native void setPriority0(int newPriority);

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    /** The group, or null once the thread has terminated (as in the JDK). */
    public final ThreadGroup getThreadGroup() {
        return (started && !isAlive()) ? null : group;
    }

    /** The number of live threads in the current thread's group and its subgroups. */
    public static int activeCount() {
        return currentThread().getThreadGroup().activeCount();
    }

    /** Waits for this thread to terminate, at most {@code millis} ms (0 = forever). */
    public final synchronized void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (millis == 0) {
            while (isAlive()) {
                wait(0);
            }
            return;
        }
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (isAlive()) {
            long remaining = (deadline - System.nanoTime()) / 1_000_000L;
            if (remaining <= 0) {
                break;
            }
            wait(remaining);
        }
    }

    public final synchronized void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        join(millis);
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    /** Prints a stack trace of the current thread to System.err. */
    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    /** Daemon threads do not keep the VM alive; only settable before start. */
    public final void setDaemon(boolean on) {
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    /** No security manager in Tern: always allowed. */
    public final void checkAccess() {
    }

    /** The current thread's stack (starting with this method); empty for other threads. */
    public StackTraceElement[] getStackTrace() {
        if (this != currentThread()) {
            return new StackTraceElement[0];
        }
        return new Exception().getStackTrace();
    }

    public long getId() {
        return tid;
    }

    /** {@code Thread[name,priority,group]}, as in JDK 17. */
    @Override
    public String toString() {
        ThreadGroup g = getThreadGroup();
        return "Thread[" + getName() + "," + getPriority() + "," + (g != null ? g.getName() : "")
                + "]";
    }

    /** Thread states, in the JDK's order (getState0 returns the ordinal). */
    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    /** The thread's state, from the VM. */
    public State getState() {
        switch (getState0()) {
            case 0: return State.NEW;
            case 1: return State.RUNNABLE;
            case 2: return State.BLOCKED;
            case 3: return State.WAITING;
            case 4: return State.TIMED_WAITING;
            default: return State.TERMINATED;
        }
    }

    /** VM: the state's ordinal in {@link State}. */
    private native int getState0();

    /** Handles an exception that ends a thread's run method. */
    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
        defaultUncaughtExceptionHandler = ueh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    /** This thread's handler, else its group (which defers to the default handler). */
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler handler = uncaughtExceptionHandler;
        return (handler != null) ? handler : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
        uncaughtExceptionHandler = ueh;
    }

    /** Called by the VM when run() ends with {@code e}. */
    private void dispatchUncaughtException(Throwable e) {
        getUncaughtExceptionHandler().uncaughtException(this, e);
    }
}
