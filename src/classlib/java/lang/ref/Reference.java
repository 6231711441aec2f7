package java.lang.ref;

/**
 * The base of reference objects. Tern's collector treats the referent of WeakReference and
 * PhantomReference weakly (src/runtime/references.ts): once the referent is only weakly
 * reachable, a collection clears it and, when the reference has a queue, links the reference
 * into the pending list {@code pendingHead}/{@code discovered}. There is no reference-handler
 * thread: ReferenceQueue drains the pending list (processPending) whenever it is polled or
 * waited on. SoftReference referents are held strongly (Tern never clears soft references).
 */
public abstract class Reference<T> {
    // VM-known fields (docs/classlib-contract.md).
    private T referent;
    private final ReferenceQueue<? super T> queue;
    /** Next reference in the pending list (set by the VM after a collection). */
    private Reference<?> discovered;
    /** Cleared references with a queue, not yet enqueued (pushed by the VM; taken by takePending0). */
    private static Reference<?> pendingHead;
    /** Set once the reference was put in its queue (it is never enqueued twice). */
    private boolean enqueued;
    /** Whether it sits in its queue now (isEnqueued); ReferenceQueue maintains it. */
    boolean inQueue;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    /** VM: returns the pending list and empties it, atomically with respect to collections. */
    private static native Reference<?> takePending0();

    /** Moves every reference the collector cleared onto its queue. */
    static void processPending() {
        Reference<?> r = takePending0();
        while (r != null) {
            Reference<?> next = r.discovered;
            r.discovered = null;
            r.enqueueCleared();
            r = next;
        }
    }

    private void enqueueCleared() {
        ReferenceQueue<? super T> q = queue;
        synchronized (this) {
            if (q == null || enqueued) {
                return;
            }
            enqueued = true;
        }
        q.add(this);
    }

    /** The referent, or null once it was cleared. */
    public T get() {
        return referent;
    }

    /** True if the referent is {@code obj} (identity). */
    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    /** Drops the referent. */
    public void clear() {
        referent = null;
    }

    /** True once this reference was enqueued. */
    @Deprecated(since = "16")
    public boolean isEnqueued() {
        return inQueue;
    }

    /** Clears the referent and adds this reference to its queue, if it has one. */
    public boolean enqueue() {
        clear();
        ReferenceQueue<? super T> q = queue;
        synchronized (this) {
            if (q == null || enqueued) {
                return false;
            }
            enqueued = true;
        }
        q.add(this);
        return true;
    }

    /** Keeps {@code ref} reachable up to this point: the call itself keeps it in a frame slot. */
    public static void reachabilityFence(Object ref) {
    }
}
