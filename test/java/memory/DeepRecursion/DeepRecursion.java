// java-flags: -Xss16m
import java.util.ArrayList;
import java.util.List;

/** Recursion 10,000 frames deep in several shapes completes normally (HotSpot gets -Xss16m: its interpreter frames are larger). */
public class DeepRecursion {
    static long sum(int n) {
        return n == 0 ? 0 : n + sum(n - 1);
    }

    static double harmonic(int n, double acc, long weight) {
        if (n == 0) return acc;
        return harmonic(n - 1, acc + 1.0 / n, weight + n);
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static final class Node {
        final int value;
        final Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static int length(Node n) { return n == null ? 0 : 1 + length(n.next); }

    static Node reverse(Node n, Node acc) { return n == null ? acc : reverse(n.next, new Node(n.value, acc)); }

    static void collect(int depth, List<Integer> out) {
        if (depth == 0) return;
        if (depth % 1000 == 0) out.add(depth);
        collect(depth - 1, out);
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    public static void main(String[] args) {
        System.out.println("sum(10000) = " + sum(10000));
        System.out.println("harmonic(10000) = " + harmonic(10000, 0, 0));
        System.out.println("isEven(10000) = " + isEven(10000) + ", isOdd(9999) = " + isOdd(9999));
        Node list = null;
        for (int i = 0; i < 10000; i++) list = new Node(i, list);
        System.out.println("length = " + length(list) + ", head after reverse = " + reverse(list, null).value);
        List<Integer> marks = new ArrayList<>();
        collect(10000, marks);
        System.out.println("marks " + marks);
        System.out.println("ackermann(2, 3) = " + ackermann(2, 3) + ", ackermann(3, 5) = " + ackermann(3, 5));
        for (int round = 0; round < 3; round++) System.out.println("repeat " + round + ": " + sum(10000 - round));
    }
}
