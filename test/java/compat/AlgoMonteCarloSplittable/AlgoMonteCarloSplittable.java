import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Monte Carlo estimates with seeded SplittableRandom: pi, a random walk, dice statistics, and per-worker split generators. */
public class AlgoMonteCarloSplittable {
    static double estimatePi(SplittableRandom rnd, int samples) {
        int inside = 0;
        for (int i = 0; i < samples; i++) {
            double x = rnd.nextDouble(), y = rnd.nextDouble();
            if (x * x + y * y <= 1) inside++;
        }
        return 4.0 * inside / samples;
    }

    public static void main(String[] args) throws Exception {
        SplittableRandom rnd = new SplittableRandom(20261207L);
        System.out.println("first ints " + rnd.nextInt() + " " + rnd.nextInt() + " longs " + rnd.nextLong() + " " + rnd.nextLong());
        System.out.println("bounded " + rnd.nextInt(10) + " " + rnd.nextInt(1 << 20) + " " + rnd.nextInt(-5, 5) + " " + rnd.nextLong(1_000_000_000_000L) + " " + rnd.nextLong(-3, 3)
            + " doubles " + rnd.nextDouble() + " " + rnd.nextDouble(10) + " " + rnd.nextDouble(-1, 1) + " boolean " + rnd.nextBoolean() + " float " + rnd.nextFloat());
        byte[] bytes = new byte[11];
        rnd.nextBytes(bytes);
        System.out.println("bytes " + Arrays.toString(bytes));
        System.out.println("pi ~ " + estimatePi(new SplittableRandom(1), 20000) + " and " + estimatePi(new SplittableRandom(2), 20000));
        SplittableRandom walkRnd = new SplittableRandom(99);
        int pos = 0, maxPos = 0, returns = 0;
        for (int step = 0; step < 5000; step++) {
            pos += walkRnd.nextBoolean() ? 1 : -1;
            maxPos = Math.max(maxPos, pos);
            if (pos == 0) returns++;
        }
        System.out.println("random walk: end " + pos + ", max " + maxPos + ", returns to origin " + returns);
        int[] dice = new int[13];
        SplittableRandom d = new SplittableRandom(6);
        for (int i = 0; i < 6000; i++) dice[d.nextInt(1, 7) + d.nextInt(1, 7)]++;
        System.out.println("two dice " + Arrays.toString(Arrays.copyOfRange(dice, 2, 13)));
        System.out.println("streams " + Arrays.toString(new SplittableRandom(5).ints(5, 0, 100).toArray()) + " "
            + new SplittableRandom(5).longs(3).sum() + " " + new SplittableRandom(5).doubles(4).map(x -> Math.floor(x * 1000)).sum()
            + " same as sequential calls: " + sameAsCalls());
        SplittableRandom parent = new SplittableRandom(42);
        List<SplittableRandom> children = new ArrayList<>();
        for (int i = 0; i < 4; i++) children.add(parent.split());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Double>> results = new ArrayList<>();
        for (SplittableRandom child : children) results.add(pool.submit(() -> estimatePi(child, 10000)));
        double sum = 0;
        for (int i = 0; i < results.size(); i++) {
            double v = results.get(i).get();
            sum += v;
            System.out.println("worker " + i + " pi ~ " + v);
        }
        pool.shutdown();
        System.out.println("combined " + sum / 4 + ", parent continues with " + parent.nextInt(1000) + ", grandchild " + children.get(0).split().nextLong());
        try {
            rnd.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getMessage());
        }
        try {
            rnd.nextDouble(2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("nextDouble(2, 1): " + e.getMessage());
        }
    }

    static boolean sameAsCalls() {
        SplittableRandom a = new SplittableRandom(77), b = new SplittableRandom(77);
        int[] viaStream = a.ints(6).toArray();
        for (int v : viaStream) if (v != b.nextInt()) return false;
        return true;
    }
}
