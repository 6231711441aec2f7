import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Delayed and periodic tasks on a single scheduler thread: run order follows the delays. */
public class ScheduledTasks {
    public static void main(String[] args) throws Exception {
        ScheduledExecutorService ses = Executors.newSingleThreadScheduledExecutor();
        List<String> order = new ArrayList<>();
        // Warm up the paths used below (thread start, class loading, the Runnable overload) so the
        // four tasks are scheduled back to back.
        ses.schedule(() -> order.add("warm-up"), 0, TimeUnit.MILLISECONDS).get();
        ses.schedule(() -> { order.add("warm-up"); }, 0, TimeUnit.NANOSECONDS).get();
        order.clear();
        // The scheduler thread is held by a gate while the four are scheduled, the tasks are made
        // before the clock starts, and each runs at a fixed deadline from one start, 2 s out so none
        // is already past when it is scheduled: a slow scheduling loop (a loaded machine, a compile
        // pause) cannot reorder them; only the 300 ms between deadlines counts.
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch gateHeld = new CountDownLatch(1);
        ses.execute(() -> {
            gateHeld.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        gateHeld.await();
        CountDownLatch done = new CountDownLatch(4);
        int[] delays = {900, 300, 600, 0};
        List<Runnable> tasks = new ArrayList<>();
        for (int d : delays) {
            tasks.add(() -> {
                synchronized (order) {
                    order.add("d" + d);
                }
                done.countDown();
            });
        }
        long start = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (int i = 0; i < delays.length; i++) {
            long deadline = start + TimeUnit.MILLISECONDS.toNanos(delays[i]);
            ses.schedule(tasks.get(i), deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        gate.countDown();
        done.await();
        System.out.println("delayed order: " + order);

        ScheduledFuture<String> callable = ses.schedule(() -> "called on " + Thread.currentThread().getName(), 10, TimeUnit.MILLISECONDS);
        System.out.println(callable.get() + " delay now <= 0: " + (callable.getDelay(TimeUnit.MILLISECONDS) <= 0));

        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch fiveTicks = new CountDownLatch(5);
        ScheduledFuture<?> periodic = ses.scheduleAtFixedRate(() -> {
            ticks.incrementAndGet();
            fiveTicks.countDown();
        }, 0, 10, TimeUnit.MILLISECONDS);
        fiveTicks.await();
        periodic.cancel(false);
        System.out.println("periodic cancelled=" + periodic.isCancelled() + " ticks>=5: " + (ticks.get() >= 5));

        AtomicInteger delayTicks = new AtomicInteger();
        CountDownLatch threeTicks = new CountDownLatch(3);
        ScheduledFuture<?> withDelay = ses.scheduleWithFixedDelay(() -> {
            delayTicks.incrementAndGet();
            threeTicks.countDown();
        }, 5, 5, TimeUnit.MILLISECONDS);
        threeTicks.await();
        withDelay.cancel(true);
        System.out.println("fixed delay ticks>=3: " + (delayTicks.get() >= 3) + " done=" + withDelay.isDone());

        ScheduledFuture<?> far = ses.schedule(() -> System.out.println("never printed"), 1, TimeUnit.HOURS);
        System.out.println("far delay > 59 min: " + (far.getDelay(TimeUnit.MINUTES) >= 59) + " cancel=" + far.cancel(false));

        ScheduledThreadPoolExecutor stpe = new ScheduledThreadPoolExecutor(2);
        List<Integer> results = new ArrayList<>();
        List<ScheduledFuture<Integer>> fs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            final int v = i;
            fs.add(stpe.schedule(() -> v * v, 30 - i * 5, TimeUnit.MILLISECONDS));
        }
        for (ScheduledFuture<Integer> f : fs) {
            results.add(f.get());
        }
        System.out.println("stpe results: " + results + " core=" + stpe.getCorePoolSize());
        // A delayed task still runs after shutdown (the default policy); periodic ones stop.
        CountDownLatch afterShutdown = new CountDownLatch(1);
        stpe.schedule(afterShutdown::countDown, 30, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> rate = stpe.scheduleAtFixedRate(() -> { }, 1, 1, TimeUnit.HOURS);
        stpe.shutdown();
        System.out.println("delayed ran after shutdown: " + afterShutdown.await(5, TimeUnit.SECONDS) + " periodic cancelled: " + rate.isCancelled());
        System.out.println("stpe terminated: " + stpe.awaitTermination(5, TimeUnit.SECONDS));
        ses.shutdown();
        System.out.println("ses terminated: " + ses.awaitTermination(5, TimeUnit.SECONDS) + " far cancelled: " + far.isCancelled());
    }
}
