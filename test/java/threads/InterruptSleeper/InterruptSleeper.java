/** Interrupting a sleeping thread, a waiting thread and a joining thread; interrupt status flags and Thread.interrupted(). */
public class InterruptSleeper {
    public static void main(String[] args) throws InterruptedException {
        StringBuilder log = new StringBuilder();
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                log.append("sleeper woke normally; ");
            } catch (InterruptedException e) {
                log.append("sleeper interrupted, flag now ").append(Thread.currentThread().isInterrupted()).append("; ");
            }
        });
        sleeper.start();
        sleeper.interrupt();
        sleeper.join();
        System.out.println(log);
        log.setLength(0);

        Object lock = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                    log.append("waiter notified; ");
                } catch (InterruptedException e) {
                    log.append("waiter interrupted while waiting; ");
                }
            }
        });
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) Thread.sleep(1);
        waiter.interrupt();
        waiter.join();
        System.out.println(log);
        log.setLength(0);

        Thread me = Thread.currentThread();
        me.interrupt();
        System.out.println("self interrupt: isInterrupted " + me.isInterrupted() + ", interrupted() " + Thread.interrupted() + ", again " + Thread.interrupted());
        me.interrupt();
        try {
            Thread.sleep(10);
            System.out.println("sleep with pending interrupt returned normally");
        } catch (InterruptedException e) {
            System.out.println("sleep with pending interrupt threw at once, flag cleared: " + !me.isInterrupted());
        }

        Thread forever = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                log.append("forever interrupted; ");
            }
        });
        forever.start();
        Thread joiner = new Thread(() -> {
            try {
                forever.join();
                log.append("joiner finished join; ");
            } catch (InterruptedException e) {
                log.append("joiner interrupted during join; ");
                forever.interrupt();
            }
        });
        joiner.start();
        while (joiner.getState() != Thread.State.WAITING) Thread.sleep(1);
        joiner.interrupt();
        joiner.join();
        forever.join();
        System.out.println(log.toString().contains("joiner interrupted during join") + " " + log.toString().contains("forever interrupted"));
        Thread busy = new Thread(() -> {
            long spins = 0;
            while (!Thread.currentThread().isInterrupted()) {
                spins++;
                Thread.yield();
            }
            log.setLength(0);
            log.append("busy loop saw interrupt after spinning: ").append(spins >= 0);
        });
        busy.start();
        busy.interrupt();
        busy.join();
        System.out.println(log);
    }
}
