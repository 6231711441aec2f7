import java.math.BigInteger;
import java.util.Random;

/** Cross-checks BigInteger arithmetic on seeded random operands of many sizes and signs. */
public class BigIntegerOpsFuzz {
    static Random rnd = new Random(20240607L);

    static BigInteger operand() {
        int kind = rnd.nextInt(6);
        BigInteger v;
        switch (kind) {
            case 0: v = BigInteger.valueOf(rnd.nextInt(40) - 20); break;
            case 1: v = BigInteger.valueOf(rnd.nextLong()); break;
            case 2: v = new BigInteger(1 + rnd.nextInt(200), rnd); break;
            case 3: v = BigInteger.ONE.shiftLeft(rnd.nextInt(130)); break;
            case 4: v = BigInteger.ONE.shiftLeft(rnd.nextInt(100)).subtract(BigInteger.ONE); break;
            default: v = new BigInteger(32 * (1 + rnd.nextInt(4)), rnd); break;
        }
        return rnd.nextBoolean() ? v.negate() : v;
    }

    static String safe(java.util.function.Supplier<Object> s) {
        try {
            Object o = s.get();
            if (o instanceof BigInteger[]) {
                BigInteger[] a = (BigInteger[]) o;
                return a[0] + " r " + a[1];
            }
            return String.valueOf(o);
        } catch (ArithmeticException e) {
            return "AE(" + e.getMessage() + ")";
        }
    }

    public static void main(String[] args) {
        long checksum = 0;
        for (int i = 0; i < 150; i++) {
            BigInteger a = operand(), b = operand();
            int sh = rnd.nextInt(90);
            StringBuilder sb = new StringBuilder();
            sb.append(i).append(": a=").append(a).append(" b=").append(b).append('\n');
            sb.append("  + ").append(a.add(b)).append("  - ").append(a.subtract(b)).append('\n');
            sb.append("  * ").append(a.multiply(b)).append('\n');
            sb.append("  / ").append(safe(() -> a.divide(b))).append("  % ").append(safe(() -> a.remainder(b)))
              .append("  mod ").append(safe(() -> a.mod(b))).append('\n');
            sb.append("  divRem ").append(safe(() -> a.divideAndRemainder(b))).append('\n');
            sb.append("  cmp ").append(a.compareTo(b)).append(" eq ").append(a.equals(b))
              .append(" hash ").append(a.hashCode()).append(' ').append(b.hashCode()).append('\n');
            sb.append("  and ").append(a.and(b)).append(" or ").append(a.or(b)).append(" xor ").append(a.xor(b))
              .append(" andNot ").append(a.andNot(b)).append(" not ").append(a.not()).append('\n');
            sb.append("  <<").append(sh).append(' ').append(a.shiftLeft(sh)).append(" >> ").append(a.shiftRight(sh))
              .append(" >>-").append(sh).append(' ').append(a.shiftRight(-sh)).append('\n');
            sb.append("  bits ").append(a.bitLength()).append(' ').append(a.bitCount()).append(' ')
              .append(a.getLowestSetBit()).append(' ').append(a.testBit(sh)).append(' ')
              .append(a.setBit(sh)).append(' ').append(a.clearBit(sh)).append(' ').append(a.flipBit(sh)).append('\n');
            sb.append("  gcd ").append(a.gcd(b)).append(" abs ").append(a.abs()).append(" neg ").append(a.negate())
              .append(" sig ").append(a.signum()).append(" min ").append(a.min(b)).append(" max ").append(a.max(b)).append('\n');
            sb.append("  hex ").append(a.toString(16)).append(" b36 ").append(a.toString(36)).append(" b7 ").append(b.toString(7)).append('\n');
            sb.append("  int ").append(a.intValue()).append(" long ").append(a.longValue())
              .append(" dbl ").append(a.doubleValue()).append(" flt ").append(a.floatValue()).append('\n');
            byte[] bytes = a.toByteArray();
            StringBuilder hb = new StringBuilder();
            for (byte x : bytes) hb.append(Integer.toHexString(x & 0xff)).append(',');
            sb.append("  bytes ").append(hb).append(" back ").append(new BigInteger(bytes).equals(a)).append('\n');
            sb.append("  pow3 ").append(a.pow(3)).append(" sqrt ").append(safe(() -> a.abs().sqrt())).append('\n');
            BigInteger m = b.abs().add(BigInteger.TWO);
            sb.append("  modPow ").append(safe(() -> a.modPow(BigInteger.valueOf(65537), m)))
              .append(" modInv ").append(safe(() -> a.modInverse(m)))
              .append(" modPowNeg ").append(safe(() -> a.modPow(BigInteger.valueOf(-3), m))).append('\n');
            sb.append("  exact ").append(safe(() -> a.longValueExact())).append(' ').append(safe(() -> a.intValueExact()))
              .append(' ').append(safe(() -> a.shortValueExact())).append(' ').append(safe(() -> a.byteValueExact())).append('\n');
            System.out.print(sb);
            checksum = checksum * 31 + a.multiply(b).hashCode();
        }
        System.out.println("checksum " + checksum);
    }
}
