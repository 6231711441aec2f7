import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** A relay race simulation: a start-gate latch, a CyclicBarrier per lap with a barrier action, and a finish latch. */
public class ConcLatchBarrierRace {
    static final int RUNNERS = 4, LAPS = 5;
    static final int[][] SPEEDS = {{3, 5, 4, 6, 2}, {4, 4, 4, 4, 4}, {6, 1, 6, 1, 6}, {2, 3, 5, 7, 1}};

    public static void main(String[] args) throws Exception {
        CountDownLatch startGate = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(RUNNERS);
        AtomicIntegerArray distance = new AtomicIntegerArray(RUNNERS);
        List<String> standings = new ArrayList<>();
        int[] lapCounter = {0};
        CyclicBarrier lapEnd = new CyclicBarrier(RUNNERS, () -> {
            lapCounter[0]++;
            int[] snapshot = new int[RUNNERS];
            for (int i = 0; i < RUNNERS; i++) snapshot[i] = distance.get(i);
            Integer[] order = {0, 1, 2, 3};
            Arrays.sort(order, (a, b) -> snapshot[b] != snapshot[a] ? snapshot[b] - snapshot[a] : a - b);
            standings.add("lap " + lapCounter[0] + ": " + Arrays.toString(snapshot) + " leader runner" + order[0]);
        });
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < RUNNERS; r++) {
            int me = r;
            Thread t = new Thread(() -> {
                try {
                    startGate.await();
                    for (int lap = 0; lap < LAPS; lap++) {
                        for (int step = 0; step < SPEEDS[me][lap]; step++) {
                            distance.addAndGet(me, 10);
                            Thread.yield();
                        }
                        lapEnd.await();
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            }, "runner-" + r);
            threads.add(t);
            t.start();
        }
        System.out.println("runners waiting: " + finished.getCount() + ", gate " + startGate.getCount());
        startGate.countDown();
        // A safety net, not a race: minutes, so compile pauses (-Xcomp) on a loaded machine cannot decide it.
        boolean done = finished.await(10, TimeUnit.MINUTES);
        standings.forEach(System.out::println);
        System.out.println("finished=" + done + " final " + distance + " barrier broken=" + lapEnd.isBroken() + " parties=" + lapEnd.getParties());
        for (Thread t : threads) t.join();
        System.out.println("threads alive: " + threads.stream().filter(Thread::isAlive).count() + ", names " + threads.stream().map(Thread::getName).toList());

        CyclicBarrier broken = new CyclicBarrier(2);
        Thread waiter = new Thread(() -> {
            try {
                broken.await(100, TimeUnit.MILLISECONDS);
                System.out.println("should not pass");
            } catch (java.util.concurrent.TimeoutException e) {
                System.out.println("waiter timed out, broken=" + broken.isBroken());
            } catch (InterruptedException | BrokenBarrierException e) {
                System.out.println("waiter: " + e);
            }
        });
        waiter.start();
        waiter.join();
        try {
            broken.await();
        } catch (BrokenBarrierException e) {
            System.out.println("main sees BrokenBarrierException; reset");
            broken.reset();
            System.out.println("after reset broken=" + broken.isBroken() + " waiting=" + broken.getNumberWaiting());
        }
        CountDownLatch never = new CountDownLatch(1);
        System.out.println("await with timeout returns " + never.await(20, TimeUnit.MILLISECONDS) + ", " + never.toString().substring(never.toString().indexOf('[')));
    }
}
