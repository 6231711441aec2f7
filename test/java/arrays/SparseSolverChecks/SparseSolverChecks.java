import java.util.Arrays;

/**
 * A small linear-algebra tool: compressed-row sparse matrices (build, multiply, transpose-free
 * residuals) and dense LU with partial pivoting, run on well-formed inputs and on broken ones
 * (truncated index arrays, a column past the end, a negative row start, missing rows, ragged
 * rows), reporting each failure as the exception HotSpot throws. Its loops are the shapes the
 * JIT versions for range-check elimination (docs/jit.md "Loops"), so the broken inputs exercise
 * the checked copies.
 */
public class SparseSolverChecks {
    static final class Csr {
        double[] values;
        int[] columns, rowStart;
        final int cols;

        Csr(int rows, int cols, int perRow, long seed) {
            this.cols = cols;
            values = new double[rows * perRow];
            columns = new int[rows * perRow];
            rowStart = new int[rows + 1];
            long s = seed;
            for (int r = 0, k = 0; r < rows; r++) {
                rowStart[r] = k;
                for (int e = 0; e < perRow; e++, k++) {
                    s = s * 6364136223846793005L + 1442695040888963407L;
                    columns[k] = (int) ((s >>> 33) % cols);
                    values[k] = ((s >>> 40) % 1000) / 100.0 - 5;
                }
            }
            rowStart[rows] = rows * perRow;
        }

        int rows() { return rowStart.length - 1; }

        void multiply(double[] x, double[] y) {
            for (int r = 0; r < y.length; r++) {
                double sum = 0;
                for (int k = rowStart[r], end = rowStart[r + 1]; k < end; k++) sum += values[k] * x[columns[k]];
                y[r] = sum;
            }
        }

        double residual(double[] x, double[] b) {
            double[] y = new double[b.length];
            multiply(x, y);
            double worst = 0;
            for (int i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(y[i] - b[i]));
            return worst;
        }
    }

    static double[][] dense(int n, long seed) {
        double[][] a = new double[n][n];
        long s = seed;
        for (double[] row : a)
            for (int j = 0; j < n; j++) {
                s = s * 6364136223846793005L + 1442695040888963407L;
                row[j] = ((s >>> 41) % 2000) / 100.0 - 10;
            }
        return a;
    }

    /** LU with partial pivoting in place; returns the pivot rows. */
    static int[] factor(double[][] m) {
        int n = m.length;
        int[] pivot = new int[n];
        for (int j = 0; j < n; j++) {
            int p = j;
            double max = Math.abs(m[j][j]);
            for (int i = j + 1; i < n; i++) {
                double v = Math.abs(m[i][j]);
                if (v > max) { max = v; p = i; }
            }
            pivot[j] = p;
            if (m[p][j] == 0) throw new ArithmeticException("singular matrix at column " + j);
            if (p != j) { double[] t = m[p]; m[p] = m[j]; m[j] = t; }
            double[] rowJ = m[j];
            double inv = 1.0 / rowJ[j];
            for (int i = j + 1; i < n; i++) {
                double[] rowI = m[i];
                double f = rowI[j] * inv;
                rowI[j] = f;
                for (int k = j + 1; k < n; k++) rowI[k] -= f * rowJ[k];
            }
        }
        return pivot;
    }

    static double[] solve(double[][] lu, int[] pivot, double[] b) {
        int n = lu.length;
        double[] x = Arrays.copyOf(b, n);
        for (int j = 0; j < n; j++) { double t = x[pivot[j]]; x[pivot[j]] = x[j]; x[j] = t; }
        for (int i = 1; i < n; i++) {
            double[] row = lu[i];
            double s = x[i];
            for (int k = 0; k < i; k++) s -= row[k] * x[k];
            x[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double[] row = lu[i];
            double s = x[i];
            for (int k = i + 1; k < n; k++) s -= row[k] * x[k];
            x[i] = s / row[i];
        }
        return x;
    }

    static String fmt(double v) { return String.format("%.6f", v); }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(what + ": " + e + " (" + top.getMethodName() + ":" + top.getLineNumber() + ")");
        }
    }

    public static void main(String[] args) {
        for (int size : new int[] {6, 40, 120}) {
            Csr a = new Csr(size, size, 5, size);
            double[] x = new double[size], y = new double[size];
            for (int i = 0; i < size; i++) x[i] = (i % 7) - 3 + 0.5;
            double check = 0;
            for (int rep = 0; rep < 30; rep++) { a.multiply(x, y); check += y[rep % size]; }
            System.out.println("csr " + size + ": y[0]=" + fmt(y[0]) + " y[last]=" + fmt(y[size - 1]) + " sum=" + fmt(check));

            double[][] m = dense(size, 7 + size);
            double[][] lu = new double[size][];
            for (int i = 0; i < size; i++) lu[i] = m[i].clone();
            int[] pivot = factor(lu);
            double[] b = new double[size];
            for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) b[i] += m[i][j] * (j + 1);
            double[] sol = solve(lu, pivot, b);
            double err = 0;
            for (int i = 0; i < size; i++) err = Math.max(err, Math.abs(sol[i] - (i + 1)));
            System.out.println("lu " + size + ": pivots " + Arrays.toString(Arrays.copyOf(pivot, 6)) + " error<1e-6 " + (err < 1e-6));
        }

        Csr bad = new Csr(8, 8, 3, 99);
        double[] x8 = new double[8];
        Arrays.fill(x8, 1.5);
        attempt("short x", () -> bad.multiply(new double[3], new double[8]));
        attempt("y longer than the matrix", () -> bad.multiply(x8, new double[9]));
        bad.columns[20] = 8;
        attempt("column past the end", () -> bad.multiply(x8, new double[8]));
        bad.columns[20] = 1;
        bad.values = Arrays.copyOf(bad.values, 23);
        attempt("truncated values", () -> bad.multiply(x8, new double[8]));
        bad.values = Arrays.copyOf(bad.values, 24);
        bad.rowStart[5] = -2;
        attempt("negative row start", () -> bad.multiply(x8, new double[8]));
        bad.rowStart[5] = 15;
        bad.columns = null;
        attempt("no columns", () -> bad.multiply(x8, new double[8]));
        bad.columns = new int[24];
        attempt("all column 0", () -> System.out.println("residual " + fmt(bad.residual(x8, new double[8]))));

        double[][] ragged = dense(5, 3);
        ragged[3] = Arrays.copyOf(ragged[3], 2);
        attempt("ragged row", () -> factor(ragged));
        double[][] holes = dense(5, 4);
        holes[4] = null;
        attempt("missing row", () -> factor(holes));
        attempt("singular", () -> factor(new double[4][4]));
        double[][] lu = dense(5, 5);
        int[] p = factor(lu);
        attempt("short right-hand side", () -> System.out.println("padded solution " + fmt(solve(lu, p, new double[] {1, 2, 3})[4])));
        attempt("bad pivot", () -> solve(lu, new int[] {0, 1, 7, 3, 4}, new double[5]));
    }
}
