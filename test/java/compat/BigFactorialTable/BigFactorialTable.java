import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Prints factorial and binomial tables with digit statistics, like a combinatorics handout. */
public class BigFactorialTable {
    static final List<BigInteger> FACT = new ArrayList<>();

    static BigInteger factorial(int n) {
        while (FACT.size() <= n) {
            int k = FACT.size();
            FACT.add(k == 0 ? BigInteger.ONE : FACT.get(k - 1).multiply(BigInteger.valueOf(k)));
        }
        return FACT.get(n);
    }

    static BigInteger binomial(int n, int k) {
        return factorial(n).divide(factorial(k).multiply(factorial(n - k)));
    }

    static int digitSum(BigInteger v) {
        int s = 0;
        for (char c : v.toString().toCharArray()) s += c - '0';
        return s;
    }

    static int trailingZeros(BigInteger v) {
        int z = 0;
        BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
        while (qr[1].signum() == 0) {
            z++;
            v = qr[0];
            qr = v.divideAndRemainder(BigInteger.TEN);
        }
        return z;
    }

    static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < w; i++) sb.append(' ');
        return sb.append(s).toString();
    }

    public static void main(String[] args) {
        System.out.println("  n | digits | zeros | digit sum | n!");
        for (int n = 0; n <= 60; n += (n < 25 ? 1 : 5)) {
            BigInteger f = factorial(n);
            String s = f.toString();
            String shown = s.length() > 40 ? s.substring(0, 18) + "..." + s.substring(s.length() - 18) : s;
            System.out.println(pad("" + n, 3) + " | " + pad("" + s.length(), 6) + " | " + pad("" + trailingZeros(f), 5)
                    + " | " + pad("" + digitSum(f), 9) + " | " + shown);
        }
        System.out.println();
        System.out.println("Pascal's triangle rows 0..16:");
        for (int n = 0; n <= 16; n++) {
            StringBuilder row = new StringBuilder();
            for (int k = 0; k <= n; k++) row.append(binomial(n, k)).append(k < n ? " " : "");
            System.out.println(row);
        }
        System.out.println();
        int[][] picks = {{52, 5}, {49, 6}, {100, 50}, {200, 100}, {1000, 3}, {300, 150}};
        for (int[] p : picks) {
            BigInteger c = binomial(p[0], p[1]);
            System.out.println("C(" + p[0] + "," + p[1] + ") = " + c + " bits=" + c.bitLength()
                    + " log10~" + (c.toString().length() - 1) + " hash=" + c.hashCode());
        }
        // Central binomials and Catalan numbers, checked against the recurrence.
        BigInteger catalan = BigInteger.ONE;
        for (int n = 0; n <= 40; n++) {
            BigInteger direct = binomial(2 * n, n).divide(BigInteger.valueOf(n + 1));
            if (!direct.equals(catalan)) {
                System.out.println("Catalan mismatch at " + n);
            }
            if (n % 8 == 0) System.out.println("Catalan(" + n + ") = " + catalan);
            catalan = catalan.multiply(BigInteger.valueOf(2L * (2 * n + 1))).divide(BigInteger.valueOf(n + 2));
        }
        // Wilson's theorem: (p-1)! = -1 mod p exactly for primes.
        StringBuilder primes = new StringBuilder("Wilson primes below 80:");
        for (int p = 2; p < 80; p++) {
            if (factorial(p - 1).add(BigInteger.ONE).mod(BigInteger.valueOf(p)).signum() == 0) primes.append(' ').append(p);
        }
        System.out.println(primes);
        BigInteger big = factorial(1000);
        System.out.println("1000! has " + big.toString().length() + " digits, " + trailingZeros(big) + " trailing zeros, "
                + big.bitLength() + " bits, lowest set bit " + big.getLowestSetBit() + ", bitCount " + big.bitCount());
        System.out.println("1000!/998! = " + big.divide(factorial(998)));
        System.out.println("sqrt(1000!) has " + big.sqrt().toString().length() + " digits; 1000! mod 1000003 = "
                + big.mod(BigInteger.valueOf(1000003)));
    }
}
