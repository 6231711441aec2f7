import java.util.ArrayList;
import java.util.List;

/** Formats (fixed, fake) benchmark results like a JMH-style harness: progress bars, scores, errors. */
public class FormatBenchmarkResults {
    record Result(String name, String mode, long ops, double score, double error, String unit, int threads) {
    }

    static String progressBar(int done, int total, int width) {
        int filled = (int) ((long) done * width / total);
        return String.format("[%s%s] %3d%% (%d/%d)", "=".repeat(filled), " ".repeat(width - filled), done * 100 / total,
                done, total);
    }

    static String humanRate(double perSecond) {
        String[] units = {"", "K", "M", "G", "T"};
        int u = 0;
        while (perSecond >= 1000 && u < units.length - 1) {
            perSecond /= 1000;
            u++;
        }
        return String.format("%.2f%s ops/s", perSecond, units[u]);
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int exp = (int) (Math.log(bytes) / Math.log(1024));
        return String.format("%.1f %siB", bytes / Math.pow(1024, exp), "KMGTPE".charAt(exp - 1));
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 10; i += 2) {
            System.out.println("warmup " + progressBar(i, 10, 20));
        }
        List<Result> results = new ArrayList<>();
        results.add(new Result("ArrayListAdd", "thrpt", 52_345_678L, 1.2345678e7, 2.3456e5, "ops/s", 1));
        results.add(new Result("HashMapGet", "thrpt", 987_654_321L, 9.87654321e8, 1.0e7, "ops/s", 4));
        results.add(new Result("StringConcat", "avgt", 1_000L, 45.678912, 0.1234, "ns/op", 1));
        results.add(new Result("RegexMatch", "avgt", 12L, 1234.5, 98.76, "ns/op", 2));
        results.add(new Result("SortMillion", "ss", 5L, 0.0875, 0.0049999, "s/op", 1));
        results.add(new Result("Noop", "thrpt", 3_000_000_000L, 3.5e9, 0.0, "ops/s", 8));

        System.out.printf("%n%-20s %6s %3s %15s %3s %12s %-6s%n", "Benchmark", "Mode", "Thr", "Score", "", "Error", "Units");
        for (Result r : results) {
            System.out.printf("%-20s %6s %3d %,15.3f %3s %12.3f %-6s%n", r.name(), r.mode(), r.threads(), r.score(), "+-",
                    r.error(), r.unit());
        }
        System.out.println();
        for (Result r : results) {
            double rel = r.score() == 0 ? 0 : 100.0 * r.error() / r.score();
            String rate = r.mode().equals("thrpt") ? humanRate(r.score()) : String.format("%.4g %s", r.score(), r.unit());
            System.out.printf("%-14s %-18s +/- %6.2f%%  ops=%,d  (%s)%n", r.name(), rate, rel, r.ops(),
                    Long.toHexString(r.ops()));
        }
        System.out.println();
        long[] sizes = {0, 1, 1023, 1024, 1536, 1_048_576, 123_456_789, 5_368_709_120L, Long.MAX_VALUE / 3};
        for (long s : sizes) {
            System.out.printf("%,25d bytes = %s%n", s, humanBytes(s));
        }
        double base = results.get(0).score();
        System.out.println();
        System.out.println("Relative to " + results.get(0).name() + ":");
        for (Result r : results) {
            double ratio = r.score() / base;
            System.out.printf("  %-14s %10.4fx %s%n", r.name(), ratio, ratio > 1 ? "faster" : ratio < 1 ? "slower" : "same");
        }
        System.out.printf("%nTotal operations: %,d (%e)%n", results.stream().mapToLong(Result::ops).sum(),
                (double) results.stream().mapToLong(Result::ops).sum());
    }
}
