import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

/** A table of BigDecimal string forms across scales, like a formatting reference sheet. */
public class BigDecimalFormatting {
    static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < w) sb.append(' ');
        return sb.toString();
    }

    public static void main(String[] args) {
        long[] unscaled = {0, 1, -1, 7, 123, -123, 1000, 123456789, -9876543210L};
        int[] scales = {-12, -7, -3, -1, 0, 1, 2, 3, 6, 7, 10, 12};
        System.out.println(pad("unscaled", 12) + pad("scale", 6) + pad("toString", 22) + pad("engineering", 22) + "plain");
        for (long u : unscaled) {
            for (int s : scales) {
                BigDecimal d = BigDecimal.valueOf(u, s);
                System.out.println(pad("" + u, 12) + pad("" + s, 6) + pad(d.toString(), 22) + pad(d.toEngineeringString(), 22) + d.toPlainString());
            }
        }
        String[] literals = {"1E+3", "1.0E+3", "10E+3", "100E+3", "0E+5", "0E-8", "0.00000", "-0.0000001", "123.456E-9", "1.2345E+100",
            "5E-324", "1E-7", "0.0000001", "0.000001", "100", "1E2", "3.0", "3.00E0"};
        for (String l : literals) {
            BigDecimal d = new BigDecimal(l);
            BigDecimal st = d.stripTrailingZeros();
            System.out.println(pad(l, 14) + pad(d.toString(), 14) + pad(d.toEngineeringString(), 14) + pad("p=" + d.precision() + " s=" + d.scale(), 12)
                    + " strip " + st + " (" + st.scale() + ")" + " ulp " + d.ulp() + " signum " + d.signum());
        }
        double[] doubles = {0.1, 0.5, 1.0 / 3, 100.0, 1e20, 1e-20, 123456.789, -2.5, Double.MIN_VALUE, Double.MAX_VALUE, 0.0, -0.0, 1e7, 1e-3};
        for (double x : doubles) {
            BigDecimal exact = new BigDecimal(x);
            BigDecimal viaString = BigDecimal.valueOf(x);
            String e = exact.toString();
            System.out.println(x + ": valueOf " + viaString + " (scale " + viaString.scale() + "), exact precision " + exact.precision()
                    + " scale " + exact.scale() + " " + (e.length() > 50 ? e.substring(0, 50) + "..." : e) + " back " + (exact.doubleValue() == x)
                    + " float " + exact.floatValue());
        }
        Random rnd = new Random(99);
        long hashSum = 0;
        for (int i = 0; i < 200; i++) {
            BigInteger u = new BigInteger(1 + rnd.nextInt(90), rnd);
            if (rnd.nextBoolean()) u = u.negate();
            BigDecimal d = new BigDecimal(u, rnd.nextInt(60) - 30);
            BigDecimal back = new BigDecimal(d.toString());
            BigDecimal backEng = new BigDecimal(d.toEngineeringString());
            BigDecimal backPlain = new BigDecimal(d.toPlainString());
            hashSum = hashSum * 31 + d.hashCode();
            if (!back.equals(d) || backEng.compareTo(d) != 0 || backPlain.compareTo(d) != 0) System.out.println("round trip failed " + d);
            if (i % 20 == 0) System.out.println("sample " + d + " | " + d.toEngineeringString() + " | dbl " + d.doubleValue() + " | flt " + d.floatValue()
                    + " | long " + d.longValue() + " | int " + d.intValue());
        }
        System.out.println("hash sum " + hashSum);
        BigDecimal m = new BigDecimal("1234.5678");
        for (int n = -6; n <= 6; n += 2) {
            System.out.println("move " + n + ": left " + m.movePointLeft(n) + " right " + m.movePointRight(n) + " scaleBy " + m.scaleByPowerOfTen(n));
        }
    }
}
