/** Every primitive conversion instruction, including saturation and NaN handling of d2i/d2l/f2i/f2l. */
public class Conversions {
    public static void main(String[] args) {
        double[] doubles = {0.0, -0.0, 1.9, -1.9, 2.5, -2.5, 1e10, -1e10, 1e20, -1e20, 9.223372036854776E18, -9.223372036854776E18,
                2147483647.5, -2147483648.9, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 4.9e-324};
        for (double d : doubles) {
            System.out.println("d=" + d + " d2i=" + (int) d + " d2l=" + (long) d + " d2f=" + (float) d + " (short)=" + (short) d + " (byte)=" + (byte) d
                    + " (char)=" + (int) (char) d);
        }
        float[] floats = {0.5f, -0.5f, 3.99f, -3.99f, 3e9f, -3e9f, 1e19f, -1e19f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 16777217f};
        for (float f : floats) {
            System.out.println("f=" + f + " f2i=" + (int) f + " f2l=" + (long) f + " f2d=" + (double) f);
        }
        int[] ints = {0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, 0x7ffffff1};
        for (int i : ints) {
            System.out.println("i=" + i + " i2b=" + (byte) i + " i2s=" + (short) i + " i2c=" + (int) (char) i + " i2l=" + (long) i + " i2f=" + (float) i
                    + " i2d=" + (double) i);
        }
        long[] longs = {0L, -1L, 4294967296L, 4294967295L, 2147483648L, -2147483649L, Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L, 123456789012345678L};
        for (long l : longs) {
            System.out.println("l=" + l + " l2i=" + (int) l + " l2f=" + (float) l + " l2d=" + (double) l + " (short)=" + (short) l + " (char)=" + (int) (char) l);
        }
        double big = 1e300;
        float overflowed = (float) big;
        float underflowed = (float) 1e-50;
        System.out.println("d2f overflow = " + overflowed + ", d2f underflow = " + underflowed + ", d2f of -1e-50 = " + (float) -1e-50);
        double roundTrip = (double) (float) 0.1;
        System.out.println("0.1 through float = " + roundTrip);
        char c = (char) -1;
        int ci = c;
        System.out.println("(char)-1 as int = " + ci + ", (short)(char)-1 = " + (short) c + ", (byte)'A' = " + (byte) 'A');
        byte fromChar = (byte) '\u00e9';
        System.out.println("(byte) 0xe9 = " + fromChar + ", back to char = " + (int) (char) fromChar);
        long millis = 1_700_000_000_123L;
        int seconds = (int) (millis / 1000);
        System.out.println("seconds = " + seconds + ", minutes = " + (seconds / 60) + ", days as double = " + (millis / 86_400_000.0));
        int pct = (int) (0.29 * 100);
        System.out.println("(int)(0.29 * 100) = " + pct + ", Math.round = " + Math.round(0.29 * 100));
    }
}
