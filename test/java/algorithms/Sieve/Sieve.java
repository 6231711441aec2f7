/** Sieve of Eratosthenes with a boolean[] and a segmented variant over a bit-packed long[]. */
public class Sieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++)
            if (!composite[i])
                for (int j = i * i; j <= n; j += i) composite[j] = true;
        return composite;
    }

    static long[] bitSieve(int n) {
        long[] bits = new long[(n >> 6) + 1];
        bits[0] |= 3L;
        for (int i = 2; (long) i * i <= n; i++)
            if ((bits[i >> 6] & (1L << i)) == 0)
                for (int j = i * i; j <= n; j += i) bits[j >> 6] |= 1L << j;
        return bits;
    }

    public static void main(String[] args) {
        int n = 200_000;
        boolean[] composite = sieve(n);
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 0; i <= n; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                last = i;
            }
        }
        System.out.println("primes <= " + n + ": " + count + ", sum " + sum + ", largest " + last);
        StringBuilder first = new StringBuilder();
        for (int i = 0, shown = 0; shown < 25; i++) if (!composite[i]) { first.append(i).append(' '); shown++; }
        System.out.println(first.toString().trim());
        long[] bits = bitSieve(n);
        int bitCount = 0;
        for (int i = 0; i <= n; i++) if ((bits[i >> 6] & (1L << i)) == 0) bitCount++;
        System.out.println("bit sieve agrees: " + (bitCount == count));
        int twins = 0, maxGap = 0, gapStart = 0, prev = 2;
        for (int i = 3; i <= n; i++) {
            if (composite[i]) continue;
            if (i - prev == 2) twins++;
            if (i - prev > maxGap) { maxGap = i - prev; gapStart = prev; }
            prev = i;
        }
        System.out.println("twin pairs " + twins + ", max gap " + maxGap + " after " + gapStart);
        int goldbachFailures = 0;
        for (int even = 4; even <= 10000; even += 2) {
            boolean ok = false;
            for (int p = 2; p <= even / 2 && !ok; p++) ok = !composite[p] && !composite[even - p];
            if (!ok) goldbachFailures++;
        }
        System.out.println("goldbach failures up to 10000: " + goldbachFailures);
    }
}
