import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The order of side effects: laziness, short-circuiting, sorted as a barrier, count without traversal. */
public class LazinessAndShortCircuit {
    static final StringBuilder LOG = new StringBuilder();

    static void log(String s) {
        LOG.append(s).append(' ');
    }

    static void flush(String label) {
        System.out.println(label + ": " + LOG.toString().trim());
        LOG.setLength(0);
    }

    static <T> T note(String tag, T value) {
        log(tag + value);
        return value;
    }

    public static void main(String[] args) {
        Stream<Integer> lazy = Stream.of(1, 2, 3).peek(i -> log("p" + i)).map(i -> note("m", i * 2));
        flush("nothing before terminal");
        lazy.forEach(i -> log("f" + i));
        flush("forEach");

        Optional<Integer> first = Stream.of(5, 6, 7, 8).peek(i -> log("p" + i)).filter(i -> note("t", i) % 2 == 0).findFirst();
        flush("findFirst " + first.get());
        boolean any = Stream.of(1, 3, 4, 5).peek(i -> log("p" + i)).anyMatch(i -> i % 2 == 0);
        flush("anyMatch " + any);
        boolean all = Stream.of(2, 4, 5, 6).peek(i -> log("p" + i)).allMatch(i -> i % 2 == 0);
        flush("allMatch " + all);
        boolean none = Stream.of(1, 3, 5).peek(i -> log("p" + i)).noneMatch(i -> i > 4);
        flush("noneMatch " + none);

        List<Integer> limited = Stream.of(1, 2, 3, 4, 5, 6).peek(i -> log("a" + i)).filter(i -> i % 2 == 1)
                .peek(i -> log("b" + i)).limit(2).collect(Collectors.toList());
        flush("limit " + limited);
        Stream.of(1, 2, 3).peek(i -> log("z" + i)).limit(0).forEach(i -> log("never"));
        flush("limit 0");
        List<Integer> skipped = Stream.of(1, 2, 3, 4, 5).peek(i -> log("s" + i)).skip(3).toList();
        flush("skip " + skipped);

        List<Integer> sorted = Stream.of(3, 1, 2).peek(i -> log("before" + i)).sorted().peek(i -> log("after" + i))
                .limit(2).toList();
        flush("sorted barrier " + sorted);
        IntStream.range(0, 3).peek(i -> log("r" + i)).sorted().forEach(i -> log("s" + i));
        flush("range already sorted");
        IntStream.of(2, 0, 1).peek(i -> log("r" + i)).sorted().forEach(i -> log("s" + i));
        flush("of must sort");
        new TreeSet<>(List.of("b", "c", "a")).stream().peek(s -> log("t" + s)).sorted().forEach(s -> log("u" + s));
        flush("treeset sorted");
        IntStream.range(0, 3).map(i -> i).peek(i -> log("x" + i)).sorted().forEach(i -> log("y" + i));
        flush("map loses sortedness");
        IntStream.range(0, 3).boxed().peek(i -> log("x" + i)).sorted().forEach(i -> log("y" + i));
        flush("boxed keeps sortedness");
        IntStream.range(0, 3).distinct().peek(i -> log("x" + i)).sorted().forEach(i -> log("y" + i));
        flush("int distinct loses sortedness");

        Optional<String> flat = Stream.of("ab", "cd", "ef").flatMap(s -> s.chars().mapToObj(c -> note("c", (char) c) + ""))
                .filter(s -> s.compareTo("c") > 0).findFirst();
        flush("flatMap findFirst " + flat.get());
        List<Integer> flatLimit = Stream.of(1, 2, 3)
                .flatMap(i -> Stream.of(i, i * 10, i * 100).peek(j -> log("in" + j)).onClose(() -> log("close" + i)))
                .limit(4).toList();
        flush("flatMap limit " + flatLimit);
        Stream.of(1, 2).flatMap(i -> Stream.of(i, -i).peek(j -> log("in" + j))).forEach(j -> log("out" + j));
        flush("flatMap forEach");

        List<Integer> taken = Stream.of(1, 2, 3, 10, 4, 5).peek(i -> log("p" + i)).takeWhile(i -> i < 5).toList();
        flush("takeWhile " + taken);
        List<Integer> dropped = Stream.of(1, 2, 3, 10, 4, 5).peek(i -> log("p" + i)).dropWhile(i -> i < 5).toList();
        flush("dropWhile " + dropped);

        List<Integer> iterated = Stream.iterate(1, i -> note("f", i * 2)).limit(5).toList();
        flush("iterate limit " + iterated);
        List<Integer> iterated3 = Stream.iterate(1, i -> note("test", i) < 20, i -> note("next", i * 3)).toList();
        flush("iterate3 " + iterated3);
        int[] calls = {0};
        List<Integer> generated = Stream.generate(() -> ++calls[0]).filter(i -> i % 3 == 0).limit(3).toList();
        System.out.println("generate " + generated + " calls " + calls[0]);

        long c1 = Stream.of(1, 2, 3, 4).peek(i -> log("p" + i)).map(i -> i + 1).count();
        flush("count sized " + c1);
        long c2 = Stream.of(1, 2, 3, 4).peek(i -> log("p" + i)).filter(i -> i > 1).count();
        flush("count filtered " + c2);
        long c3 = List.of(1, 2, 3, 4, 5).stream().peek(i -> log("p" + i)).skip(1).limit(2).count();
        flush("count sliced " + c3);
        long c4 = IntStream.range(0, 1000).peek(i -> log("never")).sorted().count();
        flush("count range " + c4);
        long c5 = Stream.iterate(0, i -> i + 1).peek(i -> log("q" + i)).limit(3).count();
        flush("count iterate " + c5);

        Iterator<Integer> it = Stream.of(1, 2, 3).peek(i -> log("p" + i)).map(i -> i * 5).iterator();
        flush("iterator created");
        log("hasNext=" + it.hasNext());
        flush("after hasNext");
        log("next=" + it.next());
        log("next=" + it.next());
        flush("after two next");
        it.forEachRemaining(i -> log("rest" + i));
        flush("forEachRemaining");

        Iterator<Integer> sortedIt = Stream.of(9, 7, 8).peek(i -> log("p" + i)).sorted().iterator();
        log("first=" + sortedIt.next());
        flush("sorted iterator");

        Spliterator<String> spl = Stream.of("x", "y", "z").peek(s -> log("p" + s)).spliterator();
        spl.tryAdvance(s -> log("got" + s));
        flush("spliterator tryAdvance " + spl.hasCharacteristics(Spliterator.SIZED));
        spl.forEachRemaining(s -> log("got" + s));
        flush("spliterator rest");

        List<String> seen = new ArrayList<>();
        String joined = Stream.of("a", "b", "c", "d").map(s -> {
            seen.add(s);
            return s.toUpperCase();
        }).takeWhile(s -> !s.equals("C")).collect(Collectors.joining());
        System.out.println("takeWhile map " + joined + " seen " + seen);

        Stream.of(1, 2, 3).peek(i -> log("a" + i)).unordered().parallel().sequential()
                .reduce(0, (x, y) -> note("sum", x + y));
        flush("reduce");
        Stream.concat(Stream.of(1, 2).peek(i -> log("L" + i)), Stream.of(3, 4).peek(i -> log("R" + i)))
                .filter(i -> i % 2 == 0).findFirst();
        flush("concat findFirst");
        long concatCount = Stream.concat(Stream.of(1, 2).peek(i -> log("L" + i)), Stream.of(3).map(i -> i)).count();
        flush("concat count " + concatCount);
    }
}
