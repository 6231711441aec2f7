import java.util.ArrayList;
import java.util.List;

/**
 * The state the checkpoint benchmark captures: THREADS threads each DEPTH frames deep (waiting on a
 * monitor at the bottom) and about HEAP_MB megabytes of live objects (int arrays and linked nodes).
 * With a fourth argument it exits once the state is built (HotSpot's cold-start reference).
 */
public class CkptState {
    static native void ready();

    static final Object LOCK = new Object();
    static volatile int parked;

    static final class Node {
        Node next;
        int[] payload;
        long stamp;
    }

    static int descend(int depth, boolean wait) throws InterruptedException {
        if (depth <= 1) {
            if (wait) {
                synchronized (LOCK) {
                    parked++;
                    LOCK.wait();
                }
            }
            return 0;
        }
        int local = depth * 3;
        return descend(depth - 1, wait) + local;
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int depth = Integer.parseInt(args[1]);
        long heapBytes = Long.parseLong(args[2]) * 1024 * 1024;
        List<Object> keep = new ArrayList<>();
        Node head = null;
        for (long b = 0; b < heapBytes; b += 1024 + 32) {
            Node n = new Node();
            n.payload = new int[250];
            n.payload[0] = (int) b;
            n.stamp = b;
            n.next = head;
            head = n;
            if ((b & 0xffff) == 0) keep.add(n);
        }
        for (int i = 1; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    descend(depth, true);
                } catch (InterruptedException e) {
                    return;
                }
            });
            t.setDaemon(true);
            t.start();
        }
        while (parked < threads - 1) {
            Thread.sleep(1);
        }
        if (args.length > 3) {
            System.out.println("ready " + keep.size() + " " + (head == null ? 0 : head.stamp));
            return;
        }
        System.out.println("ready " + keep.size() + " " + (head == null ? 0 : head.stamp) + " " + probe(depth));
    }

    static int probe(int depth) {
        if (depth <= 1) {
            ready();
            return 0;
        }
        return probe(depth - 1) + 1;
    }
}
