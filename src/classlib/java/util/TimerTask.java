/*
 * @fileoverview A task that a Timer runs once or repeatedly. Tern class library.
 */
package java.util;

/** A task that can be scheduled for one-time or repeated execution by a Timer. */
public abstract class TimerTask implements Runnable {
    /** Guards the fields below (the Timer's thread and callers of cancel()). */
    final Object lock = new Object();

    static final int VIRGIN = 0;
    static final int SCHEDULED = 1;
    static final int EXECUTED = 2;
    static final int CANCELLED = 3;

    int state = VIRGIN;

    /** Next execution time (System.currentTimeMillis); for repeating tasks, updated before each run. */
    long nextExecutionTime;

    /** 0 for one-time tasks, positive for fixed-rate, negative for fixed-delay. */
    long period = 0;

    /** Creates a new timer task. */
    protected TimerTask() {
    }

    /** The action of this task. */
    public abstract void run();

    /** Cancels the task; true when that prevented one or more scheduled executions. */
    public boolean cancel() {
        synchronized (lock) {
            boolean result = (state == SCHEDULED);
            state = CANCELLED;
            return result;
        }
    }

    /** The scheduled time of the most recent actual execution. */
    public long scheduledExecutionTime() {
        synchronized (lock) {
            return (period < 0 ? nextExecutionTime + period : nextExecutionTime - period);
        }
    }
}
