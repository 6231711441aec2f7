/** Timed waits: wait(ms) that times out, join(ms) on a blocked thread, sleep, and a deadline loop robust to spurious wakeups. */
public class TimedWaits {
    static boolean condition;

    static boolean awaitCondition(Object lock, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (lock) {
            while (!condition) {
                long remaining = deadline - System.currentTimeMillis();
                if (remaining <= 0) return false;
                lock.wait(remaining);
            }
            return true;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Object lock = new Object();
        long t0 = System.nanoTime();
        boolean met = awaitCondition(lock, 50);
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("condition met: " + met + ", waited at least 45ms: " + (elapsedMs >= 45));

        Thread setter = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                condition = true;
                lock.notifyAll();
            }
        });
        setter.start();
        System.out.println("condition met with setter: " + awaitCondition(lock, 60_000));
        setter.join();

        Object gate = new Object();
        Thread blocked = new Thread(() -> {
            synchronized (gate) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        blocked.start();
        t0 = System.nanoTime();
        blocked.join(40);
        elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("join(40) timed out: " + blocked.isAlive() + ", waited at least 35ms: " + (elapsedMs >= 35));
        while (blocked.getState() != Thread.State.WAITING) Thread.sleep(1);
        synchronized (gate) {
            gate.notify();
        }
        blocked.join();
        System.out.println("blocked thread released: " + !blocked.isAlive());

        t0 = System.nanoTime();
        Thread.sleep(25);
        System.out.println("sleep(25) slept at least 20ms: " + ((System.nanoTime() - t0) / 1_000_000 >= 20));
        Thread.sleep(0);
        synchronized (lock) {
            lock.wait(1);
        }
        System.out.println("wait(1) returned");
        long start = System.currentTimeMillis();
        Thread ticker = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        ticker.start();
        ticker.join(60_000);
        System.out.println("ticker done within generous join timeout: " + !ticker.isAlive() + ", clock moved forward: " + (System.currentTimeMillis() >= start));
    }
}
