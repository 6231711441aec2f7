/** Dense matrix multiplication, transpose, power and identity checks on int, long and double matrices. */
public class MatrixMultiply {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }

    static long[][] multiply(long[][] a, long[][] b, long mod) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int x = 0; x < n; x++) {
                long aix = a[i][x];
                for (int j = 0; j < n; j++) c[i][j] = (c[i][j] + aix * b[x][j]) % mod;
            }
        return c;
    }

    static long[][] power(long[][] m, long e, long mod) {
        int n = m.length;
        long[][] result = new long[n][n];
        for (int i = 0; i < n; i++) result[i][i] = 1;
        while (e > 0) {
            if ((e & 1) == 1) result = multiply(result, m, mod);
            m = multiply(m, m, mod);
            e >>= 1;
        }
        return result;
    }

    static int[][] transpose(int[][] m) {
        int[][] t = new int[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) for (int j = 0; j < m[0].length; j++) t[j][i] = m[i][j];
        return t;
    }

    static void print(double[][] m) {
        for (double[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (double v : row) sb.append(v).append('\t');
            System.out.println(sb.toString().trim());
        }
    }

    public static void main(String[] args) {
        double[][] a = {{1, 2, 3}, {4, 5, 6}};
        double[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print(multiply(a, b));
        double[][] rot = {{0.6, -0.8}, {0.8, 0.6}};
        double[][] r = rot;
        for (int i = 0; i < 5; i++) r = multiply(r, rot);
        print(r);
        long[][] fibMatrix = {{1, 1}, {1, 0}};
        for (long n : new long[] {10, 50, 90, 1000, 1_000_000_000_000L}) {
            System.out.println("fib(" + n + ") mod 1e9+7 = " + power(fibMatrix, n, 1_000_000_007L)[0][1]);
        }
        int[][] m = {{1, 2, 3, 4}, {5, 6, 7, 8}};
        int[][] t = transpose(m);
        StringBuilder sb = new StringBuilder();
        for (int[] row : t) {
            for (int v : row) sb.append(v).append(' ');
            sb.append("| ");
        }
        System.out.println("transpose: " + sb.toString().trim());
        int n = 40;
        double[][] big = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) big[i][j] = ((i * 31 + j * 17) % 11) / 10.0;
        double[][] sq = multiply(big, big);
        double trace = 0;
        for (int i = 0; i < n; i++) trace += sq[i][i];
        System.out.println("trace of big^2 = " + trace);
    }
}
