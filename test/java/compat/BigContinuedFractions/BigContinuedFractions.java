import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Continued fractions: expansions of rationals and quadratic irrationals, convergents, Pell equations. */
public class BigContinuedFractions {
    static List<BigInteger> ofRational(BigInteger p, BigInteger q) {
        List<BigInteger> terms = new ArrayList<>();
        while (q.signum() != 0) {
            BigInteger[] qr = p.divideAndRemainder(q);
            BigInteger a = qr[0];
            BigInteger r = qr[1];
            if (r.signum() < 0) {
                a = a.subtract(BigInteger.ONE);
                r = r.add(q);
            }
            terms.add(a);
            p = q;
            q = r;
        }
        return terms;
    }

    /** Period of sqrt(n) by the standard (m, d, a) recurrence. */
    static List<BigInteger> sqrtTerms(long n, int max) {
        List<BigInteger> terms = new ArrayList<>();
        BigInteger bn = BigInteger.valueOf(n), a0 = bn.sqrt(), m = BigInteger.ZERO, d = BigInteger.ONE, a = a0;
        terms.add(a0);
        if (a0.multiply(a0).equals(bn)) return terms;
        while (terms.size() < max) {
            m = d.multiply(a).subtract(m);
            d = bn.subtract(m.multiply(m)).divide(d);
            a = a0.add(m).divide(d);
            terms.add(a);
            if (a.equals(a0.shiftLeft(1))) break;
        }
        return terms;
    }

    static BigInteger[] convergent(List<BigInteger> terms, int k) {
        BigInteger h0 = BigInteger.ONE, h1 = terms.get(0), k0 = BigInteger.ZERO, k1 = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            BigInteger a = terms.get((i - 1) % (terms.size() - 1) + 1);
            BigInteger h2 = a.multiply(h1).add(h0), k2 = a.multiply(k1).add(k0);
            h0 = h1; h1 = h2; k0 = k1; k1 = k2;
        }
        return new BigInteger[] {h1, k1};
    }

    public static void main(String[] args) {
        String[][] rationals = {{"415", "93"}, {"-415", "93"}, {"103993", "33102"}, {"1000000007", "998244353"}, {"6", "3"}};
        for (String[] r : rationals) {
            System.out.println(r[0] + "/" + r[1] + " = " + ofRational(new BigInteger(r[0]), new BigInteger(r[1])));
        }
        BigDecimal pi = new BigDecimal("3.14159265358979323846264338327950288419716939937510");
        List<BigInteger> piTerms = ofRational(pi.unscaledValue(), BigInteger.TEN.pow(pi.scale()));
        System.out.println("pi (50 digits) terms: " + piTerms.subList(0, 20));
        BigInteger h0 = BigInteger.ONE, h1 = piTerms.get(0), k0 = BigInteger.ZERO, k1 = BigInteger.ONE;
        MathContext mc = new MathContext(25);
        for (int i = 1; i < 12; i++) {
            BigInteger a = piTerms.get(i);
            BigInteger h2 = a.multiply(h1).add(h0), k2 = a.multiply(k1).add(k0);
            h0 = h1; h1 = h2; k0 = k1; k1 = k2;
            BigDecimal approx = new BigDecimal(h1).divide(new BigDecimal(k1), mc);
            System.out.println("  " + h1 + "/" + k1 + " = " + approx + " err " + approx.subtract(pi).abs().round(new MathContext(3)));
        }
        for (long n : new long[] {2, 3, 7, 13, 61, 94, 109, 100}) {
            List<BigInteger> t = sqrtTerms(n, 200);
            System.out.println("sqrt(" + n + ") = " + t + " period " + (t.size() - 1));
            if (t.size() > 1) {
                // Fundamental solution of x^2 - n y^2 = 1
                int period = t.size() - 1;
                int k = period % 2 == 0 ? period - 1 : 2 * period - 1;
                BigInteger[] xy = convergent(t, k);
                BigInteger check = xy[0].multiply(xy[0]).subtract(BigInteger.valueOf(n).multiply(xy[1].multiply(xy[1])));
                System.out.println("  Pell x=" + xy[0] + " y=" + xy[1] + " x^2-ny^2=" + check);
            }
        }
        // e = [2; 1, 2, 1, 1, 4, 1, 1, 6, ...]
        BigInteger p0 = BigInteger.ONE, p1 = BigInteger.TWO, q0 = BigInteger.ZERO, q1 = BigInteger.ONE;
        for (int i = 1; i < 100; i++) {
            BigInteger a = i % 3 == 2 ? BigInteger.valueOf(2L * (i / 3 + 1)) : BigInteger.ONE;
            BigInteger p2 = a.multiply(p1).add(p0), q2 = a.multiply(q1).add(q0);
            p0 = p1; p1 = p2; q0 = q1; q1 = q2;
        }
        BigDecimal e = new BigDecimal(p1).divide(new BigDecimal(q1), 60, RoundingMode.HALF_EVEN);
        int digitSum = 0;
        for (char c : p1.toString().toCharArray()) digitSum += c - '0';
        System.out.println("e ~ " + e + "\n  numerator digit sum " + digitSum + ", double " + e.doubleValue() + " == Math.E " + (e.doubleValue() == Math.E));
    }
}
