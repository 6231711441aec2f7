// stdin: cases.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.StringTokenizer;

/** Classic DP set: longest increasing subsequence (patience), coin change (min coins and ways), max subarray, rod cutting. */
public class PuzzleLisCoins {
    static int[] ints(String s) {
        StringTokenizer st = new StringTokenizer(s);
        int[] a = new int[st.countTokens()];
        for (int i = 0; i < a.length; i++) a[i] = Integer.parseInt(st.nextToken());
        return a;
    }

    static List<Integer> lis(int[] a) {
        int[] tailIdx = new int[a.length], prev = new int[a.length];
        int len = 0;
        for (int i = 0; i < a.length; i++) {
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[tailIdx[mid]] < a[i]) lo = mid + 1; else hi = mid;
            }
            prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
            tailIdx[lo] = i;
            if (lo == len) len++;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = len == 0 ? -1 : tailIdx[len - 1]; i >= 0; i = prev[i]) out.add(a[i]);
        Collections.reverse(out);
        return out;
    }

    static String coins(int[] coins, int amount) {
        int[] min = new int[amount + 1];
        int[] last = new int[amount + 1];
        long[] ways = new long[amount + 1];
        Arrays.fill(min, Integer.MAX_VALUE);
        min[0] = 0;
        ways[0] = 1;
        for (int c : coins) for (int v = c; v <= amount; v++) ways[v] += ways[v - c];
        for (int v = 1; v <= amount; v++)
            for (int c : coins)
                if (c <= v && min[v - c] != Integer.MAX_VALUE && min[v - c] + 1 < min[v]) { min[v] = min[v - c] + 1; last[v] = c; }
        if (min[amount] == Integer.MAX_VALUE) return "impossible, 0 ways";
        List<Integer> used = new ArrayList<>();
        for (int v = amount; v > 0; v -= last[v]) used.add(last[v]);
        return min[amount] + " coins " + used + ", " + ways[amount] + " ways";
    }

    static String maxSubarray(int[] a) {
        long best = Long.MIN_VALUE, cur = 0;
        int start = 0, bs = 0, be = 0;
        for (int i = 0; i < a.length; i++) {
            if (cur <= 0) { cur = a[i]; start = i; } else cur += a[i];
            if (cur > best) { best = cur; bs = start; be = i; }
        }
        return best + " at [" + bs + ".." + be + "] " + Arrays.toString(Arrays.copyOfRange(a, bs, be + 1));
    }

    static String rod(int[] prices, int n) {
        int[] best = new int[n + 1], cut = new int[n + 1];
        for (int len = 1; len <= n; len++)
            for (int c = 1; c <= Math.min(len, prices.length); c++)
                if (prices[c - 1] + best[len - c] > best[len]) { best[len] = prices[c - 1] + best[len - c]; cut[len] = c; }
        StringBuilder pieces = new StringBuilder();
        for (int len = n; len > 0; len -= cut[len]) pieces.append(pieces.length() == 0 ? "" : "+").append(cut[len]);
        return best[n] + " by cutting " + n + " = " + pieces;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String kind = line.substring(0, colon);
            String rest = line.substring(colon + 1);
            switch (kind) {
                case "lis" -> {
                    List<Integer> l = lis(ints(rest));
                    System.out.println("lis of" + rest + " -> length " + l.size() + " " + l);
                }
                case "coins" -> {
                    int bar = rest.indexOf('|');
                    int[] cs = ints(rest.substring(0, bar));
                    for (int amount : ints(rest.substring(bar + 1)))
                        System.out.println("change " + amount + " from " + Arrays.toString(cs) + ": " + coins(cs, amount));
                }
                case "maxsub" -> System.out.println("max subarray of" + rest + ": " + maxSubarray(ints(rest)));
                case "rod" -> {
                    int bar = rest.indexOf('|');
                    int[] prices = ints(rest.substring(0, bar));
                    for (int n : ints(rest.substring(bar + 1))) System.out.println("rod: " + rod(prices, n));
                }
                default -> System.out.println("unknown case " + kind);
            }
        }
    }
}
