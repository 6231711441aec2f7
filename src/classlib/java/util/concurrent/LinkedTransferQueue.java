package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An unbounded FIFO TransferQueue: producers may also wait until a consumer receives their
 * element (transfer). Tern design: a deque of nodes under a private monitor; consumers and
 * transferring producers wait on it.
 */
public class LinkedTransferQueue<E> extends AbstractQueue<E> implements TransferQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -3223113410248163686L;

    /** A queued element; taken once a consumer received it. Guarded by lock. */
    private static final class Node {
        final Object item;
        boolean taken;

        Node(Object item) {
            this.item = item;
        }
    }

    private final ArrayDeque<Node> nodes = new ArrayDeque<>();
    private final Object lock = new Object();
    private int waitingConsumers;

    public LinkedTransferQueue() {
    }

    public LinkedTransferQueue(Collection<? extends E> c) {
        addAll(c);
    }

    private Node enqueue(E e) {
        Objects.requireNonNull(e);
        Node n = new Node(e);
        nodes.addLast(n);
        lock.notifyAll();
        return n;
    }

    @SuppressWarnings("unchecked")
    private E dequeue() {
        Node n = nodes.pollFirst();
        if (n == null) {
            return null;
        }
        n.taken = true;
        lock.notifyAll();
        return (E) n.item;
    }

    /** Waits until n is taken (at most nanos if timed); on failure removes it. Lock held. */
    private boolean awaitTaken(Node n, boolean timed, long nanos) throws InterruptedException {
        long deadline = timed ? System.nanoTime() + nanos : 0L;
        try {
            while (!n.taken) {
                if (timed) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0L) {
                        nodes.remove(n);
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(lock, remaining);
                } else {
                    lock.wait();
                }
            }
            return true;
        } catch (InterruptedException ie) {
            if (n.taken) {
                Thread.currentThread().interrupt();
                return true;
            }
            nodes.remove(n);
            throw ie;
        }
    }

    @Override
    public void put(E e) {
        offer(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    @Override
    public boolean offer(E e) {
        synchronized (lock) {
            enqueue(e);
            return true;
        }
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public boolean tryTransfer(E e) {
        Objects.requireNonNull(e);
        synchronized (lock) {
            if (waitingConsumers > nodes.size()) {
                enqueue(e);
                return true;
            }
            return false;
        }
    }

    @Override
    public void transfer(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            awaitTaken(enqueue(e), false, 0L);
        }
    }

    @Override
    public boolean tryTransfer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (lock) {
            return awaitTaken(enqueue(e), true, nanos);
        }
    }

    @Override
    public E take() throws InterruptedException {
        synchronized (lock) {
            E x;
            while ((x = dequeue()) == null) {
                waitingConsumers++;
                try {
                    lock.wait();
                } finally {
                    waitingConsumers--;
                }
            }
            return x;
        }
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        long deadline = System.nanoTime() + nanos;
        synchronized (lock) {
            E x;
            while ((x = dequeue()) == null) {
                nanos = deadline - System.nanoTime();
                if (nanos <= 0L) {
                    return null;
                }
                waitingConsumers++;
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, nanos);
                } finally {
                    waitingConsumers--;
                }
            }
            return x;
        }
    }

    @Override
    public E poll() {
        synchronized (lock) {
            return dequeue();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peek() {
        synchronized (lock) {
            Node n = nodes.peekFirst();
            return (n == null) ? null : (E) n.item;
        }
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public int size() {
        synchronized (lock) {
            return nodes.size();
        }
    }

    @Override
    public boolean hasWaitingConsumer() {
        synchronized (lock) {
            return waitingConsumers > 0;
        }
    }

    @Override
    public int getWaitingConsumerCount() {
        synchronized (lock) {
            return waitingConsumers;
        }
    }

    @Override
    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            for (Iterator<Node> it = nodes.iterator(); it.hasNext(); ) {
                if (o.equals(it.next().item)) {
                    it.remove();
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (lock) {
            for (Node n : nodes) {
                if (o.equals(n.item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) {
            c.add(e);
        }
        return n;
    }

    @Override
    public Object[] toArray() {
        synchronized (lock) {
            Object[] a = new Object[nodes.size()];
            int i = 0;
            for (Node n : nodes) {
                a[i++] = n.item;
            }
            return a;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        ArrayList<Object> list = new ArrayList<>();
        for (Object o : toArray()) {
            list.add(o);
        }
        return list.toArray(a);
    }

    @Override
    public String toString() {
        Object[] a = toArray();
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(',').append(' ');
            }
            sb.append(a[i] == this ? "(this Collection)" : a[i]);
        }
        return sb.append(']').toString();
    }

    @Override
    public Iterator<E> iterator() {
        Object[] snapshot = toArray();
        return new Iterator<E>() {
            private int cursor;
            private Object lastRet;

            @Override
            public boolean hasNext() {
                return cursor < snapshot.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (cursor >= snapshot.length) {
                    throw new NoSuchElementException();
                }
                lastRet = snapshot[cursor++];
                return (E) lastRet;
            }

            @Override
            public void remove() {
                if (lastRet == null) {
                    throw new IllegalStateException();
                }
                synchronized (lock) {
                    for (Iterator<Node> it = nodes.iterator(); it.hasNext(); ) {
                        if (it.next().item == lastRet) {
                            it.remove();
                            break;
                        }
                    }
                }
                lastRet = null;
            }
        };
    }
}
