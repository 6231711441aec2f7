import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Digits of pi (Machin), e (series) and sqrt(2) (Newton), printed in blocks like a reference table. */
public class BigPiDigits {
    static BigInteger arctanInverse(int x, BigInteger unity) {
        BigInteger bx = BigInteger.valueOf(x);
        BigInteger x2 = bx.multiply(bx);
        BigInteger term = unity.divide(bx);
        BigInteger sum = term;
        for (int n = 3, sign = -1; term.signum() != 0; n += 2, sign = -sign) {
            term = term.divide(x2);
            BigInteger t = term.divide(BigInteger.valueOf(n));
            sum = sign < 0 ? sum.subtract(t) : sum.add(t);
        }
        return sum;
    }

    static String pi(int digits) {
        BigInteger unity = BigInteger.TEN.pow(digits + 10);
        BigInteger pi = arctanInverse(5, unity).shiftLeft(2).subtract(arctanInverse(239, unity)).shiftLeft(2);
        return pi.divide(BigInteger.TEN.pow(10)).toString();
    }

    static String e(int digits) {
        BigInteger unity = BigInteger.TEN.pow(digits + 10);
        BigInteger sum = BigInteger.ZERO, term = unity;
        for (int k = 1; term.signum() != 0; k++) {
            sum = sum.add(term);
            term = term.divide(BigInteger.valueOf(k));
        }
        return sum.divide(BigInteger.TEN.pow(10)).toString();
    }

    static BigDecimal sqrt2(int digits) {
        MathContext mc = new MathContext(digits + 5);
        BigDecimal two = BigDecimal.valueOf(2), x = new BigDecimal(Math.sqrt(2.0), mc);
        for (int i = 0; i < 12; i++) {
            x = x.add(two.divide(x, mc)).divide(two, mc);
        }
        return x.round(new MathContext(digits, RoundingMode.DOWN));
    }

    static void print(String name, String digits) {
        System.out.println(name + " = " + digits.charAt(0) + ".");
        StringBuilder line = new StringBuilder("  ");
        for (int i = 1; i < digits.length(); i++) {
            line.append(digits.charAt(i));
            if (i % 10 == 0) line.append(' ');
            if (i % 50 == 0) {
                System.out.println(line.toString().trim().isEmpty() ? "" : line);
                line = new StringBuilder("  ");
            }
        }
        if (line.length() > 2) System.out.println(line);
        int[] counts = new int[10];
        for (int i = 1; i < digits.length(); i++) counts[digits.charAt(i) - '0']++;
        StringBuilder c = new StringBuilder("  digit counts:");
        for (int i = 0; i < 10; i++) c.append(' ').append(i).append(':').append(counts[i]);
        System.out.println(c);
    }

    public static void main(String[] args) {
        String p = pi(1000);
        print("pi", p);
        System.out.println("  position of 999999: " + p.indexOf("999999"));
        print("e", e(600));
        BigDecimal s = sqrt2(300);
        print("sqrt2", s.unscaledValue().toString());
        System.out.println("sqrt2^2 = " + s.multiply(s).round(new MathContext(20)) + " scale " + s.scale()
                + " precision " + s.precision());
        System.out.println("BigDecimal sqrt: " + BigDecimal.valueOf(2).sqrt(new MathContext(60)));
        System.out.println("agree: " + BigDecimal.valueOf(2).sqrt(new MathContext(300, RoundingMode.DOWN)).equals(s));
        BigDecimal piApprox = new BigDecimal(p.charAt(0) + "." + p.substring(1, 60));
        BigDecimal frac = new BigDecimal(355).divide(new BigDecimal(113), new MathContext(30));
        System.out.println("355/113 = " + frac + " error " + frac.subtract(piApprox).round(new MathContext(5)));
        System.out.println("pi as double via BigDecimal: " + piApprox.doubleValue() + " == Math.PI: " + (piApprox.doubleValue() == Math.PI));
    }
}
