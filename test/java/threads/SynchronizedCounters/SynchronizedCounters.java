/** Many threads incrementing shared counters through synchronized methods, synchronized blocks and a static synchronized method. */
public class SynchronizedCounters {
    private int methodCount;
    private long blockCount;
    private static int staticCount;
    private final Object lock = new Object();
    private int unsafeButGuarded;

    synchronized void incrementMethod() { methodCount++; }

    void incrementBlock(int by) {
        synchronized (lock) {
            blockCount += by;
        }
    }

    static synchronized void incrementStatic() { staticCount++; }

    synchronized void nested() {
        synchronized (this) {
            synchronized (lock) {
                unsafeButGuarded++;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronizedCounters c = new SynchronizedCounters();
        int threads = 8, iterations = 5000;
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < iterations; i++) {
                    c.incrementMethod();
                    c.incrementBlock(id);
                    incrementStatic();
                    if (i % 10 == 0) c.nested();
                    if (i % 100 == 0) Thread.yield();
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("method " + c.methodCount + " block " + c.blockCount + " static " + staticCount + " nested " + c.unsafeButGuarded);
        System.out.println("holdsLock outside: " + Thread.holdsLock(c));
        synchronized (c) {
            System.out.println("holdsLock inside: " + Thread.holdsLock(c) + " other lock: " + Thread.holdsLock(c.lock));
        }
    }
}
