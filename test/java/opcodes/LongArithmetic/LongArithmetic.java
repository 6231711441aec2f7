/** 64-bit arithmetic: random number generators, factorials and modular math that rely on wraparound. */
public class LongArithmetic {
    static long lcgState = 42;

    static long nextLcg() {
        lcgState = lcgState * 6364136223846793005L + 1442695040888963407L;
        return lcgState;
    }

    static long xorshift64(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }

    static long mulMod(long a, long b, long m) {
        long result = 0;
        a %= m;
        while (b > 0) {
            if ((b & 1) == 1) result = (result + a) % m;
            a = (a * 2) % m;
            b >>= 1;
        }
        return result;
    }

    static long powMod(long base, long exp, long m) {
        long result = 1;
        base %= m;
        while (exp > 0) {
            if ((exp & 1) == 1) result = mulMod(result, base, m);
            base = mulMod(base, base, m);
            exp >>= 1;
        }
        return result;
    }

    public static void main(String[] args) {
        long fact = 1;
        for (int i = 1; i <= 25; i++) {
            fact *= i;
            if (i >= 19) System.out.println(i + "! = " + fact);
        }
        for (int i = 0; i < 5; i++) System.out.println("lcg " + nextLcg());
        long x = 88172645463325252L;
        for (int i = 0; i < 5; i++) {
            x = xorshift64(x);
            System.out.println("xorshift " + x);
        }
        long max = Long.MAX_VALUE, min = Long.MIN_VALUE;
        System.out.println("max + 1 = " + (max + 1));
        System.out.println("min - 1 = " + (min - 1));
        System.out.println("-min = " + (-min));
        System.out.println("max * 3 = " + (max * 3));
        System.out.println("min / -1 = " + (min / -1) + ", min % -1 = " + (min % -1));
        long[] as = {100, -100, 100, -100, 1L << 40, min, max};
        long[] bs = {7, 7, -7, -7, 3, 10, -10};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + (as[i] / bs[i]) + " rem " + (as[i] % bs[i]));
        }
        System.out.println("2^61-1 prime check: 3^(p-1) mod p = " + powMod(3, (1L << 61) - 2, (1L << 61) - 1));
        System.out.println("powMod(2, 1000, 1e9+7) = " + powMod(2, 1000, 1_000_000_007L));
        int i32 = -5;
        long widened = i32;
        long masked = i32 & 0xffffffffL;
        System.out.println("widened " + widened + " masked " + masked);
        long big = 0x123456789abcdef0L;
        System.out.println("high " + (int) (big >>> 32) + " low " + (int) big + " hex " + Long.toHexString(big));
        System.out.println("~big " + (~big) + " big & mask " + (big & 0xff00ff00ff00ff00L) + " big | 1 " + (big | 1) + " big ^ -1 " + (big ^ -1L));
        long sum = 0;
        for (long k = 1; k <= 100000; k++) sum += k * k * k;
        System.out.println("sum of cubes = " + sum);
        long m = 3_000_000_000L;
        System.out.println("m * m = " + (m * m) + ", m * m / m = " + (m * m / m));
    }
}
