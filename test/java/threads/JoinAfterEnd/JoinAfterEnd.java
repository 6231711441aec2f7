// tern-flags: -XX:TernSliceBudget=1
/**
 * Thread.join must not miss the end of a thread that finishes while the joiner is between its
 * isAlive() check and its wait() (a regression: the VM's end-of-thread notifyAll ran without the
 * monitor). Tiny scheduler slices make every interleaving happen.
 */
public class JoinAfterEnd {
    static volatile int sink;

    public static void main(String[] args) throws InterruptedException {
        for (int work = 0; work < 60; work++) {
            final int n = work;
            Thread t = new Thread(() -> {
                for (int k = 0; k < n; k++) sink++;
            });
            t.start();
            t.join();
            if (t.isAlive()) System.out.println("still alive after join: " + n);
        }
        System.out.println("joined 60 threads");
    }
}
