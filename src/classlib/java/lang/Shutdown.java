package java.lang;

import java.util.ArrayList;

/**
 * The shutdown sequence. {@link #exit(int)} (System.exit) and {@link #shutdown()} (called by
 * the VM when the last non-daemon thread ends, after which the VM exits with 0) run the hooks
 * once: all are started, then all are joined. As in the JDK, a second exit while hooks run
 * blocks forever, except that a non-zero exit after the hooks finished halts at once.
 */
final class Shutdown {
    private static final Object LOCK = new Object();
    /** Registered hooks; null once they have been started. Guarded by LOCK. */
    private static ArrayList<Thread> hooks = new ArrayList<>();
    /** True when every hook has finished. Guarded by LOCK. */
    private static boolean hooksDone;

    private Shutdown() {
    }

    static void addHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        synchronized (LOCK) {
            if (hooks == null) {
                throw new IllegalStateException("Shutdown in progress");
            }
            if (hook.isAlive()) {
                throw new IllegalArgumentException("Hook already running");
            }
            if (indexOf(hook) >= 0) {
                throw new IllegalArgumentException("Hook previously registered");
            }
            hooks.add(hook);
        }
    }

    static boolean removeHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        synchronized (LOCK) {
            if (hooks == null) {
                throw new IllegalStateException("Shutdown in progress");
            }
            int i = indexOf(hook);
            if (i < 0) {
                return false;
            }
            hooks.remove(i);
            return true;
        }
    }

    private static int indexOf(Thread hook) {
        for (int i = 0; i < hooks.size(); i++) {
            if (hooks.get(i) == hook) {
                return i;
            }
        }
        return -1;
    }

    /** System.exit: hooks, then halt. */
    static void exit(int status) {
        synchronized (LOCK) {
            if (status != 0 && hooksDone) {
                Runtime.halt0(status);
            }
        }
        synchronized (Shutdown.class) {
            runHooks();
            Runtime.halt0(status);
        }
    }

    /** Called by the VM when the last non-daemon thread has ended; the VM then exits. */
    static void shutdown() {
        synchronized (Shutdown.class) {
            runHooks();
        }
    }

    private static void runHooks() {
        ArrayList<Thread> toRun;
        synchronized (LOCK) {
            toRun = hooks;
            hooks = null;
        }
        if (toRun == null) {
            return;
        }
        for (Thread hook : toRun) {
            hook.start();
        }
        for (Thread hook : toRun) {
            while (true) {
                try {
                    hook.join();
                    break;
                } catch (InterruptedException e) {
                    // Keep waiting: hooks must finish before the VM halts.
                }
            }
        }
        synchronized (LOCK) {
            hooksDone = true;
        }
    }
}
