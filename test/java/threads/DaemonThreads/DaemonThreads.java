/** A daemon thread that never ends does not keep the VM alive; non-daemon threads do until they finish. */
public class DaemonThreads {
    static volatile int heartbeats;
    static volatile boolean mainDone;

    public static void main(String[] args) throws InterruptedException {
        Thread heartbeat = new Thread(() -> {
            while (true) {
                heartbeats++;
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
        System.out.println("heartbeat daemon: " + heartbeat.isDaemon() + ", main daemon: " + Thread.currentThread().isDaemon());
        Thread child = new Thread(() -> {
            Thread grandchild = new Thread(() -> { });
            System.out.println("thread created by a daemon-less thread is daemon: " + grandchild.isDaemon());
        });
        child.start();
        child.join();
        Thread daemonParent = new Thread(() -> {
            Thread inherited = new Thread(() -> { });
            System.out.println("thread created by a daemon inherits daemon: " + inherited.isDaemon());
        });
        daemonParent.setDaemon(true);
        daemonParent.start();
        daemonParent.join();
        try {
            heartbeat.setDaemon(false);
        } catch (IllegalThreadStateException e) {
            System.out.println("cannot change daemon status of a started thread");
        }
        Thread finisher = new Thread(() -> {
            try {
                while (!mainDone) Thread.sleep(5);
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("non-daemon finisher ran to completion after main returned");
        });
        finisher.start();
        System.out.println("main returns while heartbeat daemon still running: " + heartbeat.isAlive());
        mainDone = true;
    }
}
