import java.util.ArrayDeque;
import java.util.Queue;

/** A bounded buffer with wait/notifyAll shared by two producers and one consumer; the consumer prints totals only. */
public class ProducerConsumer {
    static final class BoundedBuffer {
        private final Queue<Integer> items = new ArrayDeque<>();
        private final int capacity;
        int maxSeen;

        BoundedBuffer(int capacity) { this.capacity = capacity; }

        synchronized void put(int v) throws InterruptedException {
            while (items.size() == capacity) wait();
            items.add(v);
            maxSeen = Math.max(maxSeen, items.size());
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (items.isEmpty()) wait();
            int v = items.remove();
            notifyAll();
            return v;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedBuffer buffer = new BoundedBuffer(4);
        int perProducer = 500;
        Thread p1 = new Thread(() -> {
            try {
                for (int i = 1; i <= perProducer; i++) buffer.put(i);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "producer-1");
        Thread p2 = new Thread(() -> {
            try {
                for (int i = 1; i <= perProducer; i++) buffer.put(-i * 2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "producer-2");
        long[] result = new long[3];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 2 * perProducer; i++) {
                    int v = buffer.take();
                    result[0] += v;
                    if (v > 0) result[1]++;
                    else result[2]++;
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "consumer");
        consumer.start();
        p1.start();
        p2.start();
        p1.join();
        p2.join();
        consumer.join();
        System.out.println("sum " + result[0] + " positives " + result[1] + " negatives " + result[2]);
        System.out.println("buffer never exceeded capacity: " + (buffer.maxSeen <= 4));
        System.out.println("all threads finished: " + !(p1.isAlive() || p2.isAlive() || consumer.isAlive()));
    }
}
