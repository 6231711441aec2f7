import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Numeric pipelines on IntStream/LongStream/DoubleStream: statistics, iterate/generate, boxing, reductions and sequences. */
public class StreamPrimitiveStats {
    public static void main(String[] args) {
        System.out.println(IntStream.rangeClosed(1, 100).summaryStatistics());
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b) + " = 20!");
        System.out.println(DoubleStream.of(1.5, 2.25, -3.0, 8.125).summaryStatistics());
        System.out.println("squares " + IntStream.range(0, 10).map(i -> i * i).boxed().toList());
        System.out.println("evens " + Arrays.toString(IntStream.iterate(0, i -> i < 30, i -> i + 4).toArray()));
        System.out.println("powers " + LongStream.iterate(1, x -> x * 3).limit(15).mapToObj(Long::toString).collect(Collectors.joining(",")));
        int[] fib = Stream.iterate(new int[] {0, 1}, f -> new int[] {f[1], f[0] + f[1]}).limit(20).mapToInt(f -> f[0]).toArray();
        System.out.println("fib " + Arrays.toString(fib));
        System.out.println("collatz(27) length " + IntStream.iterate(27, n -> n != 1, n -> n % 2 == 0 ? n / 2 : 3 * n + 1).count()
            + ", peak " + IntStream.iterate(27, n -> n != 1, n -> n % 2 == 0 ? n / 2 : 3 * n + 1).max().getAsInt());
        OptionalDouble none = IntStream.empty().average();
        System.out.println("empty average " + none + " present=" + none.isPresent() + " orElse " + none.orElse(-1) + ", empty max " + IntStream.empty().max());
        double[] samples = new java.util.Random(3).doubles(1000).toArray();
        double mean = Arrays.stream(samples).average().getAsDouble();
        double var = Arrays.stream(samples).map(x -> (x - mean) * (x - mean)).sum() / (samples.length - 1);
        System.out.println("uniform mean " + mean + " var " + var + " (1/12 = " + 1.0 / 12 + ")");
        long[] hist = new long[5];
        Arrays.stream(samples).forEach(x -> hist[(int) (x * 5)]++);
        System.out.println("histogram " + Arrays.toString(hist) + " total " + LongStream.of(hist).sum());
        System.out.println("perfect numbers < 1000: " + IntStream.range(2, 1000)
            .filter(n -> IntStream.rangeClosed(1, n / 2).filter(d -> n % d == 0).sum() == n).boxed().toList());
        System.out.println("pythagorean triples: " + IntStream.rangeClosed(1, 30).boxed()
            .flatMap(a -> IntStream.rangeClosed(a, 30).filter(b -> Math.sqrt(a * a + b * b) % 1 == 0 && Math.sqrt(a * a + b * b) <= 30)
                .mapToObj(b -> a + "-" + b + "-" + (int) Math.sqrt(a * a + b * b))).collect(Collectors.joining(" ")));
        PrimitiveIterator.OfInt it = IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).sorted().distinct().iterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.nextInt()).append(' ');
        System.out.println("sorted distinct " + sb.toString().trim() + ", asLong sum " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).asLongStream().sum()
            + ", int sum overflows to " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).sum());
        System.out.println("chars " + "Mississippi".chars().distinct().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()) + " codepoints "
            + "héllo".codePoints().filter(c -> c > 127).boxed().toList());
        System.out.println("average of doubles " + DoubleStream.iterate(0.1, d -> d + 0.1).limit(10).average().getAsDouble() + " sum "
            + DoubleStream.iterate(0.1, d -> d + 0.1).limit(10).sum() + " naive " + naiveSum());
        List<Integer> boxed = IntStream.rangeClosed(1, 5).boxed().collect(Collectors.toList());
        System.out.println("mapToDouble sqrt " + boxed.stream().mapToDouble(Math::sqrt).mapToObj(d -> String.valueOf(Math.round(d * 1000) / 1000.0)).toList()
            + " anyMatch " + IntStream.range(0, 5).anyMatch(i -> i == 3) + " findFirst " + IntStream.range(5, 10).filter(i -> i % 4 == 0).findFirst().getAsInt());
        System.out.println("skip/limit " + IntStream.range(0, 100).skip(10).limit(5).boxed().toList() + " peek count " + countWithPeek());
    }

    static double naiveSum() {
        double s = 0, d = 0.1;
        for (int i = 0; i < 10; i++) { s += d; d += 0.1; }
        return s;
    }

    static int countWithPeek() {
        int[] seen = {0};
        long c = IntStream.range(0, 20).peek(i -> seen[0]++).filter(i -> i % 3 == 0).count();
        return seen[0] * 100 + (int) c;
    }
}
