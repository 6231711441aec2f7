import java.math.BigInteger;

/** Fibonacci and Lucas numbers at huge indices by fast doubling, with identity checks. */
public class BigFibonacciHuge {
    /** {F(n), F(n+1)} by the doubling formulas. */
    static BigInteger[] fib(long n) {
        if (n == 0) return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        BigInteger[] half = fib(n / 2);
        BigInteger a = half[0], b = half[1];
        BigInteger c = a.multiply(b.shiftLeft(1).subtract(a));
        BigInteger d = a.multiply(a).add(b.multiply(b));
        return n % 2 == 0 ? new BigInteger[] {c, d} : new BigInteger[] {d, c.add(d)};
    }

    static BigInteger lucas(long n) {
        BigInteger[] f = fib(n);
        return f[1].shiftLeft(1).subtract(f[0]); // L(n) = 2F(n+1) - F(n)
    }

    static String summary(BigInteger v) {
        String s = v.toString();
        if (s.length() <= 30) return s;
        return s.substring(0, 12) + "..." + s.substring(s.length() - 12) + " (" + s.length() + " digits)";
    }

    /** Pisano period of m by iteration. */
    static int pisano(int m) {
        int a = 0, b = 1;
        for (int i = 1; ; i++) {
            int t = (a + b) % m;
            a = b;
            b = t;
            if (a == 0 && b == 1) return i;
        }
    }

    public static void main(String[] args) {
        long[] idx = {0, 1, 2, 10, 50, 93, 94, 100, 500, 1000, 4782, 10000, 25000, 100000};
        for (long n : idx) {
            BigInteger f = fib(n)[0];
            System.out.println("F(" + n + ") = " + summary(f) + " bits=" + f.bitLength());
        }
        // Iterative cross-check for the first 2000.
        BigInteger x = BigInteger.ZERO, y = BigInteger.ONE;
        int bad = 0;
        for (int i = 0; i < 2000; i++) {
            if (i % 97 == 0 && !fib(i)[0].equals(x)) bad++;
            BigInteger t = x.add(y);
            x = y;
            y = t;
        }
        System.out.println("iterative mismatches: " + bad + ", F(2000) hash " + x.hashCode());
        // Cassini: F(n-1)F(n+1) - F(n)^2 = (-1)^n
        for (long n : new long[] {5, 77, 1000, 12345}) {
            BigInteger[] p = fib(n - 1);
            BigInteger fn1 = fib(n + 1)[0];
            System.out.println("Cassini n=" + n + ": " + p[0].multiply(fn1).subtract(p[1].multiply(p[1])));
        }
        // gcd(F(m), F(n)) = F(gcd(m, n))
        int[][] pairs = {{120, 84}, {1000, 750}, {997, 1009}, {360, 240}};
        for (int[] pr : pairs) {
            BigInteger g = fib(pr[0])[0].gcd(fib(pr[1])[0]);
            int gi = BigInteger.valueOf(pr[0]).gcd(BigInteger.valueOf(pr[1])).intValue();
            System.out.println("gcd(F" + pr[0] + ",F" + pr[1] + ") = " + summary(g) + " == F" + gi + ": " + g.equals(fib(gi)[0]));
        }
        // First Fibonacci number with 1000 digits (Project Euler 25).
        BigInteger limit = BigInteger.TEN.pow(999);
        x = BigInteger.ONE;
        y = BigInteger.ONE;
        int n = 2;
        while (y.compareTo(limit) < 0) {
            BigInteger t = x.add(y);
            x = y;
            y = t;
            n++;
        }
        System.out.println("first 1000-digit term: F(" + n + ")");
        for (int m : new int[] {2, 3, 5, 10, 16, 100, 1000}) {
            int period = pisano(m);
            System.out.println("pisano(" + m + ")=" + period + " F(10^18) mod " + m + " = "
                    + fib(1000000L % period)[0].mod(BigInteger.valueOf(m)));
        }
        BigInteger f = fib(30000)[0];
        System.out.println("F(30000) mod 1e9+7 = " + f.mod(BigInteger.valueOf(1000000007L)) + ", lowest bit "
                + f.getLowestSetBit() + ", digit count " + f.toString().length() + ", lucas(300) = " + lucas(300));
        System.out.println("ratio F(201)/F(200) ~ " + new java.math.BigDecimal(fib(201)[0]).divide(
                new java.math.BigDecimal(fib(200)[0]), new java.math.MathContext(40)));
    }
}
