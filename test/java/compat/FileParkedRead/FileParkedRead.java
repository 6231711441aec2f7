import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The main thread reads a 3 MB file in large reads while a worker thread keeps computing: a
 * large file read must park only the reading thread. Output is ordered by latches.
 */
public class FileParkedRead {
    static final int SIZE = 3 * 1024 * 1024;

    static class Worker extends Thread {
        final CountDownLatch start;
        final CountDownLatch done = new CountDownLatch(1);
        final StringBuilder log = new StringBuilder();

        Worker(CountDownLatch start) {
            super("worker");
            this.start = start;
        }

        @Override
        public void run() {
            try {
                start.await();
            } catch (InterruptedException e) {
                return;
            }
            // Count primes below 20000 in five steps, recording progress.
            int count = 0;
            for (int step = 1; step <= 5; step++) {
                for (int n = (step - 1) * 4000; n < step * 4000; n++) {
                    if (isPrime(n)) {
                        count++;
                    }
                }
                log.append("worker step ").append(step).append(": ").append(count).append(" primes\n");
            }
            done.countDown();
        }

        static boolean isPrime(int n) {
            if (n < 2) {
                return false;
            }
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("parked");
        Path big = dir.resolve("big.bin");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            int x = 7;
            for (int i = 0; i < SIZE; i++) {
                x = x * 1103515245 + 12345;
                out.write(x >>> 24);
            }
        }
        System.out.println("wrote " + Files.size(big) + " bytes");

        CountDownLatch start = new CountDownLatch(1);
        Worker w = new Worker(start);
        w.start();
        start.countDown();
        // Whole-file read: one host read of 3 MB.
        byte[] all = Files.readAllBytes(big);
        // And in 1 MB reads through a stream.
        long sum = 0;
        int reads = 0;
        try (FileInputStream in = new FileInputStream(big.toFile())) {
            byte[] buf = new byte[1 << 20];
            int n;
            while ((n = in.read(buf)) > 0) {
                reads++;
                for (int i = 0; i < n; i++) {
                    sum += buf[i] & 0xFF;
                }
            }
        }
        w.done.await();
        System.out.print(w.log);
        long sum2 = 0;
        for (byte b : all) {
            sum2 += b & 0xFF;
        }
        System.out.println("readAllBytes: " + all.length + " bytes, sum " + sum2);
        System.out.println("stream: " + reads + " reads, sum " + sum + ", equal " + (sum == sum2));
        w.join();
        Files.delete(big);
        Files.delete(dir);
        System.out.println("worker alive: " + w.isAlive());
    }
}
