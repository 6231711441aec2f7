package java.util.concurrent.atomic;

/** A reference and a boolean mark updated together atomically. */
public class AtomicMarkableReference<V> {
    /** An immutable (reference, mark) pair; the current pair is swapped by identity. */
    private static final class Pair<T> {
        final T reference;
        final boolean mark;

        Pair(T reference, boolean mark) {
            this.reference = reference;
            this.mark = mark;
        }
    }

    private final AtomicReference<Pair<V>> pair;

    public AtomicMarkableReference(V initialRef, boolean initialMark) {
        pair = new AtomicReference<>(new Pair<>(initialRef, initialMark));
    }

    public V getReference() {
        return pair.get().reference;
    }

    public boolean isMarked() {
        return pair.get().mark;
    }

    public V get(boolean[] markHolder) {
        Pair<V> p = pair.get();
        markHolder[0] = p.mark;
        return p.reference;
    }

    public boolean weakCompareAndSet(V expectedReference, V newReference, boolean expectedMark, boolean newMark) {
        return compareAndSet(expectedReference, newReference, expectedMark, newMark);
    }

    public boolean compareAndSet(V expectedReference, V newReference, boolean expectedMark, boolean newMark) {
        Pair<V> current = pair.get();
        if (current.reference != expectedReference || current.mark != expectedMark) {
            return false;
        }
        if (newReference == current.reference && newMark == current.mark) {
            return true;
        }
        return pair.compareAndSet(current, new Pair<>(newReference, newMark));
    }

    public void set(V newReference, boolean newMark) {
        Pair<V> current = pair.get();
        if (newReference != current.reference || newMark != current.mark) {
            pair.set(new Pair<>(newReference, newMark));
        }
    }

    public boolean attemptMark(V expectedReference, boolean newMark) {
        Pair<V> current = pair.get();
        if (current.reference != expectedReference) {
            return false;
        }
        return newMark == current.mark || pair.compareAndSet(current, new Pair<>(expectedReference, newMark));
    }
}
