// stdin: items.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringTokenizer;

/** Packing problems from stdin: 0/1 knapsack with item reconstruction, unbounded knapsack, subset sum. */
public class PuzzleKnapsack {
    record Item(String name, int weight, int value) {
        @Override public String toString() { return name + "(" + weight + "kg,$" + value + ")"; }
    }

    static List<Item> zeroOne(List<Item> items, int cap, int[] best) {
        int n = items.size();
        int[][] dp = new int[n + 1][cap + 1];
        for (int i = 1; i <= n; i++) {
            Item it = items.get(i - 1);
            for (int w = 0; w <= cap; w++) {
                dp[i][w] = dp[i - 1][w];
                if (it.weight() <= w) dp[i][w] = Math.max(dp[i][w], dp[i - 1][w - it.weight()] + it.value());
            }
        }
        best[0] = dp[n][cap];
        List<Item> chosen = new ArrayList<>();
        for (int i = n, w = cap; i > 0; i--) {
            if (dp[i][w] != dp[i - 1][w]) {
                Item it = items.get(i - 1);
                chosen.add(0, it);
                w -= it.weight();
            }
        }
        return chosen;
    }

    static int unbounded(List<Item> items, int cap) {
        int[] dp = new int[cap + 1];
        for (int w = 1; w <= cap; w++)
            for (Item it : items)
                if (it.weight() <= w) dp[w] = Math.max(dp[w], dp[w - it.weight()] + it.value());
        return dp[cap];
    }

    static long countSubsets(List<Item> items, int target) {
        long[] ways = new long[target + 1];
        ways[0] = 1;
        for (Item it : items)
            for (int s = target; s >= it.weight(); s--) ways[s] += ways[s - it.weight()];
        return ways[target];
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<Item> items = new ArrayList<>();
        List<Integer> capacities = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            StringTokenizer st = new StringTokenizer(line, " ,");
            if (st.countTokens() == 0) continue;
            String head = st.nextToken();
            if (head.equals("capacity")) {
                while (st.hasMoreTokens()) capacities.add(Integer.valueOf(st.nextToken()));
            } else {
                items.add(new Item(head, Integer.parseInt(st.nextToken()), Integer.parseInt(st.nextToken())));
            }
        }
        System.out.println("items: " + items);
        int totalWeight = items.stream().mapToInt(Item::weight).sum();
        System.out.println("total weight " + totalWeight + ", capacities " + capacities);
        for (int cap : capacities) {
            int[] best = new int[1];
            List<Item> chosen = zeroOne(items, cap, best);
            int used = 0;
            for (Item it : chosen) used += it.weight();
            System.out.println("cap " + cap + ": best $" + best[0] + " using " + used + "kg " + chosen);
            System.out.println("  unbounded best $" + unbounded(items, cap) + ", subsets weighing exactly " + cap + ": " + countSubsets(items, cap));
        }
        int[] weights = items.stream().mapToInt(Item::weight).sorted().toArray();
        System.out.println("sorted weights " + Arrays.toString(weights));
        System.out.println("value density ranking:");
        items.stream()
            .sorted((a, b) -> Double.compare((double) b.value() / b.weight(), (double) a.value() / a.weight()))
            .forEach(it -> System.out.println("  " + it.name() + " " + (double) it.value() / it.weight()));
    }
}
