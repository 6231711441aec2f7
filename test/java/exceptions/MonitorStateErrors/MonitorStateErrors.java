/** IllegalMonitorStateException from wait/notify without holding the monitor, and the messages HotSpot gives. */
public class MonitorStateErrors {
    interface Action { void run() throws InterruptedException; }

    static void report(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": ok");
        } catch (IllegalMonitorStateException e) {
            System.out.println(what + ": IllegalMonitorStateException: " + e.getMessage());
        } catch (InterruptedException e) {
            System.out.println(what + ": interrupted");
        }
    }

    public static void main(String[] args) {
        Object lock = new Object();
        Object other = new Object();
        report("wait without lock", () -> lock.wait());
        report("timed wait without lock", () -> lock.wait(10));
        report("notify without lock", () -> lock.notify());
        report("notifyAll without lock", () -> lock.notifyAll());
        report("notify holding other lock", () -> {
            synchronized (other) {
                lock.notify();
            }
        });
        report("notify holding lock", () -> {
            synchronized (lock) {
                lock.notify();
                lock.notifyAll();
            }
        });
        report("nested locks notify inner", () -> {
            synchronized (lock) {
                synchronized (other) {
                    other.notify();
                    lock.notify();
                }
            }
        });
        report("wait with negative timeout", () -> {
            synchronized (lock) {
                try {
                    lock.wait(-1);
                } catch (IllegalArgumentException e) {
                    System.out.println("  IllegalArgumentException: " + e.getMessage());
                }
            }
        });
    }
}
