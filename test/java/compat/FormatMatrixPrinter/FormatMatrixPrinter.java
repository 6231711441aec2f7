/** Pretty-prints matrices: fixed-width columns, scientific notation for wide ranges, LU solve results. */
public class FormatMatrixPrinter {
    static String render(double[][] m, String title) {
        StringBuilder sb = new StringBuilder();
        double maxAbs = 0;
        double minAbs = Double.MAX_VALUE;
        for (double[] row : m) {
            for (double v : row) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
                if (v != 0) {
                    minAbs = Math.min(minAbs, Math.abs(v));
                }
            }
        }
        boolean sci = maxAbs >= 1e5 || (minAbs < 1e-3 && minAbs > 0);
        String cell = sci ? "%12.4e" : "%10.4f";
        sb.append(String.format("%s (%dx%d, %s)%n", title, m.length, m[0].length, sci ? "scientific" : "fixed"));
        for (int i = 0; i < m.length; i++) {
            sb.append(i == 0 ? "/" : i == m.length - 1 ? "\\" : "|");
            for (double v : m[i]) {
                sb.append(' ').append(String.format(cell, v));
            }
            sb.append(' ').append(i == 0 ? "\\" : i == m.length - 1 ? "/" : "|").append('\n');
        }
        return sb.toString();
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                double s = 0;
                for (int k = 0; k < b.length; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] t = a[col];
            a[col] = a[piv];
            a[piv] = t;
            double tb = b[col];
            b[col] = b[piv];
            b[piv] = tb;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    public static void main(String[] args) {
        int n = 5;
        double[][] hilbert = new double[n][n];
        double[][] vander = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hilbert[i][j] = 1.0 / (i + j + 1);
                vander[i][j] = Math.pow(i + 2, j * 2);
            }
        }
        System.out.print(render(hilbert, "Hilbert"));
        System.out.print(render(vander, "Vandermonde-like"));
        System.out.print(render(multiply(hilbert, vander), "Product"));
        double[][] rot = {{Math.cos(0.3), -Math.sin(0.3)}, {Math.sin(0.3), Math.cos(0.3)}};
        double[][] r = rot;
        for (int k = 1; k <= 4; k++) {
            r = multiply(r, rot);
            System.out.print(render(r, "rotation^" + (k + 1)));
        }
        double[] rhs = {1, 2, 3, 4, 5};
        double[] x = solve(hilbert, rhs);
        System.out.println("Solution of H x = (1..5):");
        for (int i = 0; i < x.length; i++) {
            System.out.printf("  x[%d] = %+15.6f  (%a)%n", i, x[i], x[i]);
        }
        double residual = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += hilbert[i][j] * x[j];
            }
            residual = Math.max(residual, Math.abs(s - rhs[i]));
        }
        System.out.printf("max residual %.3e (%s)%n", residual, residual < 1e-6 ? "ok" : "large");
        double[][] tiny = {{1e-9, 2.5e-7}, {-3e-4, 0.0}};
        System.out.print(render(tiny, "tiny"));
        System.out.printf("%-10s|%10s|%n", "left", "right");
        System.out.printf("%-10.3s|%10.3s|%n", "truncated", "truncated");
    }
}
