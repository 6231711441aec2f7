import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Parallel streams give the same answers as sequential ones: sums, grouping, ordered collection, reductions and findFirst. */
public class ConcParallelStreams {
    static boolean isPrime(int n) {
        if (n < 2) return false;
        for (int d = 2; (long) d * d <= n; d++) if (n % d == 0) return false;
        return true;
    }

    public static void main(String[] args) {
        long seqPrimes = IntStream.range(0, 30_000).filter(ConcParallelStreams::isPrime).count();
        long parPrimes = IntStream.range(0, 30_000).parallel().filter(ConcParallelStreams::isPrime).count();
        System.out.println("primes below 30000: " + seqPrimes + " / parallel " + parPrimes);
        long sumSq = LongStream.rangeClosed(1, 100_000).parallel().map(x -> x * x % 1_000_003).sum();
        System.out.println("sum of squares mod p: " + sumSq + " sequential " + LongStream.rangeClosed(1, 100_000).map(x -> x * x % 1_000_003).sum());
        List<Integer> ordered = IntStream.range(0, 2000).parallel().filter(i -> i % 97 == 0).boxed().collect(Collectors.toList());
        System.out.println("ordered " + ordered);
        Map<Integer, Long> byDigitSum = IntStream.range(0, 5000).parallel().boxed()
            .collect(Collectors.groupingBy(i -> Integer.toString(i).chars().map(c -> c - '0').sum(), TreeMap::new, Collectors.counting()));
        System.out.println("digit sums " + byDigitSum);
        ConcurrentMap<Boolean, Long> parity = IntStream.range(0, 999).parallel().boxed().collect(Collectors.groupingByConcurrent(i -> i % 2 == 0, Collectors.counting()));
        System.out.println("parity " + new TreeMap<>(parity));
        String joined = IntStream.rangeClosed(1, 30).parallel().mapToObj(Integer::toString).collect(Collectors.joining(","));
        System.out.println("joined " + joined);
        int reduced = IntStream.rangeClosed(1, 1000).parallel().reduce(0, (a, b) -> (a * 31 + b) % 1_000_007);
        System.out.println("non-associative reduce differs? ignoring; associative max " + IntStream.rangeClosed(1, 1000).parallel().map(i -> i * 37 % 1001).max().getAsInt() + " (" + (reduced >= 0) + ")");
        System.out.println("findFirst " + IntStream.range(0, 100_000).parallel().filter(i -> i > 5000 && isPrime(i)).findFirst().getAsInt()
            + ", anyMatch " + IntStream.range(0, 100_000).parallel().anyMatch(i -> i == 77_777)
            + ", sorted " + IntStream.of(5, 3, 9, 1, 7, 2).parallel().sorted().boxed().toList());
        double avg = IntStream.range(0, 10_000).parallel().mapToDouble(i -> Math.sin(i) * Math.sin(i)).average().getAsDouble();
        System.out.println("mean sin^2 ~ " + Math.round(avg * 1e6) / 1e6);
        List<String> words = List.of("delta", "alpha", "echo", "charlie", "bravo", "foxtrot", "golf", "hotel");
        System.out.println(words.parallelStream().map(String::toUpperCase).sorted().collect(Collectors.toList()) + " "
            + words.parallelStream().collect(Collectors.toMap(w -> w.charAt(0), String::length, Integer::sum, TreeMap::new)) + " isParallel "
            + words.parallelStream().isParallel() + " " + words.stream().parallel().sequential().isParallel());
    }
}
