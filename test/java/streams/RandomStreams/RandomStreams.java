import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Random.ints/longs/doubles: the same values as HotSpot for a seed, bounded and unbounded, lazily drawn. */
public class RandomStreams {
    static class Counting extends Random {
        int calls;

        Counting(long seed) {
            super(seed);
        }

        @Override protected int next(int bits) {
            calls++;
            return super.next(bits);
        }
    }

    public static void main(String[] args) {
        System.out.println("ints " + Arrays.toString(new Random(42).ints(6).toArray()));
        System.out.println("ints bounded " + Arrays.toString(new Random(42).ints(12, 0, 10).toArray()));
        System.out.println("ints pow2 " + Arrays.toString(new Random(42).ints(8, -16, 16).toArray()));
        System.out.println("ints odd range " + Arrays.toString(new Random(7).ints(8, 100, 1103).toArray()));
        System.out.println("ints wide " + Arrays.toString(new Random(7).ints(4, Integer.MIN_VALUE / 2 - 9, Integer.MAX_VALUE).toArray()));
        System.out.println("ints unlimited " + Arrays.toString(new Random(3).ints().limit(4).toArray()));
        System.out.println("ints unlimited bounded " + Arrays.toString(new Random(3).ints(1, 7).limit(10).toArray()));
        System.out.println("longs " + Arrays.toString(new Random(11).longs(3).toArray()));
        System.out.println("longs bounded " + Arrays.toString(new Random(11).longs(5, 0, 1_000_000_000_000L).toArray()));
        System.out.println("longs pow2 " + Arrays.toString(new Random(11).longs(4, 0, 1L << 40).toArray()));
        System.out.println("longs wide " + Arrays.toString(new Random(11).longs(3, Long.MIN_VALUE, Long.MAX_VALUE).toArray()));
        System.out.println("longs unlimited " + Arrays.toString(new Random(5).longs(-50, 50).limit(6).toArray()));
        System.out.println("doubles " + Arrays.toString(new Random(9).doubles(4).toArray()));
        System.out.println("doubles bounded " + Arrays.toString(new Random(9).doubles(4, -1.0, 1.0).toArray()));
        System.out.println("doubles unlimited " + Arrays.toString(new Random(9).doubles(10, 20).limit(3).toArray()));

        Random r = new Random(2024);
        int[] direct = {r.nextInt(), r.nextInt(50), r.nextInt(3, 9)};
        System.out.println("direct " + Arrays.toString(direct));
        System.out.println("same seed again " + Arrays.toString(new Random(2024).ints(1).toArray())
                + " " + new Random(2024).nextInt());

        Counting counting = new Counting(1);
        IntStream lazy = counting.ints(1000, 0, 6);
        System.out.println("calls before terminal " + counting.calls);
        int[] firstThree = lazy.limit(3).toArray();
        System.out.println("first three " + Arrays.toString(firstThree) + " calls " + counting.calls);
        System.out.println("count without drawing " + counting.ints(500).count() + " calls " + counting.calls);
        System.out.println("unlimited count " + counting.longs().count() + " calls " + counting.calls);

        Map<Integer, Long> dice = new Random(123).ints(6000, 1, 7).boxed()
                .collect(Collectors.groupingBy(i -> i, TreeMap::new, Collectors.counting()));
        System.out.println("dice " + dice);
        System.out.println("dice stats " + new Random(123).ints(6000, 1, 7).summaryStatistics());
        System.out.println("gauss-free mean " + new Random(77).doubles(1000).average().getAsDouble());
        System.out.println("doubles stats " + new Random(77).doubles(1000, 10, 20).summaryStatistics());
        System.out.println("long sum " + new Random(8).longs(100, 0, 1000).sum());

        List<Integer> lottery = new Random(99).ints(1, 50).distinct().limit(6).sorted().boxed().toList();
        System.out.println("lottery " + lottery);
        Random shared = new Random(5);
        String interleaved = shared.ints(3, 0, 100).mapToObj(i -> i + "/" + shared.nextInt(100)).collect(Collectors.joining(" "));
        System.out.println("interleaved " + interleaved);

        RandomGenerator generator = new Random(31);
        System.out.println("generator " + Arrays.toString(generator.ints(3, 0, 1000).toArray())
                + " " + Arrays.toString(generator.doubles(2).toArray()));
        double[] points = new Random(4).doubles(2000).toArray();
        long inside = IntStream.range(0, points.length / 2)
                .filter(i -> points[2 * i] * points[2 * i] + points[2 * i + 1] * points[2 * i + 1] <= 1.0).count();
        System.out.println("pi estimate " + 4.0 * inside / (points.length / 2));
        System.out.println("shuffled " + new Random(6).ints(0, 10).distinct().limit(10).boxed().toList());
        System.out.println("bytes-ish " + new Random(12).ints(8, -128, 128).mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "[", "]")));
        System.out.println("double stream sum " + DoubleStream.of(new Random(1).doubles(5).toArray()).sum()
                + " long max " + LongStream.of(new Random(1).longs(5).toArray()).max().getAsLong());
    }
}
