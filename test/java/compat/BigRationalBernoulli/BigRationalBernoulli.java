import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** A rational-number class on BigInteger, used for harmonic numbers, Bernoulli numbers and Egyptian fractions. */
public class BigRationalBernoulli {
    static final class Rational implements Comparable<Rational> {
        static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
        static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
        final BigInteger num, den;

        Rational(BigInteger n, BigInteger d) {
            if (d.signum() == 0) throw new ArithmeticException("zero denominator");
            if (d.signum() < 0) { n = n.negate(); d = d.negate(); }
            BigInteger g = n.gcd(d);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) { n = n.divide(g); d = d.divide(g); }
            num = n;
            den = d;
        }

        static Rational of(long n, long d) { return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d)); }
        Rational add(Rational o) { return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }
        Rational subtract(Rational o) { return add(o.negate()); }
        Rational multiply(Rational o) { return new Rational(num.multiply(o.num), den.multiply(o.den)); }
        Rational divide(Rational o) { return new Rational(num.multiply(o.den), den.multiply(o.num)); }
        Rational negate() { return new Rational(num.negate(), den); }
        BigDecimal toDecimal(MathContext mc) { return new BigDecimal(num).divide(new BigDecimal(den), mc); }
        @Override public int compareTo(Rational o) { return num.multiply(o.den).compareTo(o.num.multiply(den)); }
        @Override public boolean equals(Object o) { return o instanceof Rational && ((Rational) o).num.equals(num) && ((Rational) o).den.equals(den); }
        @Override public int hashCode() { return 31 * num.hashCode() + den.hashCode(); }
        @Override public String toString() { return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den; }
    }

    static BigInteger binom(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        return r;
    }

    public static void main(String[] args) {
        Rational h = Rational.ZERO;
        for (int n = 1; n <= 60; n++) {
            h = h.add(Rational.of(1, n));
            if (n <= 10 || n % 10 == 0) System.out.println("H(" + n + ") = " + h + " ~ " + h.toDecimal(new MathContext(20)));
        }
        // Bernoulli numbers by the recurrence sum_{k<=m} C(m+1,k) B_k = 0
        Rational[] b = new Rational[41];
        b[0] = Rational.ONE;
        for (int m = 1; m <= 40; m++) {
            Rational s = Rational.ZERO;
            for (int k = 0; k < m; k++) s = s.add(new Rational(binom(m + 1, k), BigInteger.ONE).multiply(b[k]));
            b[m] = s.negate().divide(new Rational(BigInteger.valueOf(m + 1), BigInteger.ONE));
        }
        for (int m = 0; m <= 40; m++) {
            if (m < 2 || m % 2 == 0) System.out.println("B(" + m + ") = " + b[m]);
        }
        // Sum of 10th powers via Faulhaber vs direct
        int p = 10;
        long n = 1000;
        Rational faul = Rational.ZERO;
        for (int k = 0; k <= p; k++) {
            Rational bk = k == 1 ? b[1].negate() : b[k];
            faul = faul.add(new Rational(binom(p + 1, k).multiply(BigInteger.valueOf(n).pow(p + 1 - k)), BigInteger.ONE).multiply(bk));
        }
        faul = faul.divide(Rational.of(p + 1, 1));
        BigInteger direct = BigInteger.ZERO;
        for (long i = 1; i <= n; i++) direct = direct.add(BigInteger.valueOf(i).pow(p));
        System.out.println("sum i^10 to 1000: " + direct + " faulhaber agrees: " + faul.equals(new Rational(direct, BigInteger.ONE)));
        // Egyptian fractions by the greedy algorithm
        Rational[] targets = {Rational.of(4, 13), Rational.of(5, 121), Rational.of(99, 100), Rational.of(-7, 15)};
        for (Rational t : targets) {
            StringBuilder sb = new StringBuilder(t + " =");
            Rational rest = t.compareTo(Rational.ZERO) < 0 ? t.negate() : t;
            int count = 0;
            while (rest.num.signum() != 0 && count < 8) {
                BigInteger d = rest.den.add(rest.num).subtract(BigInteger.ONE).divide(rest.num);
                sb.append(count == 0 ? " " : " + ").append("1/").append(d);
                rest = rest.subtract(new Rational(BigInteger.ONE, d));
                count++;
            }
            System.out.println(sb + (t.num.signum() < 0 ? " (negated)" : ""));
        }
        try {
            Rational.of(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("caught: " + e.getMessage());
        }
        System.out.println("hash of 22/7: " + Rational.of(44, 14).hashCode() + ", 22/7 vs 355/113: " + Rational.of(22, 7).compareTo(Rational.of(355, 113)));
    }
}
