import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** IntStream, LongStream and DoubleStream: sources, operations, reductions and conversions. */
public class PrimitiveStreams {
    static void show(String label, int[] a) {
        System.out.println(label + " " + Arrays.toString(a));
    }

    public static void main(String[] args) {
        show("range", IntStream.range(3, 9).toArray());
        show("rangeClosed", IntStream.rangeClosed(-2, 2).toArray());
        show("empty range", IntStream.range(5, 5).toArray());
        show("reversed range", IntStream.range(5, 1).toArray());
        System.out.println("max range " + IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).boxed().toList());
        System.out.println("long range count " + LongStream.range(0, 5_000_000_000L).count());
        System.out.println("long rangeClosed " + Arrays.toString(LongStream.rangeClosed(Long.MAX_VALUE - 1, Long.MAX_VALUE).toArray()));
        show("of", IntStream.of(5, -1, 7).toArray());
        show("single", IntStream.of(42).toArray());
        show("array slice", Arrays.stream(new int[] {1, 2, 3, 4, 5, 6}, 1, 4).toArray());
        show("iterate", IntStream.iterate(1, i -> i * 3).limit(6).toArray());
        show("iterate3", IntStream.iterate(100, i -> i > 0, i -> i / 2).toArray());
        int[] counter = {0};
        show("generate", IntStream.generate(() -> counter[0]++ * 10).limit(4).toArray());
        show("concat", IntStream.concat(IntStream.of(1, 2), IntStream.range(7, 9)).toArray());
        IntStream.Builder builder = IntStream.builder();
        builder.add(4).add(5);
        builder.accept(6);
        show("builder", builder.build().toArray());

        show("filter/map", IntStream.rangeClosed(1, 10).filter(i -> i % 3 != 0).map(i -> i * i).toArray());
        show("distinct", IntStream.of(3, 1, 3, 2, 1, 5).distinct().toArray());
        show("sorted", IntStream.of(3, -1, 3, 2, Integer.MIN_VALUE, 5).sorted().toArray());
        show("flatMap", IntStream.range(1, 4).flatMap(i -> IntStream.range(0, i)).toArray());
        show("mapMulti", IntStream.range(1, 4).mapMulti((i, sink) -> {
            for (int k = 0; k < i; k++) {
                sink.accept(i * 10 + k);
            }
        }).toArray());
        show("skip/limit", IntStream.range(0, 20).skip(5).limit(4).toArray());
        show("takeWhile", IntStream.of(2, 4, 6, 7, 8).takeWhile(i -> i % 2 == 0).toArray());
        show("dropWhile", IntStream.of(2, 4, 6, 7, 8).dropWhile(i -> i % 2 == 0).toArray());

        System.out.println("sum " + IntStream.rangeClosed(1, 100).sum() + " overflow " + IntStream.of(Integer.MAX_VALUE, 1).sum());
        System.out.println("min " + IntStream.of(4, -2, 9).min() + " max " + IntStream.of(4, -2, 9).max());
        System.out.println("empty min " + IntStream.empty().min() + " " + IntStream.empty().max().isPresent());
        System.out.println("average " + IntStream.of(1, 2, 4).average() + " " + IntStream.empty().average());
        System.out.println("big average " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average().getAsDouble());
        System.out.println("count " + IntStream.range(0, 1000).filter(i -> i % 7 == 0).count());
        System.out.println("reduce " + IntStream.of(1, 2, 3, 4).reduce(1, (a, b) -> a * b)
                + " " + IntStream.of(1, 2, 3, 4).reduce((a, b) -> a - b) + " " + IntStream.empty().reduce(Integer::sum));
        ArrayList<Integer> collected = IntStream.range(0, 5).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println("collect " + collected);
        System.out.println("match " + IntStream.range(0, 10).anyMatch(i -> i > 8) + " "
                + IntStream.range(0, 10).allMatch(i -> i < 10) + " " + IntStream.range(0, 10).noneMatch(i -> i == 5));
        System.out.println("empty match " + IntStream.empty().anyMatch(i -> true) + " "
                + IntStream.empty().allMatch(i -> false) + " " + IntStream.empty().noneMatch(i -> true));
        OptionalInt first = IntStream.range(10, 20).filter(i -> i % 6 == 0).findFirst();
        System.out.println("findFirst " + first + " findAny " + IntStream.of(8).findAny().getAsInt());
        System.out.println("summary " + IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics());

        List<Integer> boxed = IntStream.range(0, 4).boxed().collect(Collectors.toList());
        System.out.println("boxed " + boxed);
        System.out.println("mapToObj " + IntStream.range(0, 4).mapToObj(i -> "#" + i).collect(Collectors.joining(",")));
        System.out.println("asLong " + Arrays.toString(IntStream.of(Integer.MAX_VALUE).asLongStream().map(l -> l + 1).toArray()));
        System.out.println("asDouble " + Arrays.toString(IntStream.of(1, 2).asDoubleStream().map(d -> d / 4).toArray()));
        System.out.println("mapToLong " + IntStream.of(100000).mapToLong(i -> (long) i * i).sum());
        System.out.println("mapToDouble " + IntStream.of(1, 3).mapToDouble(i -> i / 2.0).sum());
        System.out.println("chars " + Stream.of("ab", "c").flatMapToInt(String::chars).boxed().toList());

        PrimitiveIterator.OfInt it = IntStream.of(7, 8, 9).iterator();
        System.out.print("iterator");
        while (it.hasNext()) {
            System.out.print(" " + it.nextInt());
        }
        System.out.println();
        Spliterator.OfInt spl = IntStream.range(0, 3).map(i -> i + 100).spliterator();
        spl.tryAdvance((int i) -> System.out.println("tryAdvance " + i));
        spl.forEachRemaining((int i) -> System.out.println("remaining " + i));

        long[] longs = LongStream.iterate(1, l -> l * 10).limit(19).toArray();
        System.out.println("longs " + longs[18] + " sum " + LongStream.of(longs).sum());
        System.out.println("long summary " + LongStream.rangeClosed(1, 5).map(l -> l * 1_000_000_000L).summaryStatistics());
        System.out.println("long ops " + LongStream.of(5, 3, 5, 1).distinct().sorted().boxed().toList()
                + " " + LongStream.of(9, 2).mapToInt(l -> (int) l * 2).sum() + " " + LongStream.empty().average()
                + " " + LongStream.of(3, 4).average() + " " + LongStream.of(-7, 7).max());
        System.out.println("long to double " + Arrays.toString(LongStream.of(1L << 53, (1L << 53) + 1).asDoubleStream().toArray()));

        double[] ds = {0.5, -1.25, 3.0, Double.NaN, -0.0, 0.0};
        System.out.println("sorted doubles " + Arrays.toString(DoubleStream.of(ds).sorted().toArray()));
        System.out.println("distinct doubles " + Arrays.toString(DoubleStream.of(0.0, -0.0, 0.0, Double.NaN, Double.NaN).distinct().toArray()));
        System.out.println("double min/max " + DoubleStream.of(ds).min() + " " + DoubleStream.of(0.5, -1.25).max()
                + " " + DoubleStream.of(-0.0, 0.0).min() + " " + DoubleStream.of(-0.0, 0.0).max());
        System.out.println("double sum " + DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + DoubleStream.of(1e100, 1.0, -1e100).sum()
                + " " + DoubleStream.of(Double.POSITIVE_INFINITY, 1).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum());
        OptionalDouble avg = DoubleStream.of(0.1, 0.2, 0.3, 0.4).average();
        System.out.println("double average " + avg + " " + DoubleStream.empty().average());
        System.out.println("double ops " + DoubleStream.iterate(1.0, d -> d / 2).limit(5).mapToObj(d -> "" + d).toList()
                + " " + DoubleStream.of(2.7, -2.7).mapToInt(d -> (int) d).boxed().toList()
                + " " + DoubleStream.of(2.5e10).mapToLong(d -> (long) d).sum()
                + " " + DoubleStream.of(1, 2, 3).reduce(0, (a, b) -> a * 10 + b)
                + " " + DoubleStream.generate(() -> 1.5).limit(3).sum());
        System.out.println("double summary " + DoubleStream.of(1.5, 2.5, 1e-7).summaryStatistics());
    }
}
