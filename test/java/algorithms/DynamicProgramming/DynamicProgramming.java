/** Dynamic programming classics on 2-D arrays: 0/1 knapsack with item recovery, LCS, edit distance, coin change, LIS. */
public class DynamicProgramming {
    static String knapsack(int[] weights, int[] values, int capacity) {
        int n = weights.length;
        int[][] best = new int[n + 1][capacity + 1];
        for (int i = 1; i <= n; i++)
            for (int c = 0; c <= capacity; c++) {
                best[i][c] = best[i - 1][c];
                if (weights[i - 1] <= c) best[i][c] = Math.max(best[i][c], best[i - 1][c - weights[i - 1]] + values[i - 1]);
            }
        StringBuilder items = new StringBuilder();
        for (int i = n, c = capacity; i > 0; i--) {
            if (best[i][c] != best[i - 1][c]) {
                items.insert(0, i - 1 + " ");
                c -= weights[i - 1];
            }
        }
        return best[n][capacity] + " using items " + items.toString().trim();
    }

    static String lcs(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--)
            for (int j = b.length() - 1; j >= 0; j--)
                dp[i][j] = a.charAt(i) == b.charAt(j) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
        StringBuilder sb = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; }
            else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
            else j++;
        }
        return sb.toString();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static long coinWays(int[] coins, int amount) {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int coin : coins) for (int a = coin; a <= amount; a++) ways[a] += ways[a - coin];
        return ways[amount];
    }

    static int lis(int[] xs) {
        int[] tails = new int[xs.length];
        int len = 0;
        for (int x : xs) {
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
            if (lo == len) len++;
        }
        return len;
    }

    public static void main(String[] args) {
        System.out.println("knapsack " + knapsack(new int[] {12, 7, 11, 8, 9}, new int[] {24, 13, 23, 15, 16}, 26));
        System.out.println("knapsack " + knapsack(new int[] {1, 3, 4, 5, 9, 14}, new int[] {1, 4, 5, 7, 11, 19}, 20));
        System.out.println("lcs " + lcs("AGGTABQWERTY", "GXTXAYBWRT") + " / " + lcs("dynamic", "programming"));
        String[][] pairs = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"intention", "execution"}, {"", "abc"}, {"same", "same"}};
        for (String[] p : pairs) System.out.println("edit(" + p[0] + ", " + p[1] + ") = " + editDistance(p[0], p[1]));
        System.out.println("coin ways 100 cents " + coinWays(new int[] {1, 5, 10, 25, 50}, 100) + ", 1000 " + coinWays(new int[] {1, 5, 10, 25, 50, 100}, 1000));
        System.out.println("lis " + lis(new int[] {10, 9, 2, 5, 3, 7, 101, 18}) + " " + lis(new int[] {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}));
    }
}
