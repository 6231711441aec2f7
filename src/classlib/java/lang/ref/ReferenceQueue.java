package java.lang.ref;

/**
 * A queue of references. Only Reference.enqueue() adds to it in Tern (the collector never
 * does; see Reference), so poll() is usually null and remove() waits for an explicit enqueue.
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
        count++;
        notifyAll();
    }

    /** The next enqueued reference, or null. */
    public synchronized Reference<? extends T> poll() {
        if (count == 0) {
            return null;
        }
        Reference<? extends T> ref = items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        return ref;
    }

    /** Waits at most {@code timeout} ms (0 = forever) for a reference. */
    public synchronized Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        Reference<? extends T> ref = poll();
        if (ref != null) {
            return ref;
        }
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        while (true) {
            if (timeout == 0) {
                wait(0);
            } else {
                long remaining = (deadline - System.nanoTime()) / 1_000_000L;
                if (remaining <= 0) {
                    return null;
                }
                wait(remaining);
            }
            ref = poll();
            if (ref != null) {
                return ref;
            }
        }
    }

    /** Waits for a reference. */
    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
