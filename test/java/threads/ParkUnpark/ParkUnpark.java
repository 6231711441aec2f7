import java.util.concurrent.locks.LockSupport;

/** LockSupport.park/unpark: a hand-off between threads, an unpark that arrives before park, and parkNanos timing out. */
public class ParkUnpark {
    static volatile int stage;
    static volatile boolean ready;
    static volatile boolean released;

    public static void main(String[] args) throws InterruptedException {
        Thread main = Thread.currentThread();
        Thread worker = new Thread(() -> {
            while (stage != 1) LockSupport.park();
            System.out.println("worker: released at stage 1");
            stage = 2;
            LockSupport.unpark(main);
        }, "worker");
        worker.start();
        while (worker.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("worker parked: " + (worker.getState() == Thread.State.WAITING));
        stage = 1;
        LockSupport.unpark(worker);
        while (stage != 2) LockSupport.park();
        System.out.println("main: saw stage 2");
        worker.join();

        LockSupport.unpark(main);
        long t0 = System.nanoTime();
        LockSupport.park();
        System.out.println("pre-unparked park returned promptly: " + (System.nanoTime() - t0 < 5_000_000_000L));

        t0 = System.nanoTime();
        LockSupport.parkNanos(20_000_000L);
        long waited = System.nanoTime() - t0;
        System.out.println("parkNanos(20ms) returned, not absurdly early: " + (waited >= 1_000_000L));

        Thread interrupted = new Thread(() -> {
            ready = true;
            while (!Thread.currentThread().isInterrupted()) LockSupport.park();
            System.out.println("interrupt wakes park, flag set: " + Thread.currentThread().isInterrupted());
        });
        interrupted.start();
        while (!ready || interrupted.getState() != Thread.State.WAITING) Thread.sleep(1);
        interrupted.interrupt();
        interrupted.join();

        Object blocker = new Object();
        Thread withBlocker = new Thread(() -> {
            while (!released) LockSupport.park(blocker);
        });
        withBlocker.start();
        while (withBlocker.getState() != Thread.State.WAITING) Thread.sleep(1);
        System.out.println("blocker visible: " + (LockSupport.getBlocker(withBlocker) == blocker));
        released = true;
        LockSupport.unpark(withBlocker);
        withBlocker.join();
        System.out.println("blocker cleared: " + (LockSupport.getBlocker(withBlocker) == null));
    }
}
