import java.util.Arrays;

/**
 * A row-operations toolkit of the kind a small linear-algebra library has: axpy updates, row
 * blends, Gaussian elimination to row echelon form, and a row-by-row table scaler that keeps its
 * state in fields. Each tool runs on good inputs and on broken ones (a short row, a missing row,
 * aliased rows, a vector that ends early, NaN / infinities / signed zeros), and a failure in the
 * middle of a loop shows how far the work got before the exception. Its inner loops are the
 * shapes the JIT runs several iterations at a time and its loop nests hoist row references and
 * lengths out of outer loops (docs/jit.md "Loops"), so the broken inputs exercise the fallbacks.
 */
public class RowOperations {
    static void axpy(double a, double[] x, double[] y, int n) {
        for (int i = 0; i < n; i++) y[i] += a * x[i];
    }

    static void blend(double[] out, double[] p, double[] q, double t, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = p[i] * (1.0 - t) + q[i] * t;
            p[i] = -out[i] / 2.0;
        }
    }

    /** Forward elimination without pivoting; returns the product of the pivots. */
    static double eliminate(double[][] m, int n) {
        double det = 1;
        for (int j = 0; j < n; j++) {
            double[] pivotRow = m[j];
            double p = pivotRow[j];
            det *= p;
            if (p == 0) continue;
            for (int i = j + 1; i < n; i++) {
                double[] row = m[i];
                double f = row[j] / p;
                row[j] = 0;
                for (int k = j + 1; k < n; k++) row[k] -= f * pivotRow[k];
            }
        }
        return det;
    }

    static final class TableScaler {
        double[][] table;
        double[] weights;
        int scaled;

        /** Scales every row by the weights; the fields are read in the whole nest, never stored in it. */
        double scaleAll() {
            double total = 0;
            for (int r = 0; r < table.length; r++) {
                double[] row = table[r];
                for (int c = 0; c < row.length; c++) row[c] = row[c] * weights[c];
                total += row.length == 0 ? 0 : row[0];
            }
            return total;
        }

        /** Counts progress in a field inside the outer loop: nothing can be hoisted out of it. */
        double scaleCounting() {
            double total = 0;
            for (int r = 0; r < table.length; r++) {
                scaled++;
                for (int c = 0; c < table[r].length; c++) total += table[r][c] * weights[c];
            }
            return total;
        }
    }

    static double[] vector(int n, double k) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = ((i * 37 + 5) % 23 - 11) * k;
        return v;
    }

    static double[][] matrix(int n, int seed) {
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) m[i] = vector(n, (i + seed) % 5 + 0.5);
        for (int i = 0; i < n; i++) m[i][i] += 40;
        return m;
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        for (int n : new int[] {0, 1, 2, 3, 5, 8, 301}) {
            double[] x = vector(n, 0.5), y = vector(n, -1.25);
            axpy(3.5, x, y, n);
            System.out.println("axpy n=" + n + " " + Arrays.hashCode(y));
        }
        double[] x = vector(1000, 1), y = vector(1000, 2);
        attempt("axpy, x ends early", () -> axpy(1.5, Arrays.copyOf(x, 733), y, 1000));
        System.out.println("  y after: " + Arrays.hashCode(y) + " y[732]=" + y[732] + " y[733]=" + y[733]);
        attempt("axpy, aliased", () -> axpy(-0.5, y, y, 999));
        System.out.println("  y after: " + Arrays.hashCode(y));
        attempt("axpy, y missing", () -> axpy(1, x, null, 4));
        double[] odd = {Double.NaN, 1, -0.0, 0.0, Double.MAX_VALUE, Double.MIN_VALUE, 3};
        axpy(-0.0, new double[] {1, Double.POSITIVE_INFINITY, -0.0, -0.0, Double.MAX_VALUE, -Double.MIN_VALUE, 0}, odd, 7);
        System.out.println("odd values: " + Arrays.toString(odd));

        double[] out = new double[40], p = vector(40, 0.75), q = vector(40, -3);
        blend(out, p, q, 0.25, 0, 40);
        System.out.println("blend: " + Arrays.hashCode(out) + " " + Arrays.hashCode(p));
        blend(p, p, p, 0.5, 3, 38);
        System.out.println("blend aliased: " + Arrays.hashCode(p));
        attempt("blend, negative start", () -> blend(out, p, q, 0.5, -3, 10));
        attempt("blend, q too short", () -> blend(out, p, Arrays.copyOf(q, 17), 0.5, 0, 40));
        System.out.println("  out after: " + Arrays.hashCode(out) + " p after: " + Arrays.hashCode(p));

        for (int n : new int[] {1, 4, 7, 30}) {
            double[][] m = matrix(n, n);
            double det = eliminate(m, n);
            System.out.printf("eliminate n=%d det=%.6e last=%s%n", n, det, Arrays.hashCode(m[n - 1]));
        }
        double[][] shortRow = matrix(6, 1);
        shortRow[4] = Arrays.copyOf(shortRow[4], 3);
        attempt("eliminate, short row", () -> eliminate(shortRow, 6));
        System.out.println("  rows after: " + Arrays.deepHashCode(shortRow));
        double[][] missing = matrix(6, 2);
        missing[5] = null;
        attempt("eliminate, missing row", () -> eliminate(missing, 6));
        double[][] aliased = matrix(6, 3);
        aliased[4] = aliased[2];
        attempt("eliminate, aliased rows", () -> System.out.println("  det " + eliminate(aliased, 6)));
        attempt("eliminate, n too large", () -> eliminate(matrix(5, 4), 6));

        TableScaler s = new TableScaler();
        s.table = new double[][] {vector(7, 1), vector(0, 1), vector(3, 2), vector(9, -1)};
        s.weights = vector(9, 0.5);
        System.out.println("scaleAll: " + s.scaleAll() + " " + Arrays.deepHashCode(s.table));
        System.out.println("scaleCounting: " + s.scaleCounting() + " scaled=" + s.scaled);
        s.weights = vector(5, 1);
        attempt("scaleAll, weights too short", () -> s.scaleAll());
        System.out.println("  table after: " + Arrays.deepHashCode(s.table));
        s.weights = vector(9, 0.25);
        s.table[2] = null;
        attempt("scaleCounting, missing row", () -> s.scaleCounting());
        System.out.println("  scaled=" + s.scaled);
    }
}
