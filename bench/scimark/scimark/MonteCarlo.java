package scimark;

/**
 * Monte Carlo estimate of pi: points drawn uniformly in the unit square, counted when inside the
 * quarter circle. The problem size is the samples per cycle. Flops per sample: 4, as SciMark
 * counts them (the generator's work is not counted).
 */
final class MonteCarlo implements Kernel {
    private Rng rng;
    private int samples;
    private long inside, total;

    @Override
    public void setUp(int size, Rng rng) {
        this.rng = rng;
        samples = size;
    }

    @Override
    public double run(int cycles) {
        long in = 0;
        for (int c = 0; c < cycles; c++) {
            for (int i = 0; i < samples; i++) {
                double x = rng.nextDouble(), y = rng.nextDouble();
                if (x * x + y * y <= 1.0) in++;
            }
        }
        inside += in;
        total += (long) cycles * samples;
        return 4.0 * samples * cycles;
    }

    @Override
    public double checksum() {
        return total == 0 ? 0 : 4.0 * inside / total;
    }
}
