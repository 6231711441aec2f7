import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Classic monitor programming: synchronized methods, wait/notifyAll turn-taking, ThreadLocal scratch buffers, interrupts and join. */
public class ConcWaitNotifyThreadLocal {
    /** Three threads print in strict rotation using one monitor. */
    static final class Turnstile {
        private int turn;
        private final int parties;
        final List<String> out = new ArrayList<>();
        Turnstile(int parties) { this.parties = parties; }

        synchronized void take(int me, String text) throws InterruptedException {
            while (turn % parties != me) wait();
            out.add(text);
            turn++;
            notifyAll();
        }
    }

    static final class Account {
        private long balance;
        synchronized void deposit(long v) { balance += v; }
        synchronized boolean withdraw(long v) {
            if (balance < v) return false;
            balance -= v;
            return true;
        }
        synchronized long balance() { return balance; }
    }

    static final ThreadLocal<StringBuilder> SCRATCH = ThreadLocal.withInitial(StringBuilder::new);
    static final ThreadLocal<Integer> ID = new ThreadLocal<>();

    static String format(int a, int b) {
        StringBuilder sb = SCRATCH.get();
        sb.setLength(0);
        return sb.append(ID.get()).append(':').append(a).append('x').append(b).append('=').append(a * b).toString();
    }

    public static void main(String[] args) throws InterruptedException {
        Turnstile ts = new Turnstile(3);
        List<Thread> threads = new ArrayList<>();
        String[] names = {"tick", "tack", "toe"};
        for (int i = 0; i < 3; i++) {
            int me = i;
            threads.add(new Thread(() -> {
                try {
                    for (int r = 0; r < 4; r++) ts.take(me, names[me] + r);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        System.out.println(String.join(" ", ts.out));

        Account acct = new Account();
        List<Thread> savers = new ArrayList<>();
        int[] refused = new int[1];
        for (int i = 0; i < 4; i++) {
            savers.add(new Thread(() -> {
                for (int k = 0; k < 250; k++) {
                    acct.deposit(3);
                    if (!acct.withdraw(2)) synchronized (refused) { refused[0]++; }
                }
            }));
        }
        savers.forEach(Thread::start);
        for (Thread t : savers) t.join();
        System.out.println("balance " + acct.balance() + " (expected 1000), refused " + refused[0]);

        Map<Integer, String> results = new TreeMap<>();
        List<Thread> calc = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int id = i;
            calc.add(new Thread(() -> {
                ID.set(id);
                String s = format(id, id + 10);
                String again = format(id, 2);
                synchronized (results) { results.put(id, s + " " + again + " same buffer " + (SCRATCH.get() == SCRATCH.get())); }
                ID.remove();
            }));
        }
        calc.forEach(Thread::start);
        for (Thread t : calc) t.join();
        results.values().forEach(System.out::println);
        System.out.println("main thread local unset: " + ID.get() + ", scratch fresh: " + (SCRATCH.get().length() == 0));

        Object lock = new Object();
        LinkedList<String> events = new LinkedList<>();
        Thread sleeper = new Thread(() -> {
            synchronized (lock) {
                try {
                    events.add("waiting");
                    lock.wait();
                    events.add("woken normally");
                } catch (InterruptedException e) {
                    events.add("interrupted, flag now " + Thread.currentThread().isInterrupted());
                }
            }
        }, "sleeper");
        sleeper.start();
        while (true) {
            synchronized (lock) { if (!events.isEmpty()) break; }
            Thread.sleep(1);
        }
        sleeper.interrupt();
        sleeper.join(5000);
        System.out.println(events + " alive " + sleeper.isAlive() + " state " + sleeper.getState());
        Thread.currentThread().interrupt();
        System.out.println("interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
        try {
            lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without monitor: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        Thread daemon = new Thread(() -> {});
        daemon.setDaemon(true);
        System.out.println("daemon " + daemon.isDaemon() + " state " + daemon.getState() + " priority " + daemon.getPriority() + " main " + Thread.currentThread().getName());
    }
}
