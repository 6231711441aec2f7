import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The rounding-mode table from the RoundingMode documentation, extended to MathContext operations. */
public class BigDecimalRoundingModes {
    static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < w; i++) sb.append(' ');
        return sb.append(s).toString();
    }

    public static void main(String[] args) {
        String[] inputs = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.5", "-0.5", "0.05", "9.5", "99.5", "-0.0"};
        StringBuilder head = new StringBuilder(pad("input", 7));
        for (RoundingMode m : RoundingMode.values()) head.append(pad(m.name(), 12));
        System.out.println(head);
        for (String in : inputs) {
            BigDecimal d = new BigDecimal(in);
            StringBuilder row = new StringBuilder(pad(in, 7));
            for (RoundingMode m : RoundingMode.values()) {
                String r;
                try {
                    r = d.setScale(0, m).toString();
                } catch (ArithmeticException e) {
                    r = "throw";
                }
                row.append(pad(r, 12));
            }
            System.out.println(row);
        }
        // Two-decimal rounding of half-cent values and MathContext rounding to 3 significant digits.
        String[] cents = {"0.125", "0.135", "-0.125", "-0.135", "2.675", "1.005", "1234.5650", "-999.995", "0.0049999"};
        for (String c : cents) {
            BigDecimal d = new BigDecimal(c);
            StringBuilder row = new StringBuilder(pad(c, 11));
            for (RoundingMode m : RoundingMode.values()) {
                if (m == RoundingMode.UNNECESSARY) continue;
                row.append(pad(d.setScale(2, m).toPlainString(), 10)).append(pad(d.round(new MathContext(3, m)).toString(), 10));
            }
            System.out.println(row);
        }
        System.out.println("legacy ints: " + RoundingMode.valueOf(BigDecimal.ROUND_HALF_EVEN) + " " + RoundingMode.valueOf(0) + " ordinal "
                + RoundingMode.HALF_DOWN.ordinal() + " valueOf name " + RoundingMode.valueOf("CEILING") + " "
                + new BigDecimal("2.345").setScale(2, BigDecimal.ROUND_HALF_DOWN));
        MathContext[] contexts = {MathContext.DECIMAL32, MathContext.DECIMAL64, MathContext.DECIMAL128, MathContext.UNLIMITED,
            new MathContext(5), new MathContext(3, RoundingMode.FLOOR), new MathContext("precision=9 roundingMode=UP")};
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL128);
        for (MathContext mc : contexts) {
            String q;
            try {
                q = new BigDecimal(2).divide(new BigDecimal(3), mc).toString();
            } catch (ArithmeticException e) {
                q = e.getMessage();
            }
            System.out.println(mc + " | 2/3 = " + q + " | 1/3 rounded " + third.round(mc) + " | sum " + third.add(third, mc)
                    + " | pi*e " + new BigDecimal("3.14159265358979").multiply(new BigDecimal("2.71828182845905"), mc)
                    + " | 99999.5 " + new BigDecimal("99999.5").round(mc) + " | precision " + mc.getPrecision() + " " + mc.getRoundingMode()
                    + " eq " + mc.equals(new MathContext(mc.getPrecision(), mc.getRoundingMode())));
        }
        BigDecimal a = new BigDecimal("1234.5678");
        for (RoundingMode m : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN, RoundingMode.CEILING}) {
            System.out.println(m + ": /7 scale 3 " + a.divide(new BigDecimal(7), 3, m) + ", /-7 " + a.divide(new BigDecimal(-7), m)
                    + ", 1e-3 " + a.divide(new BigDecimal("1e-3"), -2, m) + ", pow(5, mc4) " + a.pow(5, new MathContext(4, m))
                    + ", pow(-2, mc6) " + a.pow(-2, new MathContext(6, m)) + ", round 1 " + a.round(new MathContext(1, m)));
        }
        BigDecimal x = new BigDecimal("-7.5");
        System.out.println("remainder " + x.remainder(new BigDecimal("2")) + " divideToIntegral " + x.divideToIntegralValue(new BigDecimal("2"))
                + " divideAndRemainder " + x.divideAndRemainder(new BigDecimal("0.4"))[0] + "/" + x.divideAndRemainder(new BigDecimal("0.4"))[1]
                + " negate(mc) " + x.negate(new MathContext(1)) + " abs(mc) " + x.abs(new MathContext(1, RoundingMode.DOWN)) + " plus(mc) " + x.plus(new MathContext(1)));
    }
}
