// stdin: input.txt
import java.util.Scanner;

/**
 * A classic puzzle shape: read N numbers, answer range-sum queries with prefix sums, and
 * report the maximum subarray (Kadane). Reads 50,000 numbers through Scanner(System.in).
 */
public class ScannerBigSum {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long[] prefix = new long[n + 1];
        long best = Long.MIN_VALUE;
        long run = 0;
        int negatives = 0;
        int maxValue = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int v = in.nextInt();
            prefix[i + 1] = prefix[i] + v;
            run = Math.max(v, run + v);
            best = Math.max(best, run);
            if (v < 0) {
                negatives++;
            }
            maxValue = Math.max(maxValue, v);
        }
        System.out.println("n=" + n + " total=" + prefix[n] + " negatives=" + negatives + " max=" + maxValue);
        System.out.println("max subarray sum=" + best);
        int q = in.nextInt();
        for (int i = 0; i < q; i++) {
            int a = in.nextInt();
            int b = in.nextInt();
            System.out.println("sum[" + a + ".." + b + "]=" + (prefix[b] - prefix[a - 1]));
        }
        System.out.println("more input: " + in.hasNext());
    }
}
