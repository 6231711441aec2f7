/** Splits a computation across worker threads, joins them in order and combines partial results. */
public class ParallelSum {
    static final class Worker extends Thread {
        private final long[] data;
        private final int from, to;
        long partial;
        int primes;

        Worker(long[] data, int from, int to, int index) {
            super("worker-" + index);
            this.data = data;
            this.from = from;
            this.to = to;
        }

        static boolean isPrime(long n) {
            if (n < 2) return false;
            for (long d = 2; d * d <= n; d++) if (n % d == 0) return false;
            return true;
        }

        @Override
        public void run() {
            for (int i = from; i < to; i++) {
                partial += data[i] * data[i];
                if (isPrime(data[i])) primes++;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long[] data = new long[40000];
        for (int i = 0; i < data.length; i++) data[i] = (i * 2654435761L) % 100003;
        int n = 6;
        Worker[] workers = new Worker[n];
        int chunk = (data.length + n - 1) / n;
        for (int i = 0; i < n; i++) {
            workers[i] = new Worker(data, i * chunk, Math.min(data.length, (i + 1) * chunk), i);
            workers[i].start();
        }
        long total = 0;
        int primes = 0;
        for (Worker w : workers) {
            w.join();
            System.out.println(w.getName() + " partial " + w.partial + " primes " + w.primes + " alive " + w.isAlive() + " state " + w.getState());
            total += w.partial;
            primes += w.primes;
        }
        long check = 0;
        for (long v : data) check += v * v;
        System.out.println("total " + total + " matches sequential " + (total == check) + " primes " + primes);
    }
}
