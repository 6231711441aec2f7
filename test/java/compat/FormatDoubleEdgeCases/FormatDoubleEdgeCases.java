import java.util.Random;

/**
 * Hundreds of %f/%e/%g/%a results over seeded pseudo-random doubles and hand-picked edge cases:
 * ties, huge and tiny values, subnormals, NaN, infinities and -0.0, with random flags and widths.
 */
public class FormatDoubleEdgeCases {
    static final String[] CONVERSIONS = {"f", "e", "g", "a", "E", "G", "A"};

    static double randomDouble(Random r, int kind) {
        switch (kind) {
            case 0:
                return Double.longBitsToDouble(r.nextLong());
            case 1:
                return (r.nextInt(2_000_001) - 1_000_000) / Math.pow(10, r.nextInt(10));
            case 2:
                return r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            case 3:
                return (r.nextInt(20_001) - 10_000) / 8.0;
            case 4:
                return Double.longBitsToDouble(r.nextLong() & 0x800FFFFFFFFFFFFFL);
            default:
                return (float) (r.nextGaussian() * 1000);
        }
    }

    public static void main(String[] args) {
        Random r = new Random(0x7E57);
        StringBuilder out = new StringBuilder();
        int hash = 0;
        for (int i = 0; i < 700; i++) {
            double d = randomDouble(r, i % 6);
            if (Double.isNaN(d)) {
                d = i;
            }
            String conv = CONVERSIONS[r.nextInt(CONVERSIONS.length)];
            boolean hex = conv.equalsIgnoreCase("a");
            int precision = r.nextInt(hex ? 15 : 20) - 1;
            String flag = "";
            switch (r.nextInt(7)) {
                case 1:
                    flag = "+";
                    break;
                case 2:
                    flag = " ";
                    break;
                case 3:
                    flag = hex ? "" : "(";
                    break;
                case 4:
                    flag = conv.equals("f") || conv.equalsIgnoreCase("g") ? "," : "";
                    break;
                case 5:
                    flag = "0";
                    break;
                case 6:
                    flag = "-";
                    break;
                default:
                    break;
            }
            boolean needsWidth = flag.equals("0") || flag.equals("-");
            String width = needsWidth || r.nextInt(3) == 0 ? Integer.toString(1 + r.nextInt(28)) : "";
            String spec = "%" + flag + width + (precision >= 0 ? "." + precision : "") + conv;
            String text = String.format(spec, d);
            hash = hash * 31 + text.hashCode();
            out.append(String.format("%-10s %-24s [%s]%n", spec, Double.toString(d), text));
        }
        System.out.print(out);

        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 1.5, 2.5, -0.5, 0.125, 0.375, 1.005,
            2.675, 0.045, 1e-5, 9.5e-7, 5e-7, 4.9999999e-7, 1e15 + 0.5, 4503599627370497.0, 9007199254740993.0,
            1e22, 1e23, 2e23, 123456789.987654321, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, Math.PI, Math.E, 100, 1e7, 1e-3,
            9.9999995, 99999.95, 999999.5, 0.00099995, (double) 0.1f, (double) Float.MAX_VALUE};
        String[] specs = {"%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.17f", "%.20f", "%e", "%.0e", "%.3e", "%.16e", "%g",
            "%.1g", "%.3g", "%.10g", "%a", "%.1a", "%.3a", "%#.0f", "%#.0e", "%+,.2f", "%(.4f", "%015.5e", "% .2g"};
        System.out.println();
        for (double e : edges) {
            StringBuilder line = new StringBuilder(Double.toString(e)).append(':');
            for (String s : specs) {
                line.append(' ').append(String.format(s, e));
            }
            System.out.println(line);
        }
        System.out.println();
        float[] floats = {0.1f, 1.0f / 3, 16777217f, 3.4028235e38f, 1.4e-45f, -2.5f};
        for (float f : floats) {
            System.out.printf("%s -> %f %e %g %a %.10f%n", f, f, f, f, f, f);
        }
        System.out.println("hash " + Integer.toHexString(hash));
    }
}
