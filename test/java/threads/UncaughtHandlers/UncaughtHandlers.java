/** Thread.UncaughtExceptionHandler per thread and as the default, and what the dying thread's state looks like afterwards. */
public class UncaughtHandlers {
    static final StringBuffer log = new StringBuffer();

    public static void main(String[] args) throws InterruptedException {
        Thread t1 = new Thread(() -> {
            throw new IllegalStateException("worker failed");
        }, "worker-1");
        t1.setUncaughtExceptionHandler((t, e) -> log.append("handler got ").append(e).append(" from ").append(t.getName()).append('\n'));
        t1.start();
        t1.join();
        System.out.print(log);
        log.setLength(0);
        System.out.println("worker-1 alive after exception: " + t1.isAlive() + " state " + t1.getState());

        Thread.setDefaultUncaughtExceptionHandler((t, e) -> log.append("default handler: ").append(t.getName()).append(" -> ").append(e.getMessage()).append('\n'));
        Thread t2 = new Thread(() -> {
            int[] a = new int[1];
            a[2] = 1;
        }, "worker-2");
        t2.start();
        t2.join();
        Thread t3 = new Thread(() -> {
            throw new Error("custom error");
        }, "worker-3");
        t3.setUncaughtExceptionHandler((t, e) -> {
            log.append("specific handler wins for ").append(t.getName()).append('\n');
            throw new RuntimeException("handler itself fails");
        });
        t3.start();
        t3.join();
        System.out.print(log);
        System.out.println("default handler installed: " + (Thread.getDefaultUncaughtExceptionHandler() != null));
        Thread.setDefaultUncaughtExceptionHandler(null);
        Thread t4 = new Thread(() -> { });
        System.out.println("handler of fresh thread is its group: " + (t4.getUncaughtExceptionHandler() == t4.getThreadGroup()));
        System.out.println("main finished");
    }
}
