import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Int/Long/DoubleSummaryStatistics: values, toString formatting (six decimals), combine and checks. */
public class SummaryStatisticsFormat {
    static class Custom extends IntSummaryStatistics {
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + " ok");
        } catch (IllegalArgumentException e) {
            System.out.println(label + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println(IntStream.of(1, 2, 3).summaryStatistics());
        System.out.println(IntStream.empty().summaryStatistics());
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE).summaryStatistics());
        System.out.println(IntStream.of(-7, 2).summaryStatistics());
        System.out.println(IntStream.of(1, 2).summaryStatistics());
        System.out.println(IntStream.of(2, 2, 3).summaryStatistics());
        System.out.println(IntStream.rangeClosed(1, 7).summaryStatistics());
        System.out.println(LongStream.of(Long.MAX_VALUE, 1).summaryStatistics());
        System.out.println(LongStream.of(-5, -6, 10_000_000_000L).summaryStatistics());
        System.out.println(LongStream.empty().summaryStatistics());

        double[][] samples = {
                {1.5, 2.25, -0.0},
                {0.1, 0.2, 0.3},
                {0.0000005, 0.0000004},
                {-0.0000004},
                {0.0000015, -0.0000025},
                {123456.7890125, 0.9999995},
                {1e15, 1.0, 1e-15},
                {1e22, 3e22},
                {1e300, 1e300},
                {Double.MAX_VALUE, Double.MAX_VALUE},
                {Double.NaN, 1.0},
                {Double.POSITIVE_INFINITY, 2.0},
                {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY},
                {Double.MIN_VALUE},
                {2.5, 3.5, 0.5},
                {0.125, 0.0625, 0.03125, 0.015625},
                {999999.9999995, 9.9999995},
                {-1234.5678, 8765.4321, 0.000001},
                {},
        };
        for (double[] s : samples) {
            DoubleSummaryStatistics st = DoubleStream.of(s).summaryStatistics();
            System.out.println(st);
            System.out.println("  sum=" + st.getSum() + " avg=" + st.getAverage() + " min=" + st.getMin() + " max=" + st.getMax());
        }

        double[] tenths = new double[1000];
        java.util.Arrays.fill(tenths, 0.1);
        DoubleSummaryStatistics compensated = DoubleStream.of(tenths).summaryStatistics();
        double naive = 0;
        for (double d : tenths) {
            naive += d;
        }
        System.out.println("compensated " + compensated.getSum() + " naive " + naive + " stream sum "
                + DoubleStream.of(tenths).sum() + " average " + DoubleStream.of(tenths).average().getAsDouble());

        IntSummaryStatistics a = IntStream.of(5, 10).summaryStatistics();
        IntSummaryStatistics b = IntStream.of(-3).summaryStatistics();
        a.combine(b);
        System.out.println("combined " + a + " " + a.getCount() + " " + a.getSum() + " " + a.getAverage());
        LongSummaryStatistics l = new LongSummaryStatistics();
        l.accept(4);
        l.accept(9L);
        l.combine(LongStream.of(100).summaryStatistics());
        System.out.println("long combined " + l);
        DoubleSummaryStatistics d1 = DoubleStream.of(0.1, 0.2).summaryStatistics();
        d1.combine(DoubleStream.of(0.3, 0.4).summaryStatistics());
        System.out.println("double combined " + d1 + " " + d1.getSum());

        System.out.println("constructed " + new IntSummaryStatistics(3, -1, 9, 12));
        System.out.println("constructed empty " + new LongSummaryStatistics(0, 50, 1, 99));
        System.out.println("constructed double " + new DoubleSummaryStatistics(4, 0.5, 2.5, 6.0));
        attempt("negative count", () -> new IntSummaryStatistics(-1, 0, 0, 0));
        attempt("min > max", () -> new LongSummaryStatistics(2, 9, 1, 10));
        attempt("partial NaN", () -> new DoubleSummaryStatistics(1, Double.NaN, 1.0, 1.0));
        attempt("all NaN", () -> new DoubleSummaryStatistics(1, Double.NaN, Double.NaN, Double.NaN));

        System.out.println(new Custom());
        Custom c = Stream.of("aa", "b", "cccc").collect(Custom::new, (s, w) -> s.accept(w.length()), Custom::combine);
        System.out.println(c);

        System.out.println(Stream.of("x", "yy", "zzz").collect(Collectors.summarizingInt(String::length)));
        System.out.println(Stream.of("x", "yy", "zzz").collect(Collectors.summarizingLong(w -> w.length() * 1000L)));
        System.out.println(Stream.of("x", "yy", "zzz").collect(Collectors.summarizingDouble(w -> w.length() / 3.0)));
        System.out.println("averagingDouble " + Stream.of(0.1, 0.2, 0.3).collect(Collectors.averagingDouble(x -> x))
                + " summingDouble " + Stream.of(1e16, 1.0, 1.0, -1e16).collect(Collectors.summingDouble(x -> x)));
        System.out.println("infinite sums " + DoubleStream.of(Double.MAX_VALUE, Double.MAX_VALUE).sum()
                + " " + Stream.of(Double.POSITIVE_INFINITY, 1.0).collect(Collectors.summingDouble(x -> x))
                + " " + DoubleStream.of(Double.NEGATIVE_INFINITY, -1.0).average().getAsDouble());
    }
}
