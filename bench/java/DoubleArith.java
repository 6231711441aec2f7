/*
 * Why this exists: double-precision arithmetic (dadd, dsub, dmul, ddiv, dcmpg, i2d, d2l).
 * Mandelbrot iterations on a small grid, and a Horner polynomial divided by (1 + x^2) at every
 * grid point. Only +, -, *, / and comparisons are used: Java 17 defines them exactly (IEEE 754,
 * JLS 15.4, strict everywhere), so both VMs must produce bit-identical results; library functions
 * such as Math.sin are deliberately avoided.
 */
public final class DoubleArith {
    private static final int GRID = 32;
    private static final int MAX_ITER = 64;

    /** Runs the kernel for the iteration count in args[0] and prints checksum and time. */
    public static void main(String[] args) {
        int n = Harness.iterations(args);
        long start = System.nanoTime();
        long checksum = run(n);
        long elapsed = System.nanoTime() - start;
        Harness.report(checksum, elapsed);
    }

    /** n passes over a GRID x GRID window that drifts slightly each pass. */
    static long run(int n) {
        long escapeSteps = 0L;
        double polySum = 0.0;
        for (int pass = 0; pass < n; pass++) {
            double shift = (pass % 16) * 0.001;
            for (int py = 0; py < GRID; py++) {
                double ci = -1.2 + py * (2.4 / GRID) + shift;
                for (int px = 0; px < GRID; px++) {
                    double cr = -2.0 + px * (3.0 / GRID) - shift;
                    escapeSteps += mandelbrot(cr, ci);
                    polySum += horner(cr * 0.5 + ci * 0.25);
                }
            }
        }
        return escapeSteps * 1_000_003L + (long) (polySum * 1000.0);
    }

    /** Number of iterations z = z^2 + c takes to leave the radius-2 disc (at most MAX_ITER). */
    static int mandelbrot(double cr, double ci) {
        double zr = 0.0;
        double zi = 0.0;
        int k = 0;
        while (k < MAX_ITER && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = t;
            k++;
        }
        return k;
    }

    /** A degree-7 polynomial by Horner's rule, divided by (1 + x^2) to exercise ddiv. */
    static double horner(double x) {
        double p = 0.0625;
        p = p * x - 0.25;
        p = p * x + 0.5;
        p = p * x - 1.0;
        p = p * x + 2.0;
        p = p * x - 3.0;
        p = p * x + 5.0;
        p = p * x - 8.0;
        return p / (1.0 + x * x);
    }
}
