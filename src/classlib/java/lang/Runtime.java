package java.lang;

/**
 * The running VM: exit and halt, shutdown hooks, memory figures and processors. The figures
 * and halting are natives; the exit sequence (hooks, then halt) lives in Shutdown.
 */
public class Runtime {
    private static final Runtime CURRENT = new Runtime();

    private Runtime() {
    }

    /** The one Runtime. */
    public static Runtime getRuntime() {
        return CURRENT;
    }

    /** Runs the shutdown hooks, then halts with {@code status}; never returns. */
    public void exit(int status) {
        Shutdown.exit(status);
    }

    /** Halts at once, without running hooks. */
    public void halt(int status) {
        halt0(status);
    }

    /** Registers a not-yet-started thread to run at shutdown. */
    public void addShutdownHook(Thread hook) {
        Shutdown.addHook(hook);
    }

    /** Unregisters a hook; false if it was not registered. */
    public boolean removeShutdownHook(Thread hook) {
        return Shutdown.removeHook(hook);
    }

    /** VM: the processors the program may use. */
    public native int availableProcessors();

    /** VM: free bytes in the heap. */
    public native long freeMemory();

    /** VM: current heap size in bytes. */
    public native long totalMemory();

    /** VM: maximum heap size in bytes (-Xmx). */
    public native long maxMemory();

    /** VM: asks for a garbage collection. */
    public native void gc();

    /** Tern has no finalization; nothing to run. */
    public void runFinalization() {
    }

    /** VM: ends the process with {@code status} at once (package-private for Shutdown). */
    static native void halt0(int status);
}
