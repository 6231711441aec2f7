package scimark;

/**
 * Complex FFT of N points (N a power of two), radix 2, in place, with bit-reversal: each cycle
 * transforms forward and back (with the 1/N scaling), as SciMark's FFT kernel does. Flops per
 * cycle: (5N - 2) log2 N + 2 (N + 1), SciMark's count for a transform and its inverse.
 */
final class FFT implements Kernel {
    private double[] data; // interleaved re, im
    private int n;

    @Override
    public void setUp(int size, Rng rng) {
        n = size;
        if (Integer.bitCount(n) != 1) throw new IllegalArgumentException("FFT size must be a power of two: " + n);
        data = new double[2 * n];
        for (int i = 0; i < data.length; i++) data[i] = rng.nextDouble();
    }

    @Override
    public double run(int cycles) {
        for (int c = 0; c < cycles; c++) {
            transform(data, -1);
            transform(data, +1);
            double scale = 1.0 / n;
            for (int i = 0; i < data.length; i++) data[i] *= scale;
        }
        int log = Integer.numberOfTrailingZeros(n);
        return ((5.0 * n - 2) * log + 2 * (n + 1)) * cycles;
    }

    /** Decimation in time; {@code sign} -1 forward, +1 inverse (unscaled). */
    private static void transform(double[] d, int sign) {
        int n = d.length / 2;
        bitReverse(d, n);
        for (int half = 1; half < n; half <<= 1) {
            double theta = sign * Math.PI / half;
            double s = Math.sin(0.5 * theta);
            double wpr = -2.0 * s * s, wpi = Math.sin(theta);
            double wr = 1.0, wi = 0.0;
            for (int m = 0; m < half; m++) {
                for (int i = m; i < n; i += 2 * half) {
                    int j = i + half;
                    double tr = wr * d[2 * j] - wi * d[2 * j + 1];
                    double ti = wr * d[2 * j + 1] + wi * d[2 * j];
                    d[2 * j] = d[2 * i] - tr;
                    d[2 * j + 1] = d[2 * i + 1] - ti;
                    d[2 * i] += tr;
                    d[2 * i + 1] += ti;
                }
                double t = wr;
                wr += t * wpr - wi * wpi;
                wi += wi * wpr + t * wpi;
            }
        }
    }

    private static void bitReverse(double[] d, int n) {
        for (int i = 0, j = 0; i < n - 1; i++) {
            if (i < j) {
                double re = d[2 * i], im = d[2 * i + 1];
                d[2 * i] = d[2 * j];
                d[2 * i + 1] = d[2 * j + 1];
                d[2 * j] = re;
                d[2 * j + 1] = im;
            }
            int k = n >> 1;
            while (k <= j) {
                j -= k;
                k >>= 1;
            }
            j += k;
        }
    }

    @Override
    public double checksum() {
        double sum = 0;
        for (int i = 0; i < data.length; i++) sum += data[i] * (i % 7 + 1);
        return sum;
    }
}
