package scimark;

/**
 * Successive over-relaxation (Gauss-Seidel with omega = 1.25) on an N x N grid, one sweep over the
 * interior per cycle. Flops per cycle: 6 (N - 1)(N - 1), SciMark's count.
 */
final class SOR implements Kernel {
    private static final double OMEGA = 1.25;
    private double[][] g;

    @Override
    public void setUp(int size, Rng rng) {
        g = new double[size][size];
        for (double[] row : g) for (int j = 0; j < size; j++) row[j] = rng.nextDouble();
    }

    @Override
    public double run(int cycles) {
        int n = g.length;
        double quarter = OMEGA * 0.25, rest = 1.0 - OMEGA;
        for (int c = 0; c < cycles; c++) {
            for (int i = 1; i < n - 1; i++) {
                double[] up = g[i - 1], row = g[i], down = g[i + 1];
                for (int j = 1; j < n - 1; j++) {
                    row[j] = quarter * (up[j] + down[j] + row[j - 1] + row[j + 1]) + rest * row[j];
                }
            }
        }
        return 6.0 * (n - 1) * (n - 1) * cycles;
    }

    @Override
    public double checksum() {
        double sum = 0;
        for (double[] row : g) for (double v : row) sum += v;
        return sum;
    }
}
