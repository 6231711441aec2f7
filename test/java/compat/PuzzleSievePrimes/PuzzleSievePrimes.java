// stdin: numbers.txt
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prime toolkit: sieve of Eratosthenes (BitSet), segmented sieve, factorization, Goldbach and twin-prime queries. */
public class PuzzleSievePrimes {
    static final int LIMIT = 200_000;
    static final BitSet composite = new BitSet(LIMIT + 1);
    static final List<Integer> primes = new ArrayList<>();

    static {
        composite.set(0);
        composite.set(1);
        for (int i = 2; (long) i * i <= LIMIT; i++)
            if (!composite.get(i)) for (int j = i * i; j <= LIMIT; j += i) composite.set(j);
        for (int i = composite.nextClearBit(0); i <= LIMIT; i = composite.nextClearBit(i + 1)) primes.add(i);
    }

    static boolean isPrime(long n) {
        if (n <= LIMIT) return n >= 0 && !composite.get((int) n);
        for (int p : primes) {
            if ((long) p * p > n) return true;
            if (n % p == 0) return false;
        }
        return true;
    }

    static Map<Long, Integer> factor(long n) {
        Map<Long, Integer> f = new TreeMap<>();
        for (int p : primes) {
            if ((long) p * p > n) break;
            while (n % p == 0) { f.merge((long) p, 1, Integer::sum); n /= p; }
        }
        if (n > 1) f.merge(n, 1, Integer::sum);
        return f;
    }

    static List<Long> segment(long lo, long hi) {
        boolean[] mark = new boolean[(int) (hi - lo + 1)];
        for (int p : primes) {
            if ((long) p * p > hi) break;
            long start = Math.max((long) p * p, (lo + p - 1) / p * p);
            for (long j = start; j <= hi; j += p) mark[(int) (j - lo)] = true;
        }
        List<Long> out = new ArrayList<>();
        for (long x = Math.max(lo, 2); x <= hi; x++) if (!mark[(int) (x - lo)]) out.add(x);
        return out;
    }

    public static void main(String[] args) throws IOException {
        System.out.println(primes.size() + " primes up to " + LIMIT + ", last " + primes.get(primes.size() - 1));
        int maxGap = 0, gapAt = 0, twins = 0;
        for (int i = 1; i < primes.size(); i++) {
            int g = primes.get(i) - primes.get(i - 1);
            if (g > maxGap) { maxGap = g; gapAt = primes.get(i - 1); }
            if (g == 2) twins++;
        }
        System.out.println("largest gap " + maxGap + " after " + gapAt + ", twin pairs " + twins);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty()) continue;
            int sp = line.indexOf(' ');
            String cmd = sp < 0 ? line : line.substring(0, sp);
            String arg = sp < 0 ? "" : line.substring(sp + 1).strip();
            try {
                switch (cmd) {
                    case "factor" -> {
                        long n = Long.parseLong(arg);
                        StringBuilder sb = new StringBuilder();
                        factor(n).forEach((p, e) -> sb.append(sb.length() == 0 ? "" : " * ").append(p).append(e > 1 ? "^" + e : ""));
                        System.out.println(n + " = " + sb + (isPrime(n) ? " (prime)" : ""));
                    }
                    case "goldbach" -> {
                        int n = Integer.parseInt(arg);
                        if (n % 2 != 0 || n < 4) throw new IllegalArgumentException("goldbach needs an even number >= 4: " + n);
                        int ways = 0, first = 0;
                        for (int p : primes) {
                            if (p > n / 2) break;
                            if (!composite.get(n - p)) { if (ways++ == 0) first = p; }
                        }
                        System.out.println(n + " = " + first + " + " + (n - first) + " (" + ways + " ways)");
                    }
                    case "range" -> {
                        int dash = arg.indexOf('-');
                        long lo = Long.parseLong(arg.substring(0, dash)), hi = Long.parseLong(arg.substring(dash + 1));
                        List<Long> ps = segment(lo, hi);
                        System.out.println("primes in [" + lo + ", " + hi + "]: " + ps.size() + " " + (ps.size() > 8 ? ps.subList(0, 8) + "..." : ps));
                    }
                    case "nth" -> {
                        int k = Integer.parseInt(arg);
                        System.out.println("prime #" + k + " = " + primes.get(k - 1));
                    }
                    default -> System.out.println("unknown: " + cmd);
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                System.out.println("bad input '" + line + "': " + e);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
