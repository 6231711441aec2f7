/** Unbounded recursion ends in a StackOverflowError that the program catches and survives, several times. */
public class StackOverflow {
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static long sumTo(long n) {
        return n == 0 ? 0 : n + sumTo(n - 1);
    }

    static int ping(int n) { return pong(n + 1) + 1; }
    static int pong(int n) { return ping(n + 1) + 1; }

    static class Node {
        Node next;
        int length() { return next == null ? 1 : 1 + next.length(); }
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, message null: " + (e.getMessage() == null) + ", deep: " + (depth > 1000));
        }
        System.out.println("sumTo(1000) = " + sumTo(1000));
        try {
            sumTo(100_000_000L);
            System.out.println("no overflow?");
        } catch (StackOverflowError e) {
            System.out.println("caught overflow in sumTo");
        }
        try {
            ping(0);
        } catch (StackOverflowError e) {
            System.out.println("caught mutual recursion overflow");
        }
        Node cycle = new Node();
        cycle.next = cycle;
        try {
            cycle.length();
        } catch (StackOverflowError e) {
            System.out.println("caught overflow walking a cyclic list");
        }
        int caughtTimes = 0;
        for (int i = 0; i < 5; i++) {
            try {
                depth = 0;
                recurse();
            } catch (StackOverflowError e) {
                caughtTimes++;
            }
        }
        System.out.println("recovered " + caughtTimes + " times; still works: sumTo(2000) = " + sumTo(2000));
        try {
            recurse();
        } catch (Throwable t) {
            System.out.println("as Throwable: " + t.getClass().getName() + " is Error: " + (t instanceof Error) + " is VirtualMachineError: " + (t instanceof VirtualMachineError));
        }
    }
}
