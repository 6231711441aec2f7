/** A worker thread calls System.exit while main is blocked in join: the whole VM stops with the worker's status. */
public class ExitFromThread {
    public static void main(String[] args) throws InterruptedException {
        Object gate = new Object();
        Thread worker = new Thread(() -> {
            synchronized (gate) {
                System.out.println("worker: fatal condition, exiting with 42");
            }
            System.exit(42);
        });
        synchronized (gate) {
            worker.start();
            System.out.println("main: waiting for worker");
        }
        worker.join();
        System.out.println("main: join returned (must not print)");
    }
}
