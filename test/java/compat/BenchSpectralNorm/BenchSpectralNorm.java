/** The spectral-norm benchmark: power iteration on the infinite matrix A(i,j)=1/((i+j)(i+j+1)/2+i+1). */
public class BenchSpectralNorm {
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static void times(double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) sum += a(i, j) * v[j];
            out[i] = sum;
        }
    }

    static void timesTransposed(double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) sum += a(j, i) * v[j];
            out[i] = sum;
        }
    }

    static void atA(double[] v, double[] out, double[] tmp) {
        times(v, tmp);
        timesTransposed(tmp, out);
    }

    static double approximate(int n, int iterations) {
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        java.util.Arrays.fill(u, 1.0);
        for (int i = 0; i < iterations; i++) {
            atA(u, v, tmp);
            atA(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        return Math.sqrt(vBv / vv);
    }

    public static void main(String[] args) {
        for (int n : new int[] {10, 50, 100, 200}) {
            double norm = approximate(n, 10);
            System.out.println("n=" + n + " norm=" + norm + " rounded=" + Math.round(norm * 1e9) / 1e9);
        }
        double prev = 0;
        for (int it = 1; it <= 6; it++) {
            double v = approximate(60, it);
            System.out.println("iterations " + it + ": " + v + " delta " + Math.abs(v - prev));
            prev = v;
        }
        System.out.println("float view " + (float) prev + ", bits " + Long.toHexString(Double.doubleToLongBits(prev)));
    }
}
