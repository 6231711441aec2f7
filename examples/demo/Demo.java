import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo `npm start` runs on Tern: a little of everything the VM does. */
public class Demo {
    record Point(int x, int y) {}

    interface Shape { double area(); }

    public static void main(String[] args) throws Exception {
        System.out.println("Hello from Tern, a JVM written in TypeScript.");
        List<Shape> shapes = new ArrayList<>();
        shapes.add(() -> 3.0 * 4.0);
        shapes.add(() -> Math.PI * 2 * 2);
        double total = 0;
        for (Shape s : shapes) total += s.area();
        System.out.println("total area = " + total);

        Map<String, Integer> counts = new HashMap<>();
        for (String w : new String[] {"the", "quick", "fox", "the", "lazy", "dog", "the", "end"}) {
            counts.merge(w, 1, Integer::sum);
        }
        System.out.println("word counts = " + counts);
        System.out.println("a record: " + new Point(3, 4));

        long[] fib = new long[60];
        fib[0] = 0; fib[1] = 1;
        for (int i = 2; i < fib.length; i++) fib[i] = fib[i - 1] + fib[i - 2];
        System.out.println("fib(59) = " + fib[59]);

        int[] counter = new int[1];
        Thread[] workers = new Thread[4];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(() -> {
                for (int j = 0; j < 1000; j++) synchronized (counter) { counter[0]++; }
            });
            workers[i].start();
        }
        for (Thread w : workers) w.join();
        System.out.println("4 green threads counted to " + counter[0]);

        // A longer job with a thread waiting on a monitor throughout: `npm start` checkpoints the
        // program from outside in the middle of it and finishes it in a new process.
        Object done = new Object();
        boolean[] finished = new boolean[1];
        Thread watcher = new Thread(() -> {
            synchronized (done) {
                while (!finished[0]) {
                    try { done.wait(); } catch (InterruptedException e) { return; }
                }
            }
            System.out.println("watcher: the job is finished");
        }, "watcher");
        watcher.start();
        List<Long> primes = new ArrayList<>();
        for (int step = 1; step <= 8; step++) {
            for (long n = primes.isEmpty() ? 2 : primes.get(primes.size() - 1) + 1; primes.size() < step * 500; n++) {
                boolean prime = true;
                for (long p : primes) { if (p * p > n) break; if (n % p == 0) { prime = false; break; } }
                if (prime) primes.add(n);
            }
            System.out.println("step " + step + ": " + primes.size() + " primes, the last is " + primes.get(primes.size() - 1));
            Thread.sleep(150);
        }
        synchronized (done) { finished[0] = true; done.notifyAll(); }
        watcher.join();
    }
}
