/*
 * Why this exists: java.math as programs use it. BigInteger work is dominated by the natives
 * (src/natives/java/math) that convert int[] magnitudes to JS BigInt and back; BigDecimal money
 * arithmetic is mostly Java code over small BigIntegers. Each trip computes a factorial, a
 * Fibonacci number, an arctangent series (Machin's pi) and a ledger of decimal postings.
 */
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

public final class BigMath {
    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    static long run(int n) {
        long check = 0L;
        for (int trip = 0; trip < n; trip++) {
            BigInteger f = BigInteger.ONE;
            for (int i = 2; i <= 400; i++) {
                f = f.multiply(BigInteger.valueOf(i));
            }
            BigInteger a = BigInteger.ZERO, b = BigInteger.ONE;
            for (int i = 0; i < 1000; i++) {
                BigInteger t = a.add(b);
                a = b;
                b = t;
            }
            BigInteger unity = BigInteger.TEN.pow(300);
            BigInteger pi = arctan(5, unity).shiftLeft(2).subtract(arctan(239, unity)).shiftLeft(2);
            BigDecimal balance = new BigDecimal("1000.00");
            BigDecimal rate = new BigDecimal("0.0125");
            for (int i = 0; i < 200; i++) {
                balance = balance.add(balance.multiply(rate)).setScale(2, RoundingMode.HALF_EVEN);
                balance = balance.subtract(BigDecimal.valueOf(i % 17, 1));
            }
            check = check * 31 + f.hashCode() + a.hashCode() + pi.hashCode() + balance.hashCode() + trip;
        }
        return check;
    }

    static BigInteger arctan(int inverse, BigInteger unity) {
        BigInteger x2 = BigInteger.valueOf((long) inverse * inverse);
        BigInteger term = unity.divide(BigInteger.valueOf(inverse));
        BigInteger sum = term;
        for (int k = 3, sign = -1; term.signum() != 0; k += 2, sign = -sign) {
            term = term.divide(x2);
            BigInteger t = term.divide(BigInteger.valueOf(k));
            sum = sign < 0 ? sum.subtract(t) : sum.add(t);
        }
        return sum;
    }
}
