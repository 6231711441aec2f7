import java.util.Arrays;

/** Dense linear algebra with doubles: products, determinant and inverse by Gauss-Jordan, LU solve, power iteration. */
public class AlgoMatrixLinear {
    final int n, m;
    final double[][] a;

    AlgoMatrixLinear(double[][] a) { this.a = a; n = a.length; m = a[0].length; }

    static AlgoMatrixLinear identity(int n) {
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) d[i][i] = 1;
        return new AlgoMatrixLinear(d);
    }

    AlgoMatrixLinear times(AlgoMatrixLinear o) {
        if (m != o.n) throw new IllegalArgumentException("dimension mismatch: " + n + "x" + m + " * " + o.n + "x" + o.m);
        double[][] r = new double[n][o.m];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < m; k++) {
                double v = a[i][k];
                for (int j = 0; j < o.m; j++) r[i][j] += v * o.a[k][j];
            }
        return new AlgoMatrixLinear(r);
    }

    AlgoMatrixLinear transpose() {
        double[][] r = new double[m][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) r[j][i] = a[i][j];
        return new AlgoMatrixLinear(r);
    }

    double determinant() {
        double[][] w = copy();
        double det = 1;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(w[r][c]) > Math.abs(w[p][c])) p = r;
            if (Math.abs(w[p][c]) < 1e-12) return 0;
            if (p != c) { double[] t = w[p]; w[p] = w[c]; w[c] = t; det = -det; }
            det *= w[c][c];
            for (int r = c + 1; r < n; r++) {
                double f = w[r][c] / w[c][c];
                for (int k = c; k < n; k++) w[r][k] -= f * w[c][k];
            }
        }
        return det;
    }

    AlgoMatrixLinear inverse() {
        double[][] w = new double[n][2 * n];
        for (int i = 0; i < n; i++) { System.arraycopy(a[i], 0, w[i], 0, n); w[i][n + i] = 1; }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(w[r][c]) > Math.abs(w[p][c])) p = r;
            if (Math.abs(w[p][c]) < 1e-12) throw new ArithmeticException("matrix is singular");
            double[] t = w[p]; w[p] = w[c]; w[c] = t;
            double d = w[c][c];
            for (int k = 0; k < 2 * n; k++) w[c][k] /= d;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = w[r][c];
                for (int k = 0; k < 2 * n; k++) w[r][k] -= f * w[c][k];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(w[i], n, inv[i], 0, n);
        return new AlgoMatrixLinear(inv);
    }

    double[] solve(double[] b) {
        return inverse().times(new AlgoMatrixLinear(Arrays.stream(b).mapToObj(v -> new double[] {v}).toArray(double[][]::new))).column(0);
    }

    double[] column(int j) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = a[i][j];
        return c;
    }

    double[][] copy() {
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) c[i] = a[i].clone();
        return c;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (double[] row : a) {
            sb.append('[');
            for (int j = 0; j < row.length; j++) sb.append(j == 0 ? "" : ", ").append(Math.round(row[j] * 1e6) / 1e6);
            sb.append("]\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        AlgoMatrixLinear A = new AlgoMatrixLinear(new double[][] {{4, -2, 1}, {-2, 4, -2}, {1, -2, 4}});
        AlgoMatrixLinear B = new AlgoMatrixLinear(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        System.out.print("A*B =\n" + A.times(B));
        System.out.print("B^T*B =\n" + B.transpose().times(B));
        System.out.println("det A = " + A.determinant() + ", det I4 = " + identity(4).determinant());
        AlgoMatrixLinear inv = A.inverse();
        System.out.print("A^-1 =\n" + inv);
        System.out.print("A*A^-1 =\n" + A.times(inv));
        double[] x = A.solve(new double[] {11, -16, 17});
        System.out.println("solve A x = (11,-16,17): " + Arrays.toString(x));
        try {
            new AlgoMatrixLinear(new double[][] {{1, 2}, {2, 4}}).inverse();
        } catch (ArithmeticException e) {
            System.out.println("singular: " + e.getMessage());
        }
        try {
            B.times(B);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        double[][] hilbert = new double[6][6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) hilbert[i][j] = 1.0 / (i + j + 1);
        System.out.println("det hilbert(6) = " + new AlgoMatrixLinear(hilbert).determinant());
        double[] v = {1, 1, 1};
        double lambda = 0;
        for (int it = 0; it < 100; it++) {
            double[] w = A.times(new AlgoMatrixLinear(new double[][] {{v[0]}, {v[1]}, {v[2]}})).column(0);
            double norm = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
            lambda = norm / Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            for (int i = 0; i < 3; i++) v[i] = w[i] / norm;
        }
        System.out.println("dominant eigenvalue ~ " + Math.round(lambda * 1e8) / 1e8 + ", vector " + Arrays.toString(Arrays.stream(v).map(d -> Math.round(d * 1e6) / 1e6).toArray()));
        AlgoMatrixLinear fib = new AlgoMatrixLinear(new double[][] {{1, 1}, {1, 0}});
        AlgoMatrixLinear p = identity(2);
        for (int i = 0; i < 40; i++) p = p.times(fib);
        System.out.println("fib(40) via matrix power = " + (long) p.a[0][1]);
    }
}
