/** The mandelbrot benchmark rendered as ASCII art and as a packed-bit PBM-style hex dump with a checksum. */
public class BenchMandelbrotText {
    static final int MAX_ITER = 50;
    static final String SHADES = " .:-=+*#%@";

    static int iterations(double cr, double ci) {
        double zr = 0, zi = 0, tr = 0, ti = 0;
        int i = 0;
        while (i < MAX_ITER && tr + ti <= 4.0) {
            zi = 2.0 * zr * zi + ci;
            zr = tr - ti + cr;
            tr = zr * zr;
            ti = zi * zi;
            i++;
        }
        return i;
    }

    public static void main(String[] args) {
        int w = 72, h = 28;
        long histogram[] = new long[SHADES.length()];
        for (int y = 0; y < h; y++) {
            StringBuilder row = new StringBuilder();
            for (int x = 0; x < w; x++) {
                double cr = -2.2 + 3.2 * x / w, ci = -1.2 + 2.4 * y / h;
                int it = iterations(cr, ci);
                int shade = it == MAX_ITER ? SHADES.length() - 1 : it * (SHADES.length() - 1) / MAX_ITER;
                histogram[shade]++;
                row.append(SHADES.charAt(shade));
            }
            System.out.println(row.toString().stripTrailing());
        }
        StringBuilder hist = new StringBuilder();
        for (int i = 0; i < histogram.length; i++) hist.append('\'').append(SHADES.charAt(i)).append("'=").append(histogram[i]).append(' ');
        System.out.println(hist.toString().trim());

        int size = 64;
        System.out.println("P4\n" + size + " " + size);
        int checksum = 0;
        StringBuilder hex = new StringBuilder();
        for (int y = 0; y < size; y++) {
            int bits = 0, bitNum = 0;
            for (int x = 0; x < size; x++) {
                double cr = 2.0 * x / size - 1.5, ci = 2.0 * y / size - 1.0;
                bits = (bits << 1) | (iterations(cr, ci) == MAX_ITER ? 1 : 0);
                if (++bitNum == 8) {
                    checksum = checksum * 31 + bits;
                    String s = Integer.toHexString(bits);
                    hex.append(s.length() == 1 ? "0" + s : s);
                    bits = 0;
                    bitNum = 0;
                }
            }
            if (y % 8 == 7) { System.out.println(hex); hex.setLength(0); }
        }
        System.out.println("checksum " + Integer.toUnsignedString(checksum) + " (" + Integer.toHexString(checksum) + ")");
    }
}
