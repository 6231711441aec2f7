package scimark;

/**
 * Sparse matrix times vector, y = A x, with A in compressed-row form: N rows, five nonzeros per
 * row at scattered columns (SciMark's N = 1000, nz = 5000 shape). Flops per cycle: 2 nz.
 */
final class SparseMatMult implements Kernel {
    private double[] values, x, y;
    private int[] columns, rowStart;

    @Override
    public void setUp(int size, Rng rng) {
        int perRow = 5, nz = size * perRow;
        values = new double[nz];
        columns = new int[nz];
        rowStart = new int[size + 1];
        x = new double[size];
        y = new double[size];
        for (int i = 0; i < size; i++) x[i] = rng.nextDouble();
        for (int r = 0, k = 0; r < size; r++) {
            rowStart[r] = k;
            int step = Math.max(1, size / perRow);
            for (int e = 0; e < perRow; e++, k++) {
                columns[k] = (r + e * step + rng.nextInt(step)) % size;
                values[k] = rng.nextDouble();
            }
        }
        rowStart[size] = nz;
    }

    @Override
    public double run(int cycles) {
        int n = y.length;
        for (int c = 0; c < cycles; c++) {
            for (int r = 0; r < n; r++) {
                double sum = 0;
                for (int k = rowStart[r], end = rowStart[r + 1]; k < end; k++) sum += values[k] * x[columns[k]];
                y[r] = sum;
            }
        }
        return 2.0 * values.length * cycles;
    }

    @Override
    public double checksum() {
        double sum = 0;
        for (double v : y) sum += v;
        return sum;
    }
}
