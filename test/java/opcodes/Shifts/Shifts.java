/** Shift operators with counts beyond the operand width, negative counts and sign handling. */
public class Shifts {
    static int packRgb(int r, int g, int b) {
        return (0xff << 24) | (r << 16) | (g << 8) | b;
    }

    static int[] unpackRgb(int argb) {
        return new int[] {(argb >>> 24) & 0xff, (argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
    }

    public static void main(String[] args) {
        int one = 1;
        int[] counts = {0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int n : counts) {
            System.out.println("1 << " + n + " = " + (one << n) + ", -16 >> " + n + " = " + (-16 >> n) + ", -16 >>> " + n + " = " + (-16 >>> n));
        }
        long lone = 1L;
        for (int n : counts) {
            System.out.println("1L << " + n + " = " + (lone << n) + ", -16L >> " + n + " = " + (-16L >> n) + ", -16L >>> " + n + " = " + (-16L >>> n));
        }
        long shiftByLong = 70L;
        System.out.println("1 << 70L = " + (1 << shiftByLong) + ", 1L << 70L = " + (1L << shiftByLong));
        byte b = -1;
        System.out.println("(byte)-1 >>> 4 = " + (b >>> 4) + ", (byte)(b >>> 4) = " + (byte) (b >>> 4) + ", (b & 0xff) >>> 4 = " + ((b & 0xff) >>> 4));
        byte bb = -64;
        bb >>>= 2;
        System.out.println("byte -64 >>>= 2 -> " + bb);
        short s = -1;
        s >>>= 10;
        System.out.println("short -1 >>>= 10 -> " + s);
        char c = 0xffff;
        c >>= 4;
        System.out.println("char 0xffff >>= 4 -> " + (int) c);
        int argb = packRgb(200, 100, 50);
        System.out.println("argb = " + argb + " hex " + Integer.toHexString(argb));
        int[] parts = unpackRgb(argb);
        System.out.println("unpacked " + parts[0] + " " + parts[1] + " " + parts[2] + " " + parts[3]);
        int bits = 0;
        for (int i = 0; i < 32; i += 3) bits |= 1 << i;
        System.out.println("every third bit = " + Integer.toBinaryString(bits));
        long mask = 0;
        for (int i = 0; i < 64; i += 5) mask |= 1L << i;
        System.out.println("every fifth bit = " + Long.toBinaryString(mask));
        int v = 0x80000000;
        System.out.println("MIN >> 31 = " + (v >> 31) + ", MIN >>> 31 = " + (v >>> 31) + ", MIN << 1 = " + (v << 1));
        int h = "shifting".hashCode();
        System.out.println("spread hash = " + (h ^ (h >>> 16)));
    }
}
