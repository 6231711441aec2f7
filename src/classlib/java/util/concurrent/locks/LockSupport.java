package java.util.concurrent.locks;

/**
 * Thread parking with a one-permit semaphore per thread, the primitive under the JDK's locks.
 * The VM keeps the permit and the parked state (docs/threading.md); the blocker is a field of
 * Thread so that tools (and getBlocker) can see what a thread is parked on.
 */
public class LockSupport {
    private LockSupport() {
    }

    /** Makes the permit of {@code thread} available, waking it if it is parked. */
    public static void unpark(Thread thread) {
        if (thread != null) {
            unpark0(thread);
        }
    }

    /** Waits for the permit unless it is available, the thread is interrupted, or spuriously. */
    public static void park() {
        park0(false, 0L);
    }

    public static void park(Object blocker) {
        Thread t = Thread.currentThread();
        setBlocker0(t, blocker);
        try {
            park0(false, 0L);
        } finally {
            setBlocker0(t, null);
        }
    }

    /** Like {@link #park()}, for at most {@code nanos} nanoseconds (nothing when not positive). */
    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            park0(false, nanos);
        }
    }

    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            Thread t = Thread.currentThread();
            setBlocker0(t, blocker);
            try {
                park0(false, nanos);
            } finally {
                setBlocker0(t, null);
            }
        }
    }

    /** Like {@link #park()}, until the epoch-millisecond {@code deadline}. */
    public static void parkUntil(long deadline) {
        park0(true, deadline);
    }

    public static void parkUntil(Object blocker, long deadline) {
        Thread t = Thread.currentThread();
        setBlocker0(t, blocker);
        try {
            park0(true, deadline);
        } finally {
            setBlocker0(t, null);
        }
    }

    /** The blocker of the park {@code t} is in, or null. */
    public static Object getBlocker(Thread t) {
        if (t == null) {
            throw new NullPointerException();
        }
        return getBlocker0(t);
    }

    /** Sets the blocker of the calling thread (the JDK's hook for its own synchronizers). */
    public static void setCurrentBlocker(Object blocker) {
        setBlocker0(Thread.currentThread(), blocker);
    }

    /** VM: parks the current thread (relative nanoseconds, 0 = no timeout; or absolute epoch ms). */
    private static native void park0(boolean isAbsolute, long time);

    /** VM: gives {@code thread} its permit. */
    private static native void unpark0(Thread thread);

    /** VM: Thread.parkBlocker. */
    private static native Object getBlocker0(Thread t);

    private static native void setBlocker0(Thread t, Object blocker);
}
