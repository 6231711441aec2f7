package java.lang;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashMap;

/**
 * Standard streams, system properties, time and array copying.
 *
 * <p>VM-known members (docs/classlib-contract.md): the stream fields are {@code static final}
 * and are assigned by the natives setIn0/setOut0/setErr0; the VM calls {@link #initPhase1()}
 * once before main; the streams it installs are built once, by java.lang.StandardStreams (so that
 * checkpoint images can name them). System.out and System.err are PrintStreams straight over
 * FileOutputStreams (no buffering), so each print call reaches the VM's writeBytes at once.
 */
public final class System {
    /** Standard input (a BufferedInputStream over file descriptor 0). */
    public static final InputStream in = null;
    /** Standard output (encoding from stdout.encoding / sun.stdout.encoding / file.encoding). */
    public static final PrintStream out = null;
    /** Standard error (encoding from stderr.encoding / sun.stderr.encoding / file.encoding). */
    public static final PrintStream err = null;

    /** The system properties; null until initPhase1 ran. Guarded by its own monitor. */
    private static HashMap<String, String> props;
    private static String lineSeparator = "\n";

    private System() {
    }

    public static void setIn(InputStream in) {
        setIn0(in);
    }

    public static void setOut(PrintStream out) {
        setOut0(out);
    }

    public static void setErr(PrintStream err) {
        setErr0(err);
    }

    /** VM: stores {@code in} into the final field System.in. */
    private static native void setIn0(InputStream in);

    /** VM: stores {@code out} into the final field System.out. */
    private static native void setOut0(PrintStream out);

    /** VM: stores {@code err} into the final field System.err. */
    private static native void setErr0(PrintStream err);

    /** VM: milliseconds since the epoch (shifted by the image clock offset after a restore). */
    public static native long currentTimeMillis();

    /** VM: a monotonic nanosecond counter. */
    public static native long nanoTime();

    /** VM: copies array elements; type and bounds checks throw like HotSpot. */
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos,
            int length);

    /** VM: Object.hashCode's identity hash, even if hashCode is overridden. */
    public static native int identityHashCode(Object x);

    /** VM: the initial properties as alternating keys and values. */
    private static native String[] vmProperties();

    /** VM: an environment variable, or null when unset. */
    private static native String getenv0(String name);

    /** The environment variable {@code name}, or null. */
    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return getenv0(name);
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    public static String getProperty(String key) {
        checkKey(key);
        HashMap<String, String> p = props;
        if (p == null) {
            return null;
        }
        synchronized (p) {
            return p.get(key);
        }
    }

    public static String getProperty(String key, String def) {
        String value = getProperty(key);
        return (value == null) ? def : value;
    }

    /** Sets a property; returns the previous value. Null values are rejected. */
    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        synchronized (properties()) {
            return props.put(key, value);
        }
    }

    public static String clearProperty(String key) {
        checkKey(key);
        synchronized (properties()) {
            return props.remove(key);
        }
    }

    private static HashMap<String, String> properties() {
        if (props == null) {
            props = new HashMap<>();
        }
        return props;
    }

    /** The line separator ("\n" unless the VM says otherwise). */
    public static String lineSeparator() {
        return lineSeparator;
    }

    /** Runs the shutdown hooks and exits; never returns. */
    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    /** Tern has no finalization; nothing to run. */
    public static void runFinalization() {
    }

    /**
     * Called by the VM once before main: properties, then the standard streams, then the main
     * thread's Java state.
     */
    private static void initPhase1() {
        String[] keyValues = vmProperties();
        HashMap<String, String> p = properties();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            p.put(keyValues[i], keyValues[i + 1]);
        }
        String separator = p.get("line.separator");
        if (separator != null) {
            lineSeparator = separator;
        } else {
            p.put("line.separator", lineSeparator);
        }
        setIn0(StandardStreams.IN);
        setOut0(StandardStreams.OUT);
        setErr0(StandardStreams.ERR);
        Thread.initMainThread();
    }

    /** The VM's value of property {@code key} (as at launch, whatever the program set since), or null. */
    static String vmProperty(String key) {
        String[] keyValues = vmProperties();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i].equals(key)) {
                return keyValues[i + 1];
            }
        }
        return null;
    }
}
