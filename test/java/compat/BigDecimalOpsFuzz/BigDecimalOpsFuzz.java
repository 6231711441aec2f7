import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

/** Cross-checks BigDecimal arithmetic, rounding and formatting on seeded random operands. */
public class BigDecimalOpsFuzz {
    static final Random rnd = new Random(77L);
    static final RoundingMode[] MODES = RoundingMode.values();

    static BigDecimal operand() {
        BigInteger unscaled;
        switch (rnd.nextInt(4)) {
            case 0: unscaled = BigInteger.valueOf(rnd.nextInt(2000) - 1000); break;
            case 1: unscaled = BigInteger.valueOf(rnd.nextLong() >> rnd.nextInt(60)); break;
            case 2: unscaled = new BigInteger(1 + rnd.nextInt(120), rnd); break;
            default: unscaled = BigInteger.TEN.pow(rnd.nextInt(12)).multiply(BigInteger.valueOf(rnd.nextInt(30))); break;
        }
        if (rnd.nextBoolean()) unscaled = unscaled.negate();
        int scale = rnd.nextInt(30) - 10;
        return new BigDecimal(unscaled, scale);
    }

    interface Op { Object run(); }

    static String safe(Op op) {
        try {
            Object o = op.run();
            if (o instanceof BigDecimal[]) {
                BigDecimal[] a = (BigDecimal[]) o;
                return a[0] + " r " + a[1];
            }
            return String.valueOf(o);
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ")";
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 120; i++) {
            BigDecimal a = operand(), b = operand();
            MathContext mc = new MathContext(1 + rnd.nextInt(25), MODES[rnd.nextInt(7)]);
            RoundingMode rm = MODES[rnd.nextInt(MODES.length)];
            int sc = rnd.nextInt(16) - 4;
            StringBuilder sb = new StringBuilder();
            sb.append(i).append(": a=").append(a).append(" b=").append(b).append(' ').append(mc).append(' ').append(rm).append(' ').append(sc).append('\n');
            sb.append("  forms ").append(a.toPlainString()).append(" | ").append(a.toEngineeringString())
              .append(" | prec ").append(a.precision()).append(" scale ").append(a.scale()).append(" unscaled ").append(a.unscaledValue()).append('\n');
            sb.append("  + ").append(a.add(b)).append(" mc ").append(a.add(b, mc)).append('\n');
            sb.append("  - ").append(a.subtract(b)).append(" mc ").append(a.subtract(b, mc)).append('\n');
            sb.append("  * ").append(a.multiply(b)).append(" mc ").append(a.multiply(b, mc)).append('\n');
            sb.append("  / ").append(safe(() -> a.divide(b))).append(" mc ").append(safe(() -> a.divide(b, mc))).append('\n');
            sb.append("  /s ").append(safe(() -> a.divide(b, sc, rm))).append(" /rm ").append(safe(() -> a.divide(b, rm))).append('\n');
            sb.append("  int ").append(safe(() -> a.divideToIntegralValue(b))).append(" mc ").append(safe(() -> a.divideToIntegralValue(b, mc))).append('\n');
            sb.append("  rem ").append(safe(() -> a.remainder(b))).append(" dr ").append(safe(() -> a.divideAndRemainder(b))).append('\n');
            sb.append("  setScale ").append(safe(() -> a.setScale(sc, rm))).append(" round ").append(safe(() -> a.round(mc))).append('\n');
            sb.append("  strip ").append(a.stripTrailingZeros()).append(" cmp ").append(a.compareTo(b)).append(" eq ").append(a.equals(b))
              .append(" hash ").append(a.hashCode()).append(" min ").append(a.min(b)).append(" max ").append(a.max(b)).append('\n');
            sb.append("  dbl ").append(a.doubleValue()).append(" flt ").append(a.floatValue()).append(" long ").append(a.longValue())
              .append(" int ").append(a.intValue()).append(" exact ").append(safe(() -> a.longValueExact())).append(" bi ").append(a.toBigInteger()).append('\n');
            sb.append("  move ").append(a.movePointLeft(sc)).append(' ').append(a.movePointRight(sc)).append(' ').append(a.scaleByPowerOfTen(sc))
              .append(" ulp ").append(a.ulp()).append(" neg ").append(a.negate()).append(" abs ").append(a.abs()).append(" sig ").append(a.signum()).append('\n');
            int n = rnd.nextInt(6);
            sb.append("  pow ").append(a.pow(n)).append(" mc ").append(safe(() -> a.pow(n, mc))).append(" neg ").append(safe(() -> a.pow(-n, mc))).append('\n');
            sb.append("  sqrt ").append(safe(() -> a.abs().sqrt(mc))).append(" sq ").append(safe(() -> a.multiply(a).sqrt(mc))).append('\n');
            double d = rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20) * (rnd.nextBoolean() ? 1 : -1);
            sb.append("  fromDouble ").append(new BigDecimal(d)).append(" valueOf ").append(BigDecimal.valueOf(d))
              .append(" mc ").append(new BigDecimal(d, mc)).append(" back ").append(new BigDecimal(d).doubleValue() == d).append('\n');
            System.out.print(sb);
        }
    }
}
