import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;

/** Phaser phases, StampedLock stamps and modes, the skip-list map/set, and a transfer queue. */
public class PhaserStampedSkipList {
    static final class Point {
        private final StampedLock sl = new StampedLock();
        private double x;
        private double y;

        void move(double dx, double dy) {
            long stamp = sl.writeLock();
            try {
                x += dx;
                y += dy;
            } finally {
                sl.unlockWrite(stamp);
            }
        }

        double distance() {
            long stamp = sl.tryOptimisticRead();
            double cx = x;
            double cy = y;
            if (!sl.validate(stamp)) {
                stamp = sl.readLock();
                try {
                    cx = x;
                    cy = y;
                } finally {
                    sl.unlockRead(stamp);
                }
            }
            return Math.sqrt(cx * cx + cy * cy);
        }
    }

    public static void main(String[] args) throws Exception {
        // Phaser: workers run three phases; onAdvance logs each phase and stops after phase 2.
        List<String> log = new ArrayList<>();
        Phaser phaser = new Phaser(1) {
            @Override
            protected boolean onAdvance(int phase, int registeredParties) {
                log.add("phase " + phase + " done with " + registeredParties + " parties");
                return phase >= 2 || registeredParties == 0;
            }
        };
        int[] work = new int[4];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            phaser.register();
            final int id = i;
            ts[i] = new Thread(() -> {
                while (!phaser.isTerminated()) {
                    work[id]++;
                    phaser.arriveAndAwaitAdvance();
                }
            });
            ts[i].start();
        }
        System.out.println("registered=" + phaser.getRegisteredParties() + " phase=" + phaser.getPhase());
        while (!phaser.isTerminated()) {
            phaser.arriveAndAwaitAdvance();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println(log);
        System.out.println("work=" + work[0] + "," + work[1] + "," + work[2] + "," + work[3] + " terminated phase=" + phaser.getPhase());
        Phaser simple = new Phaser(2);
        System.out.println(simple.arrive() + " " + simple.getArrivedParties() + " " + simple.arriveAndDeregister() + " " + simple.getPhase()
                + " " + simple.getRegisteredParties() + " " + simple.arriveAndDeregister() + " " + simple.isTerminated());
        try {
            new Phaser(1).awaitAdvanceInterruptibly(0, 5, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("phaser timeout: " + e);
        }

        // StampedLock.
        Point p = new Point();
        Thread[] movers = new Thread[3];
        for (int i = 0; i < movers.length; i++) {
            movers[i] = new Thread(() -> {
                for (int k = 0; k < 200; k++) {
                    p.move(1.5, 2.0);
                }
            });
            movers[i].start();
        }
        for (Thread t : movers) {
            t.join();
        }
        System.out.println("distance=" + p.distance());
        StampedLock sl = new StampedLock();
        long opt = sl.tryOptimisticRead();
        long w = sl.writeLock();
        System.out.println("stamps " + opt + " " + w + " valid=" + sl.validate(opt) + " locked=" + sl.isWriteLocked());
        long r = sl.tryConvertToReadLock(w);
        System.out.println("converted " + r + " readers=" + sl.getReadLockCount() + " write=" + sl.isWriteLocked());
        sl.unlockRead(r);
        System.out.println("after " + sl.tryOptimisticRead() + " " + StampedLock.isOptimisticReadStamp(sl.tryOptimisticRead()));

        // Skip-list map and set shared by threads; sorted views afterwards.
        ConcurrentSkipListMap<Integer, String> scores = new ConcurrentSkipListMap<>();
        ConcurrentSkipListSet<String> names = new ConcurrentSkipListSet<>();
        Thread[] writers = new Thread[4];
        for (int i = 0; i < writers.length; i++) {
            final int id = i;
            writers[i] = new Thread(() -> {
                for (int k = 0; k < 50; k++) {
                    scores.merge(k % 20, "w" + id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    names.add("n" + (k * 7 + id) % 30);
                }
            });
            writers[i].start();
        }
        for (Thread t : writers) {
            t.join();
        }
        System.out.println(scores.size() + " " + scores.firstEntry() + " " + scores.headMap(3) + " " + scores.descendingMap().firstKey());
        System.out.println(names.size() + " " + names.first() + " " + names.last() + " " + names.subSet("n1", "n15"));
        Map.Entry<Integer, String> polled = scores.pollFirstEntry();
        System.out.println("polled " + polled + " ceiling(7)=" + scores.ceilingKey(7) + " floor(-1)=" + scores.floorKey(-1));

        // Transfer queue: the producer waits until the consumer has each element.
        LinkedTransferQueue<Integer> tq = new LinkedTransferQueue<>();
        long[] sum = new long[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    sum[0] += tq.take();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        consumer.start();
        for (int i = 1; i <= 20; i++) {
            tq.transfer(i);
        }
        consumer.join();
        System.out.println("transferred sum=" + sum[0] + " empty=" + tq.isEmpty() + " tryTransfer=" + tq.tryTransfer(99));
    }
}
