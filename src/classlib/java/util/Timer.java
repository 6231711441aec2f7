/*
 * @fileoverview Timer: one background thread that runs TimerTasks in order of their execution
 * times (one-time, fixed-delay and fixed-rate), with the JDK's argument checks and messages. A
 * task that throws ends the timer thread and cancels the timer, as in the JDK. The JDK also ends
 * the thread when the Timer object becomes unreachable; Tern does not (call cancel()). The
 * Date overloads take the Date's time as an absolute execution time (a time already past runs
 * the task at once). Tern class library.
 */
package java.util;

/** A facility for threads to schedule tasks for future execution in a background thread. */
public class Timer {
    private static int serialNumber;

    private static synchronized int serialNumber() {
        return serialNumber++;
    }

    /** Pending tasks ordered by next execution time, then by scheduling order. */
    private final PriorityQueue<TimerTask> queue = new PriorityQueue<>(
        (a, b) -> Long.compare(a.nextExecutionTime, b.nextExecutionTime));

    /** False once cancel() was called or a task failed: no more scheduling. */
    private boolean newTasksMayBeScheduled = true;

    private final TimerThread thread;

    /** A timer whose thread is not a daemon. */
    public Timer() {
        this("Timer-" + serialNumber());
    }

    /** A timer whose thread may run as a daemon. */
    public Timer(boolean isDaemon) {
        this("Timer-" + serialNumber(), isDaemon);
    }

    /** A timer whose thread has the given name. */
    public Timer(String name) {
        this(name, false);
    }

    /** A timer whose thread has the given name and daemon status. */
    public Timer(String name, boolean isDaemon) {
        thread = new TimerThread(name);
        thread.setDaemon(isDaemon);
        thread.start();
    }

    /** Runs {@code task} once after {@code delay} ms. */
    public void schedule(TimerTask task, long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        sched(task, System.currentTimeMillis() + delay, 0);
    }

    /** Runs {@code task} after {@code delay} ms, then every {@code period} ms after each run ends (fixed delay). */
    public void schedule(TimerTask task, long delay, long period) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        sched(task, System.currentTimeMillis() + delay, -period);
    }

    /** Runs {@code task} after {@code delay} ms, then at a fixed rate of one run per {@code period} ms. */
    public void scheduleAtFixedRate(TimerTask task, long delay, long period) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        sched(task, System.currentTimeMillis() + delay, period);
    }

    /** Runs {@code task} once at {@code time} (at once if that time has passed). */
    public void schedule(TimerTask task, Date time) {
        sched(task, time.getTime(), 0);
    }

    /**
     * Runs {@code task} first at {@code firstTime}, then every {@code period} ms after each run
     * ends (fixed delay).
     */
    public void schedule(TimerTask task, Date firstTime, long period) {
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        sched(task, firstTime.getTime(), -period);
    }

    /** Runs {@code task} first at {@code firstTime}, then at a fixed rate of one run per {@code period} ms. */
    public void scheduleAtFixedRate(TimerTask task, Date firstTime, long period) {
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        sched(task, firstTime.getTime(), period);
    }

    private void sched(TimerTask task, long time, long period) {
        if (time < 0) {
            throw new IllegalArgumentException("Illegal execution time.");
        }
        // Constrain the period so that nextExecutionTime arithmetic cannot overflow.
        if (Math.abs(period) > (Long.MAX_VALUE >> 1)) {
            period >>= 1;
        }
        synchronized (queue) {
            if (!newTasksMayBeScheduled) {
                throw new IllegalStateException("Timer already cancelled.");
            }
            synchronized (task.lock) {
                if (task.state != TimerTask.VIRGIN) {
                    throw new IllegalStateException("Task already scheduled or cancelled");
                }
                task.nextExecutionTime = time;
                task.period = period;
                task.state = TimerTask.SCHEDULED;
            }
            queue.add(task);
            queue.notify();
        }
    }

    /** Discards all scheduled tasks and ends the timer thread after the running task, if any. */
    public void cancel() {
        synchronized (queue) {
            newTasksMayBeScheduled = false;
            queue.clear();
            queue.notify();
        }
    }

    /** Removes cancelled tasks from the queue; returns how many. */
    public int purge() {
        int result = 0;
        synchronized (queue) {
            for (Iterator<TimerTask> it = queue.iterator(); it.hasNext();) {
                if (it.next().state == TimerTask.CANCELLED) {
                    it.remove();
                    result++;
                }
            }
        }
        return result;
    }

    /** The timer's background thread. */
    private final class TimerThread extends Thread {
        TimerThread(String name) {
            super(name);
        }

        @Override
        public void run() {
            try {
                mainLoop();
            } finally {
                synchronized (queue) {
                    newTasksMayBeScheduled = false;
                    queue.clear();
                }
            }
        }

        private void mainLoop() {
            while (true) {
                try {
                    TimerTask task;
                    boolean taskFired;
                    synchronized (queue) {
                        while (queue.isEmpty() && newTasksMayBeScheduled) {
                            queue.wait();
                        }
                        if (queue.isEmpty()) {
                            break;
                        }
                        long currentTime, executionTime;
                        task = queue.peek();
                        synchronized (task.lock) {
                            if (task.state == TimerTask.CANCELLED) {
                                queue.poll();
                                continue;
                            }
                            currentTime = System.currentTimeMillis();
                            executionTime = task.nextExecutionTime;
                            if (taskFired = (executionTime <= currentTime)) {
                                queue.poll();
                                if (task.period == 0) {
                                    task.state = TimerTask.EXECUTED;
                                } else {
                                    task.nextExecutionTime = task.period < 0 ? currentTime - task.period : executionTime + task.period;
                                    queue.add(task);
                                }
                            }
                        }
                        if (!taskFired) {
                            queue.wait(executionTime - currentTime);
                        }
                    }
                    if (taskFired) {
                        task.run();
                    }
                } catch (InterruptedException e) {
                    // ignored, as in the JDK
                }
            }
        }
    }
}
