// tern-flags: -Xmx16m
/** The binary-trees benchmark in miniature: builds and discards many trees, keeping one long-lived tree alive throughout. */
public class TreeChurn {
    static final class Node {
        final Node left, right;
        Node(Node left, Node right) { this.left = left; this.right = right; }
        int check() { return left == null ? 1 : 1 + left.check() + right.check(); }
    }

    static Node build(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1));
    }

    public static void main(String[] args) {
        int maxDepth = 13;
        System.out.println("stretch tree of depth " + (maxDepth + 1) + " check: " + build(maxDepth + 1).check());
        Node longLived = build(maxDepth);
        for (int depth = 3; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) check += build(depth).check();
            System.out.println(iterations + " trees of depth " + depth + " check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + " check: " + longLived.check());
    }
}
