package java.util.concurrent;

/**
 * A rendezvous where two threads swap objects. The first arrival waits in the slot; the second
 * takes its item, leaves its own and wakes it.
 */
public class Exchanger<V> {
    /** A waiting party. Guarded by the exchanger's lock. */
    private static final class Offer {
        final Object item;
        Object reply;
        boolean matched;

        Offer(Object item) {
            this.item = item;
        }
    }

    private final Object lock = new Object();
    private Offer slot;

    public Exchanger() {
    }

    @SuppressWarnings("unchecked")
    private V doExchange(V x, boolean timed, long nanos) throws InterruptedException, TimeoutException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            Offer waiting = slot;
            if (waiting != null) {
                slot = null;
                waiting.reply = x;
                waiting.matched = true;
                lock.notifyAll();
                return (V) waiting.item;
            }
            Offer mine = new Offer(x);
            slot = mine;
            long deadline = timed ? System.nanoTime() + nanos : 0L;
            try {
                while (!mine.matched) {
                    if (timed) {
                        long remaining = deadline - System.nanoTime();
                        if (remaining <= 0L) {
                            slot = null;
                            throw new TimeoutException();
                        }
                        TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                    } else {
                        lock.wait();
                    }
                }
            } catch (InterruptedException e) {
                if (mine.matched) {
                    Thread.currentThread().interrupt();
                } else {
                    slot = null;
                    throw e;
                }
            }
            return (V) mine.reply;
        }
    }

    public V exchange(V x) throws InterruptedException {
        try {
            return doExchange(x, false, 0L);
        } catch (TimeoutException impossible) {
            throw new Error(impossible);
        }
    }

    public V exchange(V x, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        return doExchange(x, true, unit.toNanos(timeout));
    }
}
