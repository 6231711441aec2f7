import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/** Producers and consumers over the blocking queues; results printed after joins. */
public class BlockingQueues {
    static final int POISON = -1;

    static long pipeline(BlockingQueue<Integer> q, int producers, int consumers, int perProducer) throws InterruptedException {
        long[] sums = new long[consumers];
        int[] counts = new int[consumers];
        Thread[] cs = new Thread[consumers];
        for (int c = 0; c < consumers; c++) {
            final int id = c;
            cs[c] = new Thread(() -> {
                try {
                    for (;;) {
                        int v = q.take();
                        if (v == POISON) {
                            return;
                        }
                        sums[id] += v;
                        counts[id]++;
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            cs[c].start();
        }
        Thread[] ps = new Thread[producers];
        for (int p = 0; p < producers; p++) {
            final int base = p * 100000;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= perProducer; i++) {
                        q.put(base + i);
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            ps[p].start();
        }
        for (Thread t : ps) {
            t.join();
        }
        for (int c = 0; c < consumers; c++) {
            q.put(POISON);
        }
        for (Thread t : cs) {
            t.join();
        }
        long total = 0;
        int n = 0;
        for (int c = 0; c < consumers; c++) {
            total += sums[c];
            n += counts[c];
        }
        System.out.println(q.getClass().getSimpleName() + ": items=" + n + " sum=" + total + " left=" + q.size());
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        pipeline(new ArrayBlockingQueue<>(4), 3, 2, 300);
        pipeline(new LinkedBlockingQueue<>(), 2, 3, 300);
        pipeline(new LinkedBlockingQueue<>(2), 4, 1, 100);
        pipeline(new LinkedBlockingDeque<>(3), 2, 2, 200);
        pipeline(new SynchronousQueue<>(), 2, 2, 50);

        ArrayBlockingQueue<String> abq = new ArrayBlockingQueue<>(3);
        System.out.println(abq.offer("a") + " " + abq.offer("b") + " " + abq.offer("c") + " " + abq.offer("d"));
        System.out.println(abq + " remaining=" + abq.remainingCapacity() + " peek=" + abq.peek());
        System.out.println("poll=" + abq.poll() + " contains b=" + abq.contains("b") + " remove c=" + abq.remove("c") + " " + abq);
        List<String> drained = new ArrayList<>();
        abq.add("x");
        abq.add("y");
        System.out.println("drainTo(2)=" + abq.drainTo(drained, 2) + " " + drained + " left=" + abq);
        System.out.println("offer with timeout on full: " + fullOffer());

        PriorityBlockingQueue<Integer> pq = new PriorityBlockingQueue<>();
        for (int v : new int[] {5, 1, 4, 2, 3, 9, 0}) {
            pq.put(v);
        }
        System.out.println("pbq " + pq + " size=" + pq.size());
        StringBuilder sorted = new StringBuilder();
        while (!pq.isEmpty()) {
            sorted.append(pq.take()).append(' ');
        }
        System.out.println("pbq order: " + sorted.toString().trim());

        LinkedBlockingDeque<Integer> deque = new LinkedBlockingDeque<>();
        deque.putFirst(2);
        deque.putLast(3);
        deque.offerFirst(1);
        deque.push(0);
        System.out.println("deque " + deque + " first=" + deque.peekFirst() + " last=" + deque.peekLast()
                + " takeLast=" + deque.takeLast() + " pop=" + deque.pop() + " -> " + deque);

        SynchronousQueue<String> sq = new SynchronousQueue<>();
        System.out.println("sq offer without taker: " + sq.offer("lost") + " poll: " + sq.poll() + " size=" + sq.size() + " " + sq);
        Thread taker = new Thread(() -> {
            try {
                System.out.println("taker got " + sq.take());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        taker.start();
        sq.put("handoff");
        taker.join();
        System.out.println("poll timeout: " + new LinkedBlockingQueue<String>().poll(20, TimeUnit.MILLISECONDS));
    }

    static boolean fullOffer() throws InterruptedException {
        ArrayBlockingQueue<Integer> q = new ArrayBlockingQueue<>(1);
        q.put(1);
        return q.offer(2, 10, TimeUnit.MILLISECONDS);
    }
}
