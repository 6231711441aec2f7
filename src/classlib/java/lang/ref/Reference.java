package java.lang.ref;

/**
 * The base of reference objects. Tern's collector does not (yet) treat references specially:
 * the referent is held STRONGLY until clear() is called, so get() never returns null on its
 * own and nothing is ever enqueued by the collector. Programs that only use references as
 * caches or for identity keep working; memory held by weak/soft references is not reclaimed.
 */
public abstract class Reference<T> {
    private T referent;
    private final ReferenceQueue<? super T> queue;
    private boolean enqueued;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    /** The referent, or null after clear(). */
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
        return enqueued;
    }

    /** Clears the referent and adds this reference to its queue, if it has one. */
    public boolean enqueue() {
        clear();
        if (queue == null || enqueued) {
            return false;
        }
        enqueued = true;
        queue.add(this);
        return true;
    }

    /** Keeps {@code ref} reachable up to this point; nothing to do in Tern. */
    public static void reachabilityFence(Object ref) {
    }
}
