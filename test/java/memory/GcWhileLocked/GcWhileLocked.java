// tern-flags: -XX:+TernGCStress -Xmx8m
import java.util.ArrayList;
import java.util.List;

/**
 * Collections while monitors are held, waited on and contended (a regression: a collection moved a
 * locked object twice and left its monitor pointing at a stale address). Under -XX:+TernGCStress
 * Tern collects at every allocation.
 */
public class GcWhileLocked {
    static final Object LOCK = new Object();
    static int produced;

    static synchronized String describe(List<String> items) {
        StringBuilder sb = new StringBuilder();
        for (String s : items) sb.append(s.length());
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        List<String> items = new ArrayList<>();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 40; i++) {
                synchronized (LOCK) {
                    items.add("item-" + i + "-" + new int[i].length);
                    produced++;
                    LOCK.notifyAll();
                }
            }
        }, "producer");
        synchronized (LOCK) {
            producer.start();
            while (produced < 40) {
                LOCK.wait();
                List<int[]> garbage = new ArrayList<>();
                for (int k = 0; k < 5; k++) garbage.add(new int[64]);
            }
        }
        producer.join();
        System.out.println(items.size() + " " + describe(items));
        Object[] locks = new Object[10];
        for (int i = 0; i < locks.length; i++) locks[i] = new Object();
        int sum = 0;
        for (Object l : locks) {
            synchronized (l) {
                sum += new Integer[] {1, 2, 3}.length + String.valueOf(System.identityHashCode(l) != 0).length();
            }
        }
        System.out.println("sum " + sum);
    }
}
