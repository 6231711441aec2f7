import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.atomic.AtomicStampedReference;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Atomics hammered by many threads (CAS loops, adders, a lock-free stack); totals printed after joins. */
public class AtomicContention {
    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final AtomicReference<Node> top = new AtomicReference<>();

    /** A counter updated through field updaters. */
    static final class Stats {
        volatile int hits;
        volatile String last = "";
        int plain;
        static final AtomicIntegerFieldUpdater<Stats> HITS = AtomicIntegerFieldUpdater.newUpdater(Stats.class, "hits");
        static final AtomicReferenceFieldUpdater<Stats, String> LAST =
                AtomicReferenceFieldUpdater.newUpdater(Stats.class, String.class, "last");
    }

    static void push(int v) {
        for (;;) {
            Node old = top.get();
            if (top.compareAndSet(old, new Node(v, old))) {
                return;
            }
        }
    }

    static Integer pop() {
        for (;;) {
            Node old = top.get();
            if (old == null) {
                return null;
            }
            if (top.compareAndSet(old, old.next)) {
                return old.value;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger counter = new AtomicInteger();
        AtomicLong big = new AtomicLong(Long.MAX_VALUE - 100_000);
        LongAdder adder = new LongAdder();
        DoubleAdder dadder = new DoubleAdder();
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        AtomicIntegerArray buckets = new AtomicIntegerArray(10);
        AtomicLongArray longs = new AtomicLongArray(3);
        AtomicInteger casFailures = new AtomicInteger();
        AtomicBoolean flag = new AtomicBoolean();
        AtomicInteger flagWinners = new AtomicInteger();
        int threads = 12;
        int iterations = 3000;
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                if (flag.compareAndSet(false, true)) {
                    flagWinners.incrementAndGet();
                }
                for (int i = 0; i < iterations; i++) {
                    counter.incrementAndGet();
                    big.getAndAdd(-1);
                    adder.add(2);
                    dadder.add(0.5);
                    max.accumulate(id * 1000L + i);
                    buckets.getAndIncrement(i % 10);
                    longs.addAndGet(i % 3, i);
                    // Manual CAS loop doubling odd values, counting retries.
                    for (;;) {
                        int cur = counter.get();
                        if (counter.compareAndSet(cur, cur)) {
                            break;
                        }
                        casFailures.incrementAndGet();
                    }
                    if (i % 5 == 0) {
                        push(id * 100000 + i);
                    }
                }
                counter.updateAndGet(x -> x + 1000);
                counter.accumulateAndGet(1, Integer::sum);
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("counter=" + counter.get() + " (expect " + (threads * iterations + threads * 1001) + ")");
        System.out.println("big=" + big.get() + " adder=" + adder.sum() + " double adder=" + dadder.sum());
        System.out.println("max=" + max.get() + " flag winners=" + flagWinners.get() + " flag=" + flag.get());
        System.out.println("buckets=" + buckets);
        System.out.println("longs=" + longs + " casFailures>=0: " + (casFailures.get() >= 0));

        int popped = 0;
        long popSum = 0;
        Integer v;
        while ((v = pop()) != null) {
            popped++;
            popSum += v;
        }
        System.out.println("stack popped=" + popped + " sum=" + popSum);

        AtomicInteger ai = new AtomicInteger(10);
        System.out.println(ai.getAndIncrement() + " " + ai.incrementAndGet() + " " + ai.getAndAdd(5) + " " + ai.addAndGet(-3)
                + " " + ai.getAndUpdate(x -> x * 2) + " " + ai.updateAndGet(x -> x - 1) + " " + ai.getAndAccumulate(3, Math::max)
                + " " + ai.compareAndExchange(29, 1) + " " + ai.compareAndExchange(5, 6) + " " + ai);
        System.out.println(ai.intValue() + " " + ai.longValue() + " " + ai.doubleValue() + " " + ai.weakCompareAndSetPlain(1, 2) + " " + ai.getPlain());
        AtomicLong al = new AtomicLong();
        al.lazySet(7);
        System.out.println(al.getAndSet(9) + " " + al.decrementAndGet() + " " + al.getAndDecrement() + " " + al + " " + al.compareAndSet(7, 8) + " " + al.get());
        AtomicReferenceArray<String> names = new AtomicReferenceArray<>(new String[] {"a", "b", "c"});
        names.accumulateAndGet(1, "!", String::concat);
        System.out.println(names + " cas=" + names.compareAndSet(0, "a", "A") + " " + names.get(0) + " length=" + names.length());
        AtomicStampedReference<String> stamped = new AtomicStampedReference<>("v1", 1);
        int[] holder = new int[1];
        System.out.println(stamped.compareAndSet("v1", "v2", 1, 2) + " " + stamped.compareAndSet("v2", "v3", 1, 3) + " "
                + stamped.get(holder) + "@" + holder[0]);
        AtomicBoolean ab = new AtomicBoolean(true);
        System.out.println(ab.getAndSet(false) + " " + ab + " " + ab.compareAndExchange(false, true) + " " + ab.get());
        LongAdder la = new LongAdder();
        la.add(40);
        la.increment();
        la.increment();
        System.out.println(la + " " + la.sumThenReset() + " " + la.sum() + " " + la.intValue());

        Stats stats = new Stats();
        Thread[] hitters = new Thread[5];
        for (int t = 0; t < hitters.length; t++) {
            hitters[t] = new Thread(() -> {
                for (int i = 0; i < 400; i++) {
                    Stats.HITS.incrementAndGet(stats);
                }
                Stats.LAST.accumulateAndGet(stats, "*", String::concat);
            });
            hitters[t].start();
        }
        for (Thread t : hitters) {
            t.join();
        }
        System.out.println("updater hits=" + stats.hits + " last=" + stats.last + " cas=" + Stats.HITS.compareAndSet(stats, 2000, 1)
                + " now=" + Stats.HITS.get(stats));
        try {
            AtomicIntegerFieldUpdater.newUpdater(Stats.class, "plain");
        } catch (IllegalArgumentException e) {
            System.out.println("plain field: " + e.getMessage());
        }
        try {
            AtomicIntegerFieldUpdater.newUpdater(Stats.class, "nope");
        } catch (RuntimeException e) {
            System.out.println("missing field: " + e);
        }
    }
}
