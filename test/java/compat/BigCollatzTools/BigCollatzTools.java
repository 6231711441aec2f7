import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Number-theory workbench: Collatz on huge starts, Mersenne primes, perfect numbers, factoring. */
public class BigCollatzTools {
    static final BigInteger THREE = BigInteger.valueOf(3);

    static int collatzSteps(BigInteger n, BigInteger[] peak) {
        int steps = 0;
        peak[0] = n;
        while (!n.equals(BigInteger.ONE)) {
            if (n.testBit(0)) {
                n = n.multiply(THREE).add(BigInteger.ONE);
            } else {
                n = n.shiftRight(n.getLowestSetBit());
            }
            if (n.compareTo(peak[0]) > 0) peak[0] = n;
            steps++;
        }
        return steps;
    }

    static List<BigInteger> factor(BigInteger n) {
        List<BigInteger> fs = new ArrayList<>();
        for (BigInteger p = BigInteger.TWO; p.multiply(p).compareTo(n) <= 0; p = p.nextProbablePrime()) {
            while (n.mod(p).signum() == 0) {
                fs.add(p);
                n = n.divide(p);
            }
            if (n.isProbablePrime(30)) break;
        }
        if (!n.equals(BigInteger.ONE)) fs.add(n);
        return fs;
    }

    /** Pollard's rho with Floyd cycle detection. */
    static BigInteger rho(BigInteger n, long c) {
        BigInteger x = BigInteger.TWO, y = BigInteger.TWO, d = BigInteger.ONE, bc = BigInteger.valueOf(c);
        while (d.equals(BigInteger.ONE)) {
            x = x.multiply(x).add(bc).mod(n);
            y = y.multiply(y).add(bc).mod(n);
            y = y.multiply(y).add(bc).mod(n);
            d = x.subtract(y).abs().gcd(n);
        }
        return d;
    }

    public static void main(String[] args) {
        BigInteger[] peak = new BigInteger[1];
        String[] starts = {"27", "97", "871", "77031", "837799", "123456789012345678901234567890",
            "2361235441021745907775", "99999999999999999999999999999999999999999"};
        for (String s : starts) {
            int steps = collatzSteps(new BigInteger(s), peak);
            System.out.println("collatz(" + s + "): " + steps + " compressed steps, peak " + peak[0]);
        }
        System.out.println("Mersenne exponents below 700 (2^p - 1 prime):");
        StringBuilder sb = new StringBuilder(" ");
        for (int p = 2; p < 700; p = BigInteger.valueOf(p).nextProbablePrime().intValue()) {
            BigInteger m = BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE);
            if (m.isProbablePrime(40)) {
                sb.append(' ').append(p);
                if (p < 130) {
                    BigInteger perfect = m.multiply(BigInteger.ONE.shiftLeft(p - 1));
                    System.out.println("  perfect number from p=" + p + ": " + perfect + " (bits " + perfect.bitLength()
                            + ", bitCount " + perfect.bitCount() + ")");
                }
            }
        }
        System.out.println(sb);
        String[] toFactor = {"600851475143", "1234567890", "9999999967", "18446744073709551617", "1000000016000000063"};
        for (String s : toFactor) {
            BigInteger n = new BigInteger(s);
            if (n.bitLength() > 40) {
                BigInteger d = rho(n, 1);
                System.out.println(s + " = " + d + " * " + n.divide(d) + " (rho)" + " check " + d.multiply(n.divide(d)).equals(n));
            } else {
                System.out.println(s + " = " + factor(n));
            }
        }
        BigInteger a = new BigInteger("123456789123456789123456789"), b = new BigInteger("987654321987654321");
        BigInteger g = a.gcd(b);
        System.out.println("gcd=" + g + " lcm=" + a.divide(g).multiply(b));
        // Fermat test vs Carmichael numbers
        for (long n : new long[] {561, 1105, 1729, 2465, 2821, 6601, 7919, 104729}) {
            BigInteger bn = BigInteger.valueOf(n);
            boolean fermat = BigInteger.TWO.modPow(bn.subtract(BigInteger.ONE), bn).equals(BigInteger.ONE);
            System.out.println(n + ": fermat(2)=" + fermat + " isProbablePrime=" + bn.isProbablePrime(20));
        }
        BigInteger next = new BigInteger("1000000000000000000000000000000");
        for (int i = 0; i < 5; i++) {
            next = next.nextProbablePrime();
            System.out.println("prime after 10^30 #" + (i + 1) + ": " + next);
        }
    }
}
