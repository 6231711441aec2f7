import java.util.ArrayList;
import java.util.List;

/** Backtracking classics: permutations, combinations summing to a target, N-queens counts, word search, and balanced parentheses. */
public class AlgoBacktracking {
    static void permute(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) { out.add(prefix); return; }
        for (int i = 0; i < rest.length(); i++) {
            if (rest.indexOf(rest.charAt(i)) != i) continue;
            permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static void combos(int[] cands, int start, int target, List<Integer> cur, List<List<Integer>> out) {
        if (target == 0) { out.add(new ArrayList<>(cur)); return; }
        for (int i = start; i < cands.length && cands[i] <= target; i++) {
            if (i > start && cands[i] == cands[i - 1]) continue;
            cur.add(cands[i]);
            combos(cands, i + 1, target - cands[i], cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    static int queens(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        for (int avail = ~(cols | d1 | d2) & ((1 << n) - 1); avail != 0; avail &= avail - 1) {
            int bit = avail & -avail;
            count += queens(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
        return count;
    }

    static boolean search(char[][] g, String w, int r, int c, int k, List<int[]> path) {
        if (k == w.length()) return true;
        if (r < 0 || c < 0 || r >= g.length || c >= g[0].length || g[r][c] != w.charAt(k)) return false;
        char saved = g[r][c];
        g[r][c] = '#';
        path.add(new int[] {r, c});
        int[][] dirs = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
        for (int[] d : dirs) if (search(g, w, r + d[0], c + d[1], k + 1, path)) { g[r][c] = saved; return true; }
        path.remove(path.size() - 1);
        g[r][c] = saved;
        return false;
    }

    static void parens(int open, int close, StringBuilder sb, List<String> out) {
        if (open == 0 && close == 0) { out.add(sb.toString()); return; }
        if (open > 0) { sb.append('('); parens(open - 1, close + 1, sb, out); sb.setLength(sb.length() - 1); }
        if (close > 0) { sb.append(')'); parens(open, close - 1, sb, out); sb.setLength(sb.length() - 1); }
    }

    static boolean solveSubsetPartition(int[] a, int i, int s1, int s2, StringBuilder assign) {
        if (i == a.length) return s1 == s2;
        assign.append('L');
        if (solveSubsetPartition(a, i + 1, s1 + a[i], s2, assign)) return true;
        assign.setCharAt(assign.length() - 1, 'R');
        if (solveSubsetPartition(a, i + 1, s1, s2 + a[i], assign)) return true;
        assign.setLength(assign.length() - 1);
        return false;
    }

    public static void main(String[] args) {
        List<String> perms = new ArrayList<>();
        permute("", "aabc", perms);
        System.out.println(perms.size() + " distinct permutations of aabc: " + perms);
        List<List<Integer>> out = new ArrayList<>();
        int[] cands = {10, 1, 2, 7, 6, 1, 5};
        java.util.Arrays.sort(cands);
        combos(cands, 0, 8, new ArrayList<>(), out);
        System.out.println("combinations to 8: " + out);
        StringBuilder q = new StringBuilder();
        for (int n = 1; n <= 9; n++) q.append(n).append(':').append(queens(n, 0, 0, 0, 0)).append(' ');
        System.out.println("n-queens " + q.toString().trim());
        char[][] grid = {"ABCE".toCharArray(), "SFCS".toCharArray(), "ADEE".toCharArray()};
        for (String w : new String[] {"ABCCED", "SEE", "ABCB", "ASADFBCCEESE"}) {
            List<int[]> path = new ArrayList<>();
            boolean found = false;
            for (int r = 0; r < 3 && !found; r++) for (int c = 0; c < 4 && !found; c++) found = search(grid, w, r, c, 0, path);
            StringBuilder p = new StringBuilder();
            for (int[] cell : path) p.append('(').append(cell[0]).append(',').append(cell[1]).append(')');
            System.out.println("word " + w + ": " + (found ? p : "not found"));
        }
        List<String> ps = new ArrayList<>();
        parens(4, 0, new StringBuilder(), ps);
        System.out.println(ps.size() + " balanced strings of 4 pairs, first " + ps.get(0) + ", last " + ps.get(ps.size() - 1));
        int[] weights = {3, 1, 4, 2, 2, 5, 1};
        StringBuilder assign = new StringBuilder();
        System.out.println("partition " + java.util.Arrays.toString(weights) + ": " + (solveSubsetPartition(weights, 0, 0, 0, assign) ? assign : "impossible"));
        StringBuilder none = new StringBuilder();
        System.out.println("partition [1, 2, 4]: " + (solveSubsetPartition(new int[] {1, 2, 4}, 0, 0, 0, none) ? none : "impossible"));
    }
}
