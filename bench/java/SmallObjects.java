/*
 * Why this exists: allocation of many short-lived small objects (new, invokespecial <init>,
 * putfield of final fields) with only a few kept alive, which is the common pattern a garbage
 * collector must make cheap. Each trip allocates a pair of linked nodes and stores the pair in a
 * 16-slot ring, so at most 32 nodes are live at any time while millions are allocated.
 */
public final class SmallObjects {
    private static final int KEPT = 16;

    /** An immutable cons cell. */
    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** n trips, each allocating two nodes and reading back one kept from earlier. */
    static long run(int n) {
        Node[] kept = new Node[KEPT];
        long sum = 0L;
        for (int i = 0; i < n; i++) {
            Node tail = new Node(i, null);
            Node head = new Node(i * 3 + 1, tail);
            kept[i & (KEPT - 1)] = head;
            Node old = kept[(i + 7) & (KEPT - 1)];
            if (old != null) {
                sum += old.value - old.next.value;
            }
            sum += head.next.value;
        }
        for (Node node : kept) {
            if (node != null) {
                sum = sum * 31 + node.value;
            }
        }
        return sum;
    }
}
