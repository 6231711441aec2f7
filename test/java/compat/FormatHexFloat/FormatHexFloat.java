/** Inspects IEEE 754 doubles and floats with %a at various precisions, next to their bit fields. */
public class FormatHexFloat {
    static void show(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int sign = (int) (bits >>> 63);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        System.out.printf("%-24s sign=%d exp=%4d frac=%013x | %-24a | %.1a | %.3a | %.6A | %.12a | %15.2a%n",
                Double.toString(d), sign, exp, frac, d, d, d, d, d, d);
    }

    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.0, 3.0, 10.0, 1.0 / 3, Math.PI, Math.E, 1e-300, 1e300,
            Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0000000000000002, 1.9999999999999998, 0x1.fffffp-1,
            0x1.08p0, 0x1.18p0, 0x1.28p0, 0x1.f8p0, 0x0.0000000000001p-1022, 0x0.8p-1022, 3e-310, 123456.789,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : values) {
            show(d);
        }
        System.out.println();
        float[] floats = {0.1f, 1.0f / 3, Float.MIN_VALUE, Float.MAX_VALUE, 16777216f, -7.5f};
        for (float f : floats) {
            System.out.printf("float %-14s %a %.2a %A%n", f, f, f, f);
        }
        System.out.println();
        System.out.printf("[%20a] [%-20a] [%+a] [% a] [%020a] [%+020.3a]%n", 1.5, 1.5, 1.5, 1.5, 1.5, -1.5);
        System.out.printf("[%010.4a] [%012.1a] [%.0a] [%#a]%n", 1.0 / 3, 255.0, 1.75, 2.0);
        double x = 1.0;
        for (int i = 0; i < 8; i++) {
            System.out.printf("%-10s %-22a %s%n", Double.toString(x), x, Double.toHexString(x));
            x /= 3;
        }
    }
}
