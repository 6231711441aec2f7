import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Number theory on longs: gcd/lcm, extended Euclid, modular inverse and power, CRT, Miller-Rabin, Pollard rho, totient. */
public class AlgoNumberTheory {
    static long gcd(long a, long b) { return b == 0 ? Math.abs(a) : gcd(b, a % b); }

    static long lcm(long a, long b) { return a / gcd(a, b) * b; }

    /** Returns {g, x, y} with a*x + b*y = g. */
    static long[] extGcd(long a, long b) {
        if (b == 0) return new long[] {a, 1, 0};
        long[] r = extGcd(b, a % b);
        return new long[] {r[0], r[2], r[1] - (a / b) * r[2]};
    }

    static long modInverse(long a, long m) {
        long[] r = extGcd(((a % m) + m) % m, m);
        if (r[0] != 1) throw new ArithmeticException(a + " has no inverse mod " + m);
        return ((r[1] % m) + m) % m;
    }

    static long mulMod(long a, long b, long m) {
        long hi = Math.multiplyHigh(a, b), lo = a * b;
        if (hi == 0 && lo >= 0) return lo % m;
        long r = 0;
        a %= m;
        while (b > 0) {
            if ((b & 1) == 1) { r += a; if (r >= m || r < 0) r -= m; }
            a <<= 1;
            if (a >= m || a < 0) a -= m;
            b >>= 1;
        }
        return r;
    }

    static long powMod(long b, long e, long m) {
        long r = 1 % m;
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
            for (int i = 1; i < s && composite; i++) {
                x = mulMod(x, x, n);
                if (x == n - 1) composite = false;
            }
            if (composite) return false;
        }
        return true;
    }

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

    static void factor(long n, Map<Long, Integer> out) {
        if (n == 1) return;
        if (isPrime(n)) { out.merge(n, 1, Integer::sum); return; }
        long d = rho(n);
        factor(d, out);
        factor(n / d, out);
    }

    static long totient(long n) {
        Map<Long, Integer> f = new TreeMap<>();
        factor(n, f);
        long r = n;
        for (long p : f.keySet()) r = r / p * (p - 1);
        return r;
    }

    static long crt(long[] rem, long[] mod) {
        long x = 0, m = 1;
        for (int i = 0; i < rem.length; i++) {
            long g = gcd(m, mod[i]);
            if ((rem[i] - x) % g != 0) throw new ArithmeticException("no solution for x = " + rem[i] + " mod " + mod[i]);
            long step = mulMod(((rem[i] - x) / g % (mod[i] / g) + mod[i] / g) % (mod[i] / g), modInverse(m / g % (mod[i] / g), mod[i] / g), mod[i] / g);
            x += m * step;
            m = lcm(m, mod[i]);
            x = ((x % m) + m) % m;
        }
        return x;
    }

    public static void main(String[] args) {
        System.out.println("gcd(1071, 462) = " + gcd(1071, 462) + ", lcm(21, 6) = " + lcm(21, 6) + ", gcd(-48, 18) = " + gcd(-48, 18));
        long[] e = extGcd(240, 46);
        System.out.println("240*" + e[1] + " + 46*" + e[2] + " = " + e[0]);
        System.out.println("inverse of 3 mod 11 = " + modInverse(3, 11) + ", of 10 mod 17 = " + modInverse(10, 17));
        try { modInverse(6, 9); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        System.out.println("2^62 mod 1e9+7 = " + powMod(2, 62, 1_000_000_007L) + ", 3^200 mod 1e18+9 = " + powMod(3, 200, 1_000_000_000_000_000_009L));
        List<Long> found = new ArrayList<>();
        for (long n = 1_000_000_000_000L; found.size() < 5; n++) if (isPrime(n)) found.add(n);
        System.out.println("first primes after 10^12: " + found);
        System.out.println("Carmichael 561 prime? " + isPrime(561) + ", Mersenne 2^61-1 prime? " + isPrime((1L << 61) - 1));
        for (long n : new long[] {600851475143L, 1_000_000_016_000_000_063L, 9_223_372_036_854_775_807L, 4_294_967_297L}) {
            Map<Long, Integer> f = new TreeMap<>();
            factor(n, f);
            System.out.println(n + " -> " + f);
        }
        System.out.println("phi(36) = " + totient(36) + ", phi(97) = " + totient(97) + ", phi(10^12) = " + totient(1_000_000_000_000L));
        System.out.println("x = 2 mod 3, 3 mod 5, 2 mod 7 -> " + crt(new long[] {2, 3, 2}, new long[] {3, 5, 7}));
        System.out.println("x = 1 mod 4, 3 mod 6 -> " + crt(new long[] {1, 3}, new long[] {4, 6}));
        try { crt(new long[] {1, 2}, new long[] {4, 6}); } catch (ArithmeticException ex) { System.out.println(ex.getMessage()); }
        System.out.println("floorMod(-7, 3) = " + Math.floorMod(-7, 3) + ", -7 % 3 = " + (-7 % 3) + ", floorDiv(-7, 3) = " + Math.floorDiv(-7, 3));
        try { System.out.println(Math.multiplyExact(1L << 40, 1L << 30)); } catch (ArithmeticException ex) { System.out.println("multiplyExact: " + ex.getMessage()); }
        System.out.println("unsigned: " + Long.toUnsignedString(-1L) + " / 10 = " + Long.divideUnsigned(-1L, 10) + " rem " + Long.remainderUnsigned(-1L, 10));
    }
}
