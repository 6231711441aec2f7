package scimark;

/**
 * LU factorization with partial pivoting of a dense N x N matrix: each cycle copies the original
 * matrix and factors the copy in place (Doolittle, row interchanges). Flops per cycle: 2N^3 / 3.
 */
final class LU implements Kernel {
    private double[][] a, lu;
    private int[] pivot;

    @Override
    public void setUp(int size, Rng rng) {
        a = new double[size][size];
        lu = new double[size][size];
        pivot = new int[size];
        for (double[] row : a) for (int j = 0; j < size; j++) row[j] = rng.nextDouble();
    }

    @Override
    public double run(int cycles) {
        int n = a.length;
        for (int c = 0; c < cycles; c++) {
            for (int i = 0; i < n; i++) System.arraycopy(a[i], 0, lu[i], 0, n);
            factor(lu, pivot);
        }
        return 2.0 * n * n * n / 3.0 * cycles;
    }

    private static void factor(double[][] m, int[] pivot) {
        int n = m.length;
        for (int j = 0; j < n; j++) {
            int p = j;
            double max = Math.abs(m[j][j]);
            for (int i = j + 1; i < n; i++) {
                double v = Math.abs(m[i][j]);
                if (v > max) {
                    max = v;
                    p = i;
                }
            }
            pivot[j] = p;
            if (m[p][j] == 0) throw new ArithmeticException("singular matrix");
            if (p != j) {
                double[] t = m[p];
                m[p] = m[j];
                m[j] = t;
            }
            double[] rowJ = m[j];
            double inv = 1.0 / rowJ[j];
            for (int i = j + 1; i < n; i++) {
                double[] rowI = m[i];
                double f = rowI[j] * inv;
                rowI[j] = f;
                for (int k = j + 1; k < n; k++) rowI[k] -= f * rowJ[k];
            }
        }
    }

    @Override
    public double checksum() {
        double sum = 0;
        for (double[] row : lu) for (double v : row) sum += v;
        for (int p : pivot) sum += p;
        return sum;
    }
}
