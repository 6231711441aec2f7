package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The root of every exception and error.
 *
 * <p>VM-known layout (docs/classlib-contract.md): the VM creates the exceptions it throws itself
 * (NullPointerException, ArrayIndexOutOfBoundsException...) without running a constructor: it
 * sets {@code detailMessage}, sets {@code cause = this} and fills {@code backtrace}. Every other
 * field must therefore mean "the usual state" when it is zero/null, which is why the two
 * constructor flags are stored negated.
 */
public class Throwable implements java.io.Serializable {
    /** The message given to the constructor, or set by the VM. */
    private String detailMessage;
    /** The cause; {@code this} means "not yet set" (initCause may still set it). */
    private Throwable cause = this;
    /** VM-private record of the frames at fillInStackTrace time; opaque to Java. */
    private transient Object backtrace;
    /** Decoded (or explicitly set) stack trace; null until first needed. */
    private StackTraceElement[] stackTrace;
    /** Suppressed exceptions, created on the first addSuppressed. */
    private List<Throwable> suppressedExceptions;
    /** Set by the 4-argument constructor when suppression is disabled. */
    private boolean suppressionDisabled;
    /** Set by the 4-argument constructor when the stack trace is not writable. */
    private boolean stackTraceImmutable;

    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    /** The message becomes {@code cause.toString()} (or null), as in the JDK. */
    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression,
            boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTraceImmutable = true;
        }
        detailMessage = message;
        this.cause = cause;
        suppressionDisabled = !enableSuppression;
    }

    /** The detail message (may be null). */
    public String getMessage() {
        return detailMessage;
    }

    /** Subclasses may localize; by default the same as {@link #getMessage()}. */
    public String getLocalizedMessage() {
        return getMessage();
    }

    /** The cause, or null if none was set or it is unknown. */
    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    /** Sets the cause once; the messages are the JDK's. */
    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with "
                    + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    /** The class name, then {@code ": "} and the localized message when there is one. */
    @Override
    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (name + ": " + message) : name;
    }

    /** Prints this throwable and its trace to System.err. */
    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /** Prints exactly like JDK 17 (causes, suppressed, "... n more", circular references). */
    public void printStackTrace(PrintStream s) {
        printStackTrace(new StreamTarget(s));
    }

    /** Like {@link #printStackTrace(PrintStream)} but to a PrintWriter. */
    public void printStackTrace(PrintWriter s) {
        printStackTrace(new WriterTarget(s));
    }

    private void printStackTrace(PrintTarget s) {
        // Identity set of throwables already printed, to break cycles.
        ArrayList<Throwable> seen = new ArrayList<>();
        seen.add(this);
        synchronized (s.lock()) {
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement element : trace) {
                s.println("\tat " + element);
            }
            for (Throwable suppressed : getSuppressed()) {
                suppressed.printEnclosedStackTrace(s, trace, "Suppressed: ", "\t", seen);
            }
            Throwable ourCause = getCause();
            if (ourCause != null) {
                ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "", seen);
            }
        }
    }

    /** Prints a cause or suppressed exception, eliding the frames it shares with its encloser. */
    private void printEnclosedStackTrace(PrintTarget s, StackTraceElement[] enclosingTrace,
            String caption, String prefix, ArrayList<Throwable> seen) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i) == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return;
            }
        }
        seen.add(this);
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        for (Throwable suppressed : getSuppressed()) {
            suppressed.printEnclosedStackTrace(s, trace, "Suppressed: ", prefix + "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix, seen);
        }
    }

    /**
     * Records the current stack in this throwable. The VM's fillInStackTrace0 skips its own
     * frame, this method's and the constructors of this exception.
     */
    public synchronized Throwable fillInStackTrace() {
        if (!stackTraceImmutable) {
            fillInStackTrace0();
            stackTrace = null;
        }
        return this;
    }

    /** VM: stores the current thread's frames in {@code backtrace}. */
    private native Throwable fillInStackTrace0();

    /** VM: decodes {@code backtrace} into elements (innermost frame first). */
    private native StackTraceElement[] getStackTrace0();

    /** A copy of the stack trace. */
    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            stackTrace = (backtrace == null) ? NO_FRAMES : getStackTrace0();
            if (stackTrace == null) {
                stackTrace = NO_FRAMES;
            }
        }
        return stackTrace;
    }

    /** Replaces the stack trace (ignored when the trace is not writable). */
    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (stackTraceImmutable) {
                return;
            }
            this.stackTrace = copy;
        }
    }

    /** Records an exception suppressed to deliver this one (try-with-resources). */
    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressionDisabled) {
            return;
        }
        if (suppressedExceptions == null) {
            suppressedExceptions = new ArrayList<>(1);
        }
        suppressedExceptions.add(exception);
    }

    /** The suppressed exceptions, in the order they were added. */
    public final synchronized Throwable[] getSuppressed() {
        if (suppressedExceptions == null || suppressedExceptions.isEmpty()) {
            return NO_SUPPRESSED;
        }
        return suppressedExceptions.toArray(NO_SUPPRESSED);
    }

    /** Where printStackTrace writes: a PrintStream or a PrintWriter, locked while printing. */
    private abstract static class PrintTarget {
        abstract Object lock();

        abstract void println(Object o);
    }

    private static final class StreamTarget extends PrintTarget {
        private final PrintStream stream;

        StreamTarget(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        Object lock() {
            return stream;
        }

        @Override
        void println(Object o) {
            stream.println(o);
        }
    }

    private static final class WriterTarget extends PrintTarget {
        private final PrintWriter writer;

        WriterTarget(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        Object lock() {
            return writer;
        }

        @Override
        void println(Object o) {
            writer.println(o);
        }
    }
}
