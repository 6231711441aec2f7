package java.util.concurrent.atomic;

/** A reference and an int stamp updated together atomically. */
public class AtomicStampedReference<V> {
    /** An immutable (reference, stamp) pair; the current pair is swapped by identity. */
    private static final class Pair<T> {
        final T reference;
        final int stamp;

        Pair(T reference, int stamp) {
            this.reference = reference;
            this.stamp = stamp;
        }
    }

    private final AtomicReference<Pair<V>> pair;

    public AtomicStampedReference(V initialRef, int initialStamp) {
        pair = new AtomicReference<>(new Pair<>(initialRef, initialStamp));
    }

    public V getReference() {
        return pair.get().reference;
    }

    public int getStamp() {
        return pair.get().stamp;
    }

    public V get(int[] stampHolder) {
        Pair<V> p = pair.get();
        stampHolder[0] = p.stamp;
        return p.reference;
    }

    public boolean weakCompareAndSet(V expectedReference, V newReference, int expectedStamp, int newStamp) {
        return compareAndSet(expectedReference, newReference, expectedStamp, newStamp);
    }

    public boolean compareAndSet(V expectedReference, V newReference, int expectedStamp, int newStamp) {
        Pair<V> current = pair.get();
        if (current.reference != expectedReference || current.stamp != expectedStamp) {
            return false;
        }
        if (newReference == current.reference && newStamp == current.stamp) {
            return true;
        }
        return pair.compareAndSet(current, new Pair<>(newReference, newStamp));
    }

    public void set(V newReference, int newStamp) {
        Pair<V> current = pair.get();
        if (newReference != current.reference || newStamp != current.stamp) {
            pair.set(new Pair<>(newReference, newStamp));
        }
    }

    public boolean attemptStamp(V expectedReference, int newStamp) {
        Pair<V> current = pair.get();
        if (current.reference != expectedReference) {
            return false;
        }
        return newStamp == current.stamp || pair.compareAndSet(current, new Pair<>(expectedReference, newStamp));
    }
}
