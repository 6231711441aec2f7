import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A reminder service on java.util.Timer: one-shot reminders in time order, a repeating heartbeat that cancels itself, cancellation and misuse errors. */
public class ConcTimerReminders {
    static final List<String> log = Collections.synchronizedList(new ArrayList<>());

    static TimerTask reminder(String text, CountDownLatch done) {
        return new TimerTask() {
            @Override public void run() {
                log.add("reminder: " + text + " on " + Thread.currentThread().getName());
                done.countDown();
            }
        };
    }

    public static void main(String[] args) throws Exception {
        Timer timer = new Timer();
        CountDownLatch done = new CountDownLatch(4);
        long start = System.currentTimeMillis();
        // The dispatcher holds until the day's reminders are all loaded, so that reminders already
        // due when it starts (after a pause of the process) still run in due-time order.
        CountDownLatch loaded = new CountDownLatch(1);
        timer.schedule(new TimerTask() {
            @Override public void run() {
                try {
                    loaded.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, new Date(start));
        // Absolute due times, 300 ms apart, scheduled out of order: the timer runs them by due time.
        timer.schedule(reminder("stand-up at 9", done), new Date(start + 900));
        timer.schedule(reminder("coffee", done), new Date(start + 300));
        timer.schedule(reminder("lunch", done), new Date(start + 1200));
        timer.schedule(reminder("call mum", done), new Date(start + 600));
        TimerTask never = reminder("never", done);
        timer.schedule(never, 5000);
        System.out.println("cancel pending: " + never.cancel() + ", again: " + never.cancel() + ", purged " + timer.purge());

        CountDownLatch beats = new CountDownLatch(3);
        TimerTask heartbeat = new TimerTask() {
            int n;
            @Override public void run() {
                n++;
                log.add("heartbeat " + n + " late-by-less-than-an-hour " + (System.currentTimeMillis() - scheduledExecutionTime() < 3_600_000));
                beats.countDown();
                if (n == 3) log.add("heartbeat cancels itself: " + cancel());
            }
        };
        timer.schedule(heartbeat, new Date(start + 1500), 30);
        loaded.countDown();
        System.out.println("reminders done: " + done.await(20, TimeUnit.SECONDS) + ", heartbeats done: " + beats.await(20, TimeUnit.SECONDS));
        Thread.sleep(100);
        synchronized (log) { log.forEach(System.out::println); }
        System.out.println("took at least 1200 ms: " + (System.currentTimeMillis() - start >= 1200));

        try {
            timer.schedule(heartbeat, 10);
        } catch (IllegalStateException e) {
            System.out.println("reschedule: " + e.getMessage());
        }
        try {
            timer.schedule(reminder("x", done), -1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative delay: " + e.getMessage());
        }
        try {
            timer.scheduleAtFixedRate(reminder("y", done), 0, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("zero period: " + e.getMessage());
        }
        try {
            timer.schedule(reminder("before 1970", done), new Date(-1));
        } catch (IllegalArgumentException e) {
            System.out.println("negative date: " + e.getMessage());
        }
        try {
            timer.schedule(reminder("no date", done), (Date) null);
        } catch (NullPointerException e) {
            System.out.println("null date: NullPointerException");
        }
        try {
            timer.schedule(reminder("no date, repeating", done), (Date) null, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("null date, zero period: " + e.getMessage());
        }
        try {
            timer.scheduleAtFixedRate(reminder("y", done), new Date(start), -5);
        } catch (IllegalArgumentException e) {
            System.out.println("date, negative rate: " + e.getMessage());
        }
        try {
            timer.scheduleAtFixedRate(reminder("no date, rate", done), null, 5);
        } catch (NullPointerException e) {
            System.out.println("null date, rate: NullPointerException");
        }
        timer.cancel();
        try {
            timer.schedule(reminder("z", done), 10);
        } catch (IllegalStateException e) {
            System.out.println("after cancel: " + e.getMessage());
        }
        try {
            timer.schedule(reminder("z", done), new Date(start), 10);
        } catch (IllegalStateException e) {
            System.out.println("date after cancel: " + e.getMessage());
        }

        Timer fixedRate = new Timer("metrics", true);
        CountDownLatch ticks = new CountDownLatch(5);
        List<String> names = Collections.synchronizedList(new ArrayList<>());
        fixedRate.scheduleAtFixedRate(new TimerTask() {
            @Override public void run() {
                names.add(Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? "/daemon" : ""));
                ticks.countDown();
            }
        }, new Date(System.currentTimeMillis() + 20), 20);
        System.out.println("fixed-rate ticks: " + ticks.await(20, TimeUnit.SECONDS) + " " + names.subList(0, 5));
        fixedRate.cancel();
        System.out.println("done");
    }
}
