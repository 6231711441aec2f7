/** Constant loading: iconst/bipush/sipush boundaries, ldc/ldc_w/ldc2_w of every type, static final constants. */
public class Constants {
    static final int ANSWER = 42;
    static final long BIG = 0x7fff_ffff_ffffL;
    static final double E_ISH = 2.718281828459045;
    static final float HALF = 0.5f;
    static final String GREETING = "hi " + ANSWER;
    static final char LETTER = 'q';
    static final boolean FLAG = true;
    static final byte SMALL = -7;
    static final short MEDIUM = 1234;

    public static void main(String[] args) {
        int[] ints = {-1, 0, 1, 2, 3, 4, 5, 6, -2, 127, 128, -128, -129, 32767, 32768, -32768, -32769, 65535, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        StringBuilder sb = new StringBuilder();
        for (int v : ints) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
        long[] longs = {0L, 1L, 2L, -1L, 4294967296L, Long.MAX_VALUE, Long.MIN_VALUE};
        sb.setLength(0);
        for (long v : longs) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
        float[] floats = {0f, 1f, 2f, 3f, -1f, 0.25f, 1e-10f, 3.4e38f};
        sb.setLength(0);
        for (float v : floats) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
        double[] doubles = {0d, 1d, 2d, -0.5, 1e100, 1e-100, 6.02214076e23};
        sb.setLength(0);
        for (double v : doubles) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(ANSWER + " " + BIG + " " + E_ISH + " " + HALF + " " + GREETING + " " + LETTER + " " + FLAG + " " + SMALL + " " + MEDIUM);
        String many = "s0 s1 s2 s3 s4 s5 s6 s7 s8 s9";
        System.out.println(many.length() + " " + "unicode \u00e9\u4e2d".length() + " " + "".isEmpty());
        int hexOctBin = 0xCAFE + 0777 + 0b1010_1010;
        System.out.println("hex+oct+bin = " + hexOctBin);
        long underscored = 1_000_000_000_000L;
        System.out.println("underscored = " + underscored);
        double hexDouble = 0x1.8p1;
        float hexFloat = 0x1p-3f;
        System.out.println("hex double " + hexDouble + " hex float " + hexFloat);
        char[] escapes = {'\b', '\f', '\r', '\0', '\\', '"', '\177', '\u1234'};
        sb.setLength(0);
        for (char c : escapes) sb.append((int) c).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(Integer.MAX_VALUE + Integer.MAX_VALUE);
        System.out.println(Long.MAX_VALUE / 3);
        System.out.println(Float.MAX_VALUE + " " + Double.MAX_VALUE + " " + Float.MIN_NORMAL + " " + Double.MIN_NORMAL);
        System.out.println(Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
    }
}
