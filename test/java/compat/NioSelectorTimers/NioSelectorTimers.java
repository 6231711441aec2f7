import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CountDownLatch;

/**
 * An event loop with timers, the way small NIO servers schedule work: select(timeout) until the
 * next timer is due, a Pipe through which other threads submit jobs, and wakeup() to make the
 * loop look at a shared flag. Prints the order of events, never timings.
 *
 * The stop request waits for the loop to have seen every job and fired every timer, not for a
 * fixed time: a loaded machine (or a VM compiling every method before it first runs, -Xcomp) can
 * delay the producer's 40 ms jobs by seconds, and a fixed 2.4 s stop then cut the loop short.
 */
public class NioSelectorTimers {
    static final class Timer implements Comparable<Timer> {
        final long due;
        final String name;

        Timer(long due, String name) {
            this.due = due;
            this.name = name;
        }

        @Override
        public int compareTo(Timer o) {
            return Long.compare(due, o.due);
        }
    }

    static volatile boolean stopRequested;
    /** Counted down by the loop once all three jobs are in and both timers fired. */
    static final CountDownLatch settled = new CountDownLatch(1);

    public static void main(String[] args) throws Exception {
        Selector selector = Selector.open();

        // Nothing registered: select(timeout) just waits, selectNow returns at once.
        long t0 = System.nanoTime();
        int n = selector.select(120);
        long waited = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("empty select(120) -> " + n + ", waited at least 100 ms: " + (waited >= 100));
        System.out.println("selectNow -> " + selector.selectNow());

        // A wakeup before select makes the next select return at once; selectNow clears it.
        selector.wakeup();
        t0 = System.nanoTime();
        n = selector.select(10_000);
        System.out.println("select after wakeup -> " + n + ", quick: " + ((System.nanoTime() - t0) / 1_000_000 < 5000));
        selector.wakeup();
        selector.selectNow();
        t0 = System.nanoTime();
        selector.select(150);
        System.out.println("wakeup consumed by selectNow, next select waited: " + ((System.nanoTime() - t0) / 1_000_000 >= 100));

        // Jobs arrive through a pipe from two producer threads.
        Pipe pipe = Pipe.open();
        pipe.source().configureBlocking(false);
        SelectionKey jobsKey = pipe.source().register(selector, SelectionKey.OP_READ, "jobs");
        Pipe.SinkChannel sink = pipe.sink();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 3; i++) {
                    Thread.sleep(40);
                    synchronized (sink) {
                        sink.write(ByteBuffer.wrap(("job-" + i + ";").getBytes(StandardCharsets.UTF_8)));
                    }
                }
            } catch (Exception e) {
                System.out.println("producer failed: " + e);
            }
        });

        PriorityQueue<Timer> timers = new PriorityQueue<>();
        long start = System.currentTimeMillis();
        timers.add(new Timer(start + 1500, "flush"));
        timers.add(new Timer(start + 1800, "report"));
        List<String> jobs = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        StringBuilder partial = new StringBuilder();
        ByteBuffer buf = ByteBuffer.allocate(16);
        producer.start();

        Thread stopper = new Thread(() -> {
            try {
                settled.await();
            } catch (InterruptedException e) {
                return;
            }
            stopRequested = true;
            selector.wakeup();
        });
        stopper.start();

        int wakeupsSeen = 0;
        while (!stopRequested) {
            long now = System.currentTimeMillis();
            while (!timers.isEmpty() && timers.peek().due <= now) {
                fired.add(timers.poll().name);
            }
            long timeout = timers.isEmpty() ? 0 : Math.max(1, timers.peek().due - now);
            if (jobs.size() == 3 && timers.isEmpty()) {
                settled.countDown();
            }
            int ready = selector.select(timeout);
            if (ready == 0 && stopRequested) {
                wakeupsSeen++;
            }
            for (SelectionKey k : selector.selectedKeys()) {
                if (k.isReadable() && "jobs".equals(k.attachment())) {
                    buf.clear();
                    int r = pipe.source().read(buf);
                    buf.flip();
                    partial.append(StandardCharsets.UTF_8.decode(buf));
                    int semi;
                    while ((semi = partial.indexOf(";")) >= 0) {
                        jobs.add(partial.substring(0, semi));
                        partial.delete(0, semi + 1);
                    }
                    if (r < 0) {
                        k.cancel();
                    }
                }
            }
            selector.selectedKeys().clear();
        }
        producer.join();
        stopper.join();
        System.out.println("jobs: " + jobs);
        System.out.println("timers fired in order: " + fired);
        System.out.println("stopped by wakeup: " + (wakeupsSeen == 1));

        // A thread blocked in select() is released by an interrupt and keeps its interrupt status.
        Thread main = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            main.interrupt();
        });
        interrupter.start();
        n = selector.select();
        System.out.println("select released by interrupt -> " + n + ", interrupted: " + Thread.interrupted());
        interrupter.join();

        // Closing the sink gives the source end of stream, which the selector reports as readable.
        sink.close();
        selector.select(2000);
        int r = jobsKey.isValid() && jobsKey.isReadable() ? pipe.source().read(ByteBuffer.allocate(4)) : 99;
        System.out.println("after sink close: readable, read -> " + r);
        pipe.source().close();
        System.out.println("jobs key valid after source close: " + jobsKey.isValid());

        selector.close();
        try {
            selector.select(10);
        } catch (ClosedSelectorException e) {
            System.out.println("select on closed selector: " + e.getClass().getName());
        }
        selector.wakeup();
        System.out.println("wakeup on closed selector is harmless");
    }
}
