import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/** Project-Euler-style problems that need big integers. */
public class BigEulerProblems {
    static int digitSum(BigInteger v) {
        int s = 0;
        for (char c : v.abs().toString().toCharArray()) s += c - '0';
        return s;
    }

    public static void main(String[] args) {
        // 16: digit sum of 2^1000
        System.out.println("P16 digit sum 2^1000 = " + digitSum(BigInteger.TWO.pow(1000)));
        // 20: digit sum of 100!
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 100; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("P20 digit sum 100! = " + digitSum(f));
        // 15: lattice paths C(40, 20)
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < 20; i++) c = c.multiply(BigInteger.valueOf(40 - i)).divide(BigInteger.valueOf(i + 1));
        System.out.println("P15 lattice paths 20x20 = " + c);
        // 13: first ten digits of a sum of large numbers (generated deterministically)
        BigInteger sum = BigInteger.ZERO;
        BigInteger seed = new BigInteger("37107287533902102798797998220837590246510135740250");
        for (int i = 0; i < 100; i++) {
            seed = seed.multiply(BigInteger.valueOf(6364136223846793005L)).add(BigInteger.valueOf(1442695040888963407L)).mod(BigInteger.TEN.pow(50));
            sum = sum.add(seed);
        }
        System.out.println("P13-like first ten digits = " + sum.toString().substring(0, 10) + " of " + sum);
        // 29: distinct powers a^b for 2<=a,b<=100
        Set<BigInteger> powers = new HashSet<>();
        for (int a = 2; a <= 100; a++) for (int b = 2; b <= 100; b++) powers.add(BigInteger.valueOf(a).pow(b));
        System.out.println("P29 distinct powers = " + powers.size());
        // 48: last ten digits of sum i^i
        BigInteger mod = BigInteger.TEN.pow(10), s48 = BigInteger.ZERO;
        for (int i = 1; i <= 1000; i++) s48 = s48.add(BigInteger.valueOf(i).modPow(BigInteger.valueOf(i), mod));
        System.out.println("P48 last ten digits = " + s48.mod(mod));
        // 55: Lychrel numbers below 10000
        int lychrel = 0;
        for (int n = 1; n < 10000; n++) {
            BigInteger v = BigInteger.valueOf(n);
            boolean found = false;
            for (int it = 0; it < 50 && !found; it++) {
                v = v.add(new BigInteger(new StringBuilder(v.toString()).reverse().toString()));
                String t = v.toString();
                found = t.equals(new StringBuilder(t).reverse().toString());
            }
            if (!found) lychrel++;
        }
        System.out.println("P55 Lychrel candidates = " + lychrel);
        // 56: maximal digit sum of a^b, a,b < 100
        int best = 0;
        String arg = "";
        for (int a = 90; a < 100; a++) {
            BigInteger p = BigInteger.ONE;
            for (int b = 1; b < 100; b++) {
                p = p.multiply(BigInteger.valueOf(a));
                int ds = digitSum(p);
                if (ds > best) { best = ds; arg = a + "^" + b; }
            }
        }
        System.out.println("P56 max digit sum = " + best + " at " + arg);
        // 57: sqrt(2) expansions with numerator longer than denominator
        BigInteger num = BigInteger.valueOf(3), den = BigInteger.TWO;
        int longer = 0;
        for (int i = 1; i < 1000; i++) {
            BigInteger nn = num.add(den.shiftLeft(1)), nd = num.add(den);
            num = nn; den = nd;
            if (num.toString().length() > den.toString().length()) longer++;
        }
        System.out.println("P57 expansions = " + longer);
        // 97: last ten digits of 28433 * 2^7830457 + 1
        BigInteger last = BigInteger.valueOf(28433).multiply(BigInteger.TWO.modPow(BigInteger.valueOf(7830457), mod)).add(BigInteger.ONE).mod(mod);
        System.out.println("P97 last ten digits = " + last);
        // 63: n-digit positive integers that are nth powers
        int count = 0;
        for (int base = 1; base < 10; base++) for (int e = 1; e < 30; e++) if (BigInteger.valueOf(base).pow(e).toString().length() == e) count++;
        System.out.println("P63 count = " + count);
        // 104-like: Fibonacci whose last 9 digits are pandigital, first index
        BigInteger a = BigInteger.ONE, b = BigInteger.ONE;
        BigInteger nineDigits = BigInteger.valueOf(1000000000);
        for (int k = 3; k < 1000; k++) {
            BigInteger t = a.add(b); a = b; b = t;
            String tail = b.mod(nineDigits).toString();
            char[] cs = tail.toCharArray();
            java.util.Arrays.sort(cs);
            if (new String(cs).equals("123456789")) { System.out.println("P104-like first pandigital tail at F(" + k + ")"); break; }
        }
    }
}
