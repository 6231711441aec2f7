import java.util.Arrays;

/** A hand-written barrier (wait/notifyAll) coordinating workers over phases of a parallel Jacobi relaxation. */
public class PhasedWorkers {
    static final class Barrier {
        private final int parties;
        private int waiting, generation;

        Barrier(int parties) { this.parties = parties; }

        synchronized void await() throws InterruptedException {
            int gen = generation;
            if (++waiting == parties) {
                waiting = 0;
                generation++;
                notifyAll();
                return;
            }
            while (gen == generation) wait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int n = 64, workers = 4, phases = 200;
        double[][] grid = {new double[n], new double[n]};
        grid[0][0] = grid[1][0] = 100.0;
        grid[0][n - 1] = grid[1][n - 1] = -50.0;
        Barrier barrier = new Barrier(workers);
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            final int from = Math.max(1, w * n / workers), to = Math.min(n - 1, (w + 1) * n / workers);
            threads[w] = new Thread(() -> {
                try {
                    for (int p = 0; p < phases; p++) {
                        double[] src = grid[p % 2], dst = grid[(p + 1) % 2];
                        for (int i = from; i < to; i++) dst[i] = (src[i - 1] + src[i + 1]) / 2;
                        barrier.await();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads[w].start();
        }
        for (Thread t : threads) t.join();
        double[] result = grid[phases % 2];
        double sum = 0;
        for (double v : result) sum += v;
        System.out.println("sum after " + phases + " phases: " + sum);
        System.out.println("samples " + result[1] + " " + result[16] + " " + result[32] + " " + result[48] + " " + result[62]);
        double[] a = new double[n], b = new double[n];
        a[0] = b[0] = 100.0;
        a[n - 1] = b[n - 1] = -50.0;
        for (int p = 0; p < phases; p++) {
            double[] src = p % 2 == 0 ? a : b, dst = p % 2 == 0 ? b : a;
            for (int i = 1; i < n - 1; i++) dst[i] = (src[i - 1] + src[i + 1]) / 2;
        }
        double[] check = phases % 2 == 0 ? a : b;
        System.out.println("matches sequential: " + Arrays.equals(check, result));
    }
}
