import java.util.ArrayList;
import java.util.List;

/** Number theory on longs: trial division, Pollard's rho, deterministic Miller-Rabin with overflow-free modular multiplication. */
public class PrimeFactorization {
    static long mulMod(long a, long b, long m) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if (hi == 0 && lo >= 0) return lo % m;
        long result = 0;
        a %= m;
        while (b > 0) {
            if ((b & 1) == 1) {
                result += a;
                if (result >= m || result < 0) result -= m;
            }
            a <<= 1;
            if (a >= m || a < 0) a -= m;
            b >>= 1;
        }
        return result;
    }

    static long powMod(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = mulMod(r, b, m);
            b = mulMod(b, b, m);
            e >>= 1;
        }
        return r;
    }

    static boolean isPrime(long n) {
        if (n < 2) return false;
        for (long p : new long[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
            if (n % p == 0) return n == p;
        }
        long d = n - 1;
        int s = 0;
        while ((d & 1) == 0) { d >>= 1; s++; }
        for (long a : new long[] {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
            long x = powMod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            boolean composite = true;
            for (int r = 1; r < s && composite; r++) {
                x = mulMod(x, x, n);
                if (x == n - 1) composite = false;
            }
            if (composite) return false;
        }
        return true;
    }

    static long gcd(long a, long b) { return b == 0 ? Math.abs(a) : gcd(b, a % b); }

    static long rho(long n) {
        if (n % 2 == 0) return 2;
        for (long c = 1; ; c++) {
            long x = 2, y = 2, d = 1;
            while (d == 1) {
                x = (mulMod(x, x, n) + c) % n;
                y = (mulMod(y, y, n) + c) % n;
                y = (mulMod(y, y, n) + c) % n;
                d = gcd(Math.abs(x - y), n);
            }
            if (d != n) return d;
        }
    }

    static void factor(long n, List<Long> out) {
        if (n == 1) return;
        if (isPrime(n)) { out.add(n); return; }
        for (long p = 2; p < 1000; p++) if (n % p == 0) { out.add(p); factor(n / p, out); return; }
        long d = rho(n);
        factor(d, out);
        factor(n / d, out);
    }

    public static void main(String[] args) {
        long[] numbers = {1, 2, 97, 360, 1_000_000_007L, 600851475143L, 9_999_999_967L * 3, 1L << 62, 4611686014132420609L, Long.MAX_VALUE, 999_999_999_989L * 1_000_003L};
        for (long n : numbers) {
            List<Long> f = new ArrayList<>();
            factor(n, f);
            f.sort(null);
            long product = 1;
            for (long p : f) product *= p;
            System.out.println(n + " = " + f + " check " + (product == n) + " prime " + isPrime(n));
        }
        int count = 0;
        for (long n = 1_000_000_000_000L; n < 1_000_000_000_000L + 300; n++) if (isPrime(n)) count++;
        System.out.println("primes in [1e12, 1e12+300): " + count);
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(-48, 18) + " lcm " + (1071L / gcd(1071, 462) * 462));
    }
}
