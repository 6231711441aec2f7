import java.math.BigInteger;
import java.util.Random;

/** Two's-complement semantics of BigInteger bit operations, checked against long arithmetic. */
public class BigIntegerBitTwiddling {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < b.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(Integer.toHexString((b[i] & 0xff) | 0x100).substring(1));
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        long[] samples = {0, 1, -1, 2, -2, 255, -255, 256, -256, 0x7fffffffL, -0x80000000L, 0xffffffffL, -0x100000000L,
            Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789abcdefL, -0x123456789abcdefL};
        for (long v : samples) {
            BigInteger b = BigInteger.valueOf(v);
            System.out.println(v + ": bitLength " + b.bitLength() + " (long " + (64 - Long.numberOfLeadingZeros(v < 0 ? ~v : v))
                    + ") bitCount " + b.bitCount() + " (long " + Long.bitCount(v < 0 ? ~v : v) + ") lowest " + b.getLowestSetBit()
                    + " bytes " + hex(b.toByteArray()) + " not " + b.not() + " hash " + b.hashCode());
        }
        Random rnd = new Random(4242);
        int mismatches = 0;
        for (int i = 0; i < 3000; i++) {
            long x = rnd.nextLong() >> rnd.nextInt(64), y = rnd.nextLong() >> rnd.nextInt(64);
            int s = rnd.nextInt(64);
            BigInteger bx = BigInteger.valueOf(x), by = BigInteger.valueOf(y);
            if (bx.and(by).longValue() != (x & y)) mismatches++;
            if (bx.or(by).longValue() != (x | y)) mismatches++;
            if (bx.xor(by).longValue() != (x ^ y)) mismatches++;
            if (bx.andNot(by).longValue() != (x & ~y)) mismatches++;
            if (bx.shiftRight(s).longValue() != (x >> s)) mismatches++;
            if (bx.testBit(s) != (((x >> s) & 1) == 1)) mismatches++;
            if (bx.setBit(s).longValue() != (x | (1L << s)) && s < 63) mismatches++;
            if (bx.clearBit(s).longValue() != (x & ~(1L << s))) mismatches++;
            if (bx.flipBit(s).longValue() != (x ^ (1L << s))) mismatches++;
            if (bx.shiftLeft(s).longValue() != (x << s)) mismatches++;
            if (bx.intValue() != (int) x) mismatches++;
            if (!new BigInteger(bx.toByteArray()).equals(bx)) mismatches++;
            if (i % 300 == 0) {
                System.out.println(x + " & " + y + " -> " + bx.and(by) + " | " + bx.or(by) + " ^ " + bx.xor(by) + " >>" + s + " " + bx.shiftRight(s)
                        + " <<" + s + " " + bx.shiftLeft(s));
            }
        }
        System.out.println("long mismatches: " + mismatches);
        BigInteger big = BigInteger.ONE.shiftLeft(200).subtract(BigInteger.valueOf(12345)).negate();
        System.out.println("big = " + big + "\n  hex " + big.toString(16) + "\n  bytes " + hex(big.toByteArray()));
        for (int n : new int[] {0, 1, 31, 32, 33, 64, 100, 199, 200, 201, 500}) {
            System.out.println("  >>" + n + " = " + big.shiftRight(n) + ", testBit " + big.testBit(n) + ", flip " + big.flipBit(n).bitLength()
                    + ", <<-" + n + " = " + big.shiftLeft(-n).equals(big.shiftRight(n)));
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(130).subtract(BigInteger.ONE);
        System.out.println("big & mask = " + big.and(mask) + "\nbig | ~mask = " + big.or(mask.not()) + "\nbig ^ -1 = " + big.xor(BigInteger.ONE.negate()));
        for (int k : new int[] {1, 8, 31, 32, 33, 63, 64, 65, 128}) {
            BigInteger p = BigInteger.ONE.shiftLeft(k);
            System.out.println("-2^" + k + ": bitLength " + p.negate().bitLength() + " bitCount " + p.negate().bitCount()
                    + " bytes " + p.negate().toByteArray().length + " -(2^" + k + ")+1 bitLength " + p.negate().add(BigInteger.ONE).bitLength());
        }
        byte[] raw = {(byte) 0xff, (byte) 0x00, (byte) 0x80, 0x7f};
        System.out.println("signed bytes " + new BigInteger(raw) + ", unsigned " + new BigInteger(1, raw) + ", negative mag " + new BigInteger(-1, raw)
                + ", slice " + new BigInteger(raw, 1, 2) + ", leading zero bytes " + new BigInteger(new byte[] {0, 0, 1, 2}));
        Random r2 = new Random(7);
        for (int bits : new int[] {0, 1, 7, 8, 9, 31, 32, 33, 64, 100}) {
            System.out.println("random " + bits + " bits: " + new BigInteger(bits, r2));
        }
        try {
            BigInteger.ONE.testBit(-1);
        } catch (ArithmeticException e) {
            System.out.println("testBit(-1): " + e.getMessage());
        }
        System.out.println("long view of 2^64+5: " + BigInteger.ONE.shiftLeft(64).add(BigInteger.valueOf(5)).longValue()
                + ", int view of -(2^40+3): " + BigInteger.ONE.shiftLeft(40).add(BigInteger.valueOf(3)).negate().intValue());
    }
}
