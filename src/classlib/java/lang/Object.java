package java.lang;

/**
 * The root of the class hierarchy. It has no fields (docs/classlib-contract.md); identity hash,
 * cloning and monitors are natives the VM implements (JVMS §2.11.10, §6.5 monitorenter).
 */
public class Object {
    public Object() {
    }

    /** VM: the runtime class of this object. */
    public final native Class<?> getClass();

    /** VM: the identity hash code (stored in the header's status word). */
    public native int hashCode();

    /** Identity comparison. */
    public boolean equals(Object obj) {
        return this == obj;
    }

    /** VM: a shallow copy; throws CloneNotSupportedException unless the class is Cloneable. */
    protected native Object clone() throws CloneNotSupportedException;

    /** {@code ClassName@hexHash}, as in the JDK. */
    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    /** VM: wakes one thread waiting on this object's monitor. */
    public final native void notify();

    /** VM: wakes every thread waiting on this object's monitor. */
    public final native void notifyAll();

    /** Waits until notified or interrupted. */
    public final void wait() throws InterruptedException {
        wait0(0L);
    }

    /** Waits at most {@code timeoutMillis} ms (0 = no timeout). */
    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        wait0(timeoutMillis);
    }

    /** Waits with a nanosecond part, which rounds the millisecond timeout up as in the JDK. */
    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) {
            timeoutMillis++;
        }
        wait0(timeoutMillis);
    }

    /** VM: releases the monitor and parks; throws IllegalMonitorStateException if not owner. */
    private final native void wait0(long millis) throws InterruptedException;

    /** Never called by Tern (there is no finalization); kept for subclasses calling super. */
    protected void finalize() throws Throwable {
    }
}
