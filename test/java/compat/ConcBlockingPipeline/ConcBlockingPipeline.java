import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A three-stage text pipeline on blocking queues (read -> tokenize x2 -> count) with poison pills, plus queue API edge cases. */
public class ConcBlockingPipeline {
    static final String POISON = "\u0000EOF";
    static final String[] DOCUMENT = {
        "the cat sat on the mat", "the dog chased the cat", "a bird sang on the wire",
        "the mat was red and the cat was black", "dogs and cats and birds", "on and on it went",
    };

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(2);
        BlockingQueue<String> words = new LinkedBlockingQueue<>(8);
        Map<String, Integer> counts = new TreeMap<>();
        int tokenizers = 2;
        Thread reader = new Thread(() -> {
            try {
                for (int rep = 0; rep < 5; rep++) for (String l : DOCUMENT) lines.put(l);
                for (int i = 0; i < tokenizers; i++) lines.put(POISON);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reader");
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < tokenizers; t++) {
            workers.add(new Thread(() -> {
                try {
                    while (true) {
                        String l = lines.take();
                        if (l == POISON) break;
                        for (java.util.StringTokenizer st = new java.util.StringTokenizer(l); st.hasMoreTokens();) words.put(st.nextToken());
                    }
                    words.put(POISON);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "tokenizer-" + t));
        }
        Thread counter = new Thread(() -> {
            int pills = 0;
            try {
                while (pills < tokenizers) {
                    String w = words.poll(2, TimeUnit.SECONDS);
                    if (w == null) { System.out.println("counter timed out"); return; }
                    if (w == POISON) pills++;
                    else counts.merge(w, 1, Integer::sum);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "counter");
        reader.start();
        workers.forEach(Thread::start);
        counter.start();
        reader.join();
        for (Thread w : workers) w.join();
        counter.join();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println(total + " words, " + counts.size() + " distinct: " + counts);
        System.out.println("queues drained: " + lines.isEmpty() + " " + words.isEmpty() + ", remaining capacity " + lines.remainingCapacity() + " " + words.remainingCapacity());

        ArrayBlockingQueue<Integer> small = new ArrayBlockingQueue<>(2);
        System.out.println("offer " + small.offer(1) + " " + small.offer(2) + " " + small.offer(3) + ", timed offer " + small.offer(4, 10, TimeUnit.MILLISECONDS) + ", " + small);
        try {
            small.add(5);
        } catch (IllegalStateException e) {
            System.out.println("add on full queue: " + e.getMessage());
        }
        List<Integer> drained = new ArrayList<>();
        System.out.println("drainTo " + small.drainTo(drained) + " -> " + drained + ", poll on empty " + small.poll() + ", peek " + small.peek());
        try {
            small.offer(null);
        } catch (NullPointerException e) {
            System.out.println("null element rejected");
        }
        PriorityBlockingQueue<String> tasks = new PriorityBlockingQueue<>(4, (a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        for (String s : new String[] {"deploy", "test", "lint", "build", "package", "ci"}) tasks.put(s);
        StringBuilder order = new StringBuilder();
        while (!tasks.isEmpty()) order.append(tasks.take()).append(' ');
        System.out.println("priority order " + order.toString().trim());
        ConcurrentLinkedQueue<Integer> clq = new ConcurrentLinkedQueue<>(List.of(3, 1, 2));
        clq.offer(9);
        System.out.println("clq " + clq + " poll " + clq.poll() + " contains 9 " + clq.contains(9) + " size " + clq.size());
        LinkedBlockingQueue<String> lbq = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        System.out.println("poll with timeout on empty: " + lbq.poll(30, TimeUnit.MILLISECONDS) + " after >=25ms " + (System.nanoTime() - start >= 25_000_000L));
    }
}
