package java.lang.ref;

/**
 * A queue of references, filled by Reference.enqueue() and by the collector: references it
 * cleared wait in Reference's pending list until a queue is polled or waited on (there is no
 * reference-handler thread), so poll() and remove() first drain that list. A waiting remove()
 * looks at the pending list again at least every 50 ms, since a collection does not notify.
 */
public class ReferenceQueue<T> {
    private Reference<? extends T>[] items = newArray(4);
    private int head;
    private int count;

    public ReferenceQueue() {
    }

    @SuppressWarnings("unchecked")
    private static <T> Reference<? extends T>[] newArray(int n) {
        return (Reference<? extends T>[]) new Reference<?>[n];
    }

    @SuppressWarnings("unchecked")
    synchronized void add(Reference<?> ref) {
        if (count == items.length) {
            Reference<? extends T>[] bigger = newArray(items.length * 2);
            for (int i = 0; i < count; i++) {
                bigger[i] = items[(head + i) % items.length];
            }
            items = bigger;
            head = 0;
        }
        items[(head + count) % items.length] = (Reference<? extends T>) ref;
        ref.inQueue = true;
        count++;
        notifyAll();
    }

    /** The next enqueued reference, or null. */
    public Reference<? extends T> poll() {
        // Outside this queue's lock: draining may add to other queues.
        Reference.processPending();
        return take();
    }

    private synchronized Reference<? extends T> take() {
        if (count == 0) {
            return null;
        }
        Reference<? extends T> ref = items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        ref.inQueue = false;
        return ref;
    }

    /** Waits at most {@code timeout} ms (0 = forever) for a reference. */
    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        Reference<? extends T> ref = poll();
        if (ref != null) {
            return ref;
        }
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        while (true) {
            long slice = PENDING_CHECK_MS;
            if (timeout != 0) {
                long remaining = (deadline - System.nanoTime()) / 1_000_000L;
                if (remaining <= 0) {
                    return null;
                }
                slice = Math.min(slice, remaining);
            }
            synchronized (this) {
                if (count == 0) {
                    wait(slice);
                }
            }
            ref = poll();
            if (ref != null) {
                return ref;
            }
        }
    }

    /** How often a waiting remove() looks at the collector's pending list. */
    private static final long PENDING_CHECK_MS = 50;

    /** Waits for a reference. */
    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
