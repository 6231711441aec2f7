package java.lang;

import java.io.PrintStream;

/**
 * A named group of threads and groups. The root "system" group is made by
 * Thread.initMainThread together with its child "main". The group is the last-resort
 * uncaught-exception handler, printing exactly like JDK 17.
 */
public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    private final ThreadGroup parent;
    private final String name;
    private int maxPriority;
    private boolean daemon;
    /** Threads started in this group (dead ones are pruned lazily). Guarded by this. */
    private Thread[] threads = new Thread[4];
    private int threadCount;
    /** Direct subgroups. Guarded by this. */
    private ThreadGroup[] groups = new ThreadGroup[4];
    private int groupCount;

    /** The root "system" group. */
    ThreadGroup() {
        this.parent = null;
        this.name = "system";
        this.maxPriority = Thread.MAX_PRIORITY;
    }

    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    public ThreadGroup(ThreadGroup parent, String name) {
        if (parent == null) {
            throw new NullPointerException();
        }
        this.parent = parent;
        this.name = name;
        this.maxPriority = parent.maxPriority;
        this.daemon = parent.daemon;
        parent.addGroup(this);
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getParent() {
        return parent;
    }

    public final int getMaxPriority() {
        return maxPriority;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean daemon) {
        this.daemon = daemon;
    }

    /** Lowers (or raises up to the parent's) maximum priority, for subgroups too. */
    public final void setMaxPriority(int pri) {
        if (pri < Thread.MIN_PRIORITY || pri > Thread.MAX_PRIORITY) {
            return;
        }
        ThreadGroup[] snapshot;
        synchronized (this) {
            maxPriority = (parent != null) ? Math.min(pri, parent.maxPriority) : pri;
            snapshot = subgroups();
        }
        for (ThreadGroup g : snapshot) {
            g.setMaxPriority(pri);
        }
    }

    /** True if this group is {@code g} or one of its ancestors. */
    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent) {
            if (g == this) {
                return true;
            }
        }
        return false;
    }

    /** No security manager in Tern: always allowed. */
    public final void checkAccess() {
    }

    /** Live threads in this group and its subgroups. */
    public int activeCount() {
        int n;
        ThreadGroup[] snapshot;
        synchronized (this) {
            pruneDead();
            n = threadCount;
            snapshot = subgroups();
        }
        for (ThreadGroup g : snapshot) {
            n += g.activeCount();
        }
        return n;
    }

    /** Subgroups, recursively. */
    public int activeGroupCount() {
        ThreadGroup[] snapshot;
        synchronized (this) {
            snapshot = subgroups();
        }
        int n = snapshot.length;
        for (ThreadGroup g : snapshot) {
            n += g.activeGroupCount();
        }
        return n;
    }

    /** Copies live threads of this group and its subgroups into {@code list}. */
    public int enumerate(Thread[] list) {
        return enumerate(list, 0);
    }

    private int enumerate(Thread[] list, int n) {
        ThreadGroup[] snapshot;
        synchronized (this) {
            pruneDead();
            for (int i = 0; i < threadCount && n < list.length; i++) {
                list[n++] = threads[i];
            }
            snapshot = subgroups();
        }
        for (ThreadGroup g : snapshot) {
            n = g.enumerate(list, n);
        }
        return n;
    }

    /** Interrupts every thread in this group and its subgroups. */
    public final void interrupt() {
        Thread[] live;
        ThreadGroup[] snapshot;
        synchronized (this) {
            pruneDead();
            live = new Thread[threadCount];
            System.arraycopy(threads, 0, live, 0, threadCount);
            snapshot = subgroups();
        }
        for (Thread t : live) {
            t.interrupt();
        }
        for (ThreadGroup g : snapshot) {
            g.interrupt();
        }
    }

    /** Prints this group and its threads to System.out (debugging aid, as in the JDK). */
    public void list() {
        list(System.out, 0);
    }

    private void list(PrintStream out, int indent) {
        String pad = " ".repeat(indent);
        out.println(pad + this);
        Thread[] live;
        ThreadGroup[] snapshot;
        synchronized (this) {
            pruneDead();
            live = new Thread[threadCount];
            System.arraycopy(threads, 0, live, 0, threadCount);
            snapshot = subgroups();
        }
        for (Thread t : live) {
            out.println(pad + "    " + t);
        }
        for (ThreadGroup g : snapshot) {
            g.list(out, indent + 4);
        }
    }

    /**
     * The default handling of an uncaught exception: the parent's, else the default handler,
     * else (unless it is a ThreadDeath) {@code Exception in thread "name" } and the trace.
     */
    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
            return;
        }
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(t, e);
        } else if (!(e instanceof ThreadDeath)) {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    @Override
    public String toString() {
        return getClass().getName() + "[name=" + getName() + ",maxpri=" + maxPriority + "]";
    }

    /** Records a started thread. */
    synchronized void add(Thread t) {
        pruneDead();
        if (threadCount == threads.length) {
            Thread[] bigger = new Thread[threadCount * 2];
            System.arraycopy(threads, 0, bigger, 0, threadCount);
            threads = bigger;
        }
        threads[threadCount++] = t;
    }

    private synchronized void addGroup(ThreadGroup g) {
        if (groupCount == groups.length) {
            ThreadGroup[] bigger = new ThreadGroup[groupCount * 2];
            System.arraycopy(groups, 0, bigger, 0, groupCount);
            groups = bigger;
        }
        groups[groupCount++] = g;
    }

    private void pruneDead() {
        int live = 0;
        for (int i = 0; i < threadCount; i++) {
            if (threads[i].isAlive()) {
                threads[live++] = threads[i];
            }
        }
        for (int i = live; i < threadCount; i++) {
            threads[i] = null;
        }
        threadCount = live;
    }

    private ThreadGroup[] subgroups() {
        ThreadGroup[] copy = new ThreadGroup[groupCount];
        System.arraycopy(groups, 0, copy, 0, groupCount);
        return copy;
    }
}
