package scimark;

import java.util.function.DoubleSupplier;
import java.util.function.IntToDoubleFunction;

/**
 * Runs one kernel in this VM and prints what `tern bench` needs, one JSON object per line:
 * a checksum of a short fixed run (so the runner can check that every VM computes the same), the
 * cycle count calibrated so a run takes at least the minimum time (which also warms the VM up, as
 * SciMark does), then each measured run's cycles, seconds and MFLOPS.
 *
 * <pre>java -cp build/scimark scimark.Harness KERNEL SIZE MIN_MILLIS RUNS</pre>
 *
 * KERNEL is fft, sor, mc, sparse or lu, or {@code class:NAME} for a user benchmark: a public class
 * with a public no-argument constructor that implements {@link IntToDoubleFunction}
 * ({@code applyAsDouble(cycles)} runs that many cycles and returns the floating-point operations
 * done) and optionally {@link DoubleSupplier} (a checksum of its results).
 */
public final class Harness {
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: scimark.Harness KERNEL SIZE MIN_MILLIS RUNS");
            System.exit(2);
        }
        String name = args[0];
        int size = Integer.parseInt(args[1]);
        long minNanos = Long.parseLong(args[2]) * 1_000_000L;
        int runs = Integer.parseInt(args[3]);

        Kernel verify = kernel(name);
        verify.setUp(size, new Rng(42));
        verify.run(2);
        System.out.println("{\"checksum\":" + json(verify.checksum()) + "}");

        Kernel k = kernel(name);
        k.setUp(size, new Rng(42));
        int cycles = 1;
        for (;;) {
            long t0 = System.nanoTime();
            k.run(cycles);
            long t = System.nanoTime() - t0;
            if (t >= minNanos || cycles >= (1 << 30)) break;
            cycles *= t < minNanos / 16 ? 8 : 2;
        }
        // A JIT may have compiled the kernel during calibration (the run that reached the minimum
        // then included compile time): re-check at the chosen count, and double until one run at
        // that count still takes most of the minimum time.
        for (int check = 0; check < 12 && cycles < (1 << 30); check++) {
            long t0 = System.nanoTime();
            k.run(cycles);
            if (System.nanoTime() - t0 >= minNanos * 3 / 4) break;
            cycles *= 2;
        }
        System.out.println("{\"cycles\":" + cycles + "}");
        for (int r = 1; r <= runs; r++) {
            long t0 = System.nanoTime();
            double flops = k.run(cycles);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.println("{\"run\":" + r + ",\"cycles\":" + cycles + ",\"seconds\":" + json(seconds)
                    + ",\"mflops\":" + json(flops / seconds / 1e6) + "}");
        }
    }

    private static Kernel kernel(String name) throws Exception {
        switch (name) {
            case "fft": return new FFT();
            case "sor": return new SOR();
            case "mc": return new MonteCarlo();
            case "sparse": return new SparseMatMult();
            case "lu": return new LU();
            default:
                if (name.startsWith("class:")) return new UserKernel(Class.forName(name.substring(6)).getDeclaredConstructor().newInstance());
                throw new IllegalArgumentException("unknown kernel " + name);
        }
    }

    /** JSON has no NaN or infinities. */
    private static String json(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    /** A user's benchmark object seen as a kernel. */
    private static final class UserKernel implements Kernel {
        private final IntToDoubleFunction body;
        private final Object target;

        UserKernel(Object target) {
            if (!(target instanceof IntToDoubleFunction)) {
                throw new IllegalArgumentException(target.getClass().getName() + " does not implement java.util.function.IntToDoubleFunction");
            }
            this.target = target;
            this.body = (IntToDoubleFunction) target;
        }

        @Override
        public void setUp(int size, Rng rng) {}

        @Override
        public double run(int cycles) {
            return body.applyAsDouble(cycles);
        }

        @Override
        public double checksum() {
            return target instanceof DoubleSupplier ? ((DoubleSupplier) target).getAsDouble() : Double.NaN;
        }
    }
}
