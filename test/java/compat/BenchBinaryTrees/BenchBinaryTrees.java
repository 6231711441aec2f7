/** The binary-trees benchmark: allocate and walk many short-lived trees plus one long-lived tree. */
public class BenchBinaryTrees {
    static final class TreeNode {
        final TreeNode left, right;
        TreeNode(TreeNode left, TreeNode right) { this.left = left; this.right = right; }
        int check() { return 1 + (left == null ? 0 : left.check() + right.check()); }
    }

    static TreeNode bottomUp(int depth) {
        return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
    }

    public static void main(String[] args) {
        int n = 12;
        int minDepth = 4;
        int maxDepth = Math.max(minDepth + 2, n);
        int stretch = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretch + "\t check: " + bottomUp(stretch).check());
        TreeNode longLived = bottomUp(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            int check = 0;
            for (int i = 1; i <= iterations; i++) check += bottomUp(depth).check();
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
    }
}
