/** Renders the Mandelbrot set as ASCII art with double arithmetic and counts iterations; a float version checks precision effects. */
public class Mandelbrot {
    static int iterations(double cr, double ci, int max) {
        double zr = 0, zi = 0;
        int n = 0;
        while (n < max && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            n++;
        }
        return n;
    }

    static int iterationsFloat(float cr, float ci, int max) {
        float zr = 0, zi = 0;
        int n = 0;
        while (n < max && zr * zr + zi * zi <= 4.0f) {
            float t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            n++;
        }
        return n;
    }

    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        int width = 72, height = 28, max = 200;
        long total = 0, totalFloat = 0;
        for (int y = 0; y < height; y++) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < width; x++) {
                double cr = -2.2 + 3.0 * x / width, ci = -1.2 + 2.4 * y / height;
                int n = iterations(cr, ci, max);
                total += n;
                totalFloat += iterationsFloat((float) cr, (float) ci, max);
                line.append(n == max ? '@' : shades.charAt(n % (shades.length() - 1)));
            }
            System.out.println(line);
        }
        System.out.println("total iterations double " + total + " float " + totalFloat);
        System.out.println("deep point " + iterations(-0.743643887037151, 0.13182590420533, 5000));
    }
}
