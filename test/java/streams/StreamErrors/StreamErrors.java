import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Exceptions thrown by streams and collectors, their messages, and close handlers. */
public class StreamErrors {
    static void attempt(String label, Runnable action) {
        try {
            action.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
            for (Throwable s : e.getSuppressed()) {
                System.out.println("  suppressed " + s);
            }
        }
    }

    public static void main(String[] args) {
        Stream<String> used = Stream.of("a", "b");
        used.forEach(s -> { });
        attempt("reuse after terminal", () -> used.count());
        Stream<String> linked = Stream.of("a", "b");
        linked.map(String::length);
        attempt("reuse after map", () -> linked.filter(s -> true));
        attempt("onClose after link", () -> linked.onClose(() -> { }));
        attempt("iterator after link", () -> linked.iterator());
        Stream<Integer> closed = Stream.of(1, 2);
        closed.close();
        attempt("use after close", () -> closed.toList());
        IntStream ints = IntStream.range(0, 3);
        ints.sum();
        attempt("int reuse", () -> ints.boxed());
        Stream<Integer> skipped = Stream.of(1);
        Stream<Integer> same = skipped.skip(0);
        System.out.println("skip(0) is same stream: " + (same == skipped));
        Stream<Integer> par = Stream.of(1, 2, 3);
        System.out.println("parallel is same stream: " + (par.parallel() == par) + " " + par.isParallel()
                + " " + par.sequential().isParallel());
        System.out.println("parallelStream " + List.of(1, 2).parallelStream().isParallel()
                + " sum " + List.of(1, 2, 3).parallelStream().mapToInt(i -> i).sum());

        attempt("limit(-1)", () -> Stream.of(1).limit(-1));
        attempt("skip(-5)", () -> IntStream.of(1).skip(-5));
        attempt("null mapper", () -> Stream.of(1).map(null));
        attempt("null key", () -> Stream.of("a", "bb").collect(Collectors.groupingBy(s -> s.length() > 1 ? null : s)));
        attempt("duplicate key", () -> Stream.of("one", "two", "three", "four")
                .collect(Collectors.toMap(String::length, s -> s)));
        attempt("duplicate key ints", () -> IntStream.of(7, 3, 7).boxed().collect(Collectors.toMap(i -> i, i -> i * 2)));
        attempt("null value", () -> Stream.of("x").collect(Collectors.toMap(s -> s, s -> null)));
        attempt("merge null value", () -> Stream.of("x").collect(Collectors.toMap(s -> s, s -> (String) null, (a, b) -> a)));
        attempt("unmodifiable list null", () -> Stream.of("a", null).collect(Collectors.toUnmodifiableList()));
        attempt("unmodifiable map dup", () -> Stream.of(1, 1).collect(Collectors.toUnmodifiableMap(i -> i, i -> i)));
        attempt("findFirst null", () -> Stream.of((String) null, "x").findFirst());
        attempt("max null", () -> Stream.of("a", null).reduce((a, b) -> b));
        attempt("reducing null", () -> System.out.println("  -> " + Stream.of("a", "b").collect(Collectors.reducing((a, b) -> null))));
        attempt("optional get", () -> Stream.empty().findAny().get());
        attempt("optional orElseThrow", () -> IntStream.empty().max().orElseThrow());
        attempt("toList add", () -> Stream.of(1, 2).toList().add(3));
        attempt("toList set", () -> Stream.of(1, 2).toList().set(0, 3));
        System.out.println("toList nulls " + Stream.of(null, "z").toList() + " " + Stream.of(null, "z").toList().contains(null));
        attempt("partition put", () -> Stream.of(1).collect(Collectors.partitioningBy(i -> true)).put(true, List.of()));
        attempt("array range", () -> Arrays.stream(new String[] {"a", "b"}, 1, 3).count());
        attempt("array range inverted", () -> Arrays.stream(new long[4], 3, 1));
        attempt("array range negative", () -> Arrays.stream(new double[4], -2, 1));
        attempt("random size", () -> new Random(1).ints(-3));
        attempt("random bounds", () -> new Random(1).ints(10, 5));
        attempt("random double bounds", () -> new Random(1).doubles(2.0, 1.0));
        attempt("builder after build", () -> {
            Stream.Builder<String> b = Stream.builder();
            b.accept("x");
            b.build();
            b.add("y");
        });
        attempt("int builder twice", () -> {
            IntStream.Builder b = IntStream.builder();
            b.build();
            b.build();
        });
        Iterator<Integer> it = Stream.of(1).iterator();
        it.next();
        attempt("iterator exhausted", () -> it.next());
        attempt("iterator remove", () -> IntStream.of(1).iterator().remove());
        attempt("exception in lambda", () -> Stream.of(1, 0, 2).map(i -> 10 / i).forEach(i -> System.out.println("  got " + i)));
        attempt("sorted huge", () -> new Random(1).ints().sorted().findFirst());
        attempt("toArray wrong size", () -> Stream.of(1, 2, 3).toArray(n -> new Integer[n + 1]));
        attempt("toArray too small", () -> Stream.of(1, 2, 3).filter(i -> true).toArray(n -> new Integer[1]));
        attempt("toArray wrong type", () -> Stream.of(1, 2).map(i -> (Object) i).toArray(String[]::new));
        attempt("toArray generator first", () -> Stream.of(1, 2).peek(i -> System.out.println("  peek " + i))
                .toArray(n -> {
                    System.out.println("  generator " + n);
                    return new Integer[n];
                }));
        attempt("cast in collect", () -> {
            Object o = Stream.of("a").collect(Collectors.toList());
            Map<?, ?> m = (Map<?, ?>) o;
            System.out.println(m);
        });

        Stream<String> handlers = Stream.of("q").onClose(() -> System.out.println("close 1"))
                .onClose(() -> System.out.println("close 2"));
        handlers.close();
        handlers.close();
        try (Stream<Integer> s = Stream.of(4, 5).onClose(() -> System.out.println("closed by try"))) {
            System.out.println("sum in try " + s.mapToInt(i -> i).sum());
        }
        attempt("throwing close handlers", () -> Stream.of(1)
                .onClose(() -> { throw new IllegalStateException("first"); })
                .onClose(() -> System.out.println("  second still runs"))
                .onClose(() -> { throw new IllegalArgumentException("third"); })
                .close());
        Stream<Integer> a = Stream.of(1).onClose(() -> System.out.println("close a"));
        Stream<Integer> b = Stream.of(2).onClose(() -> System.out.println("close b"));
        Stream<Integer> both = Stream.concat(a, b).onClose(() -> System.out.println("close concat"));
        System.out.println("concat " + both.toList());
        both.close();
        attempt("concat consumed", () -> Stream.concat(a, Stream.of(3)));
        Supplier<Stream<String>> inner = () -> Stream.of("i", "j").onClose(() -> System.out.println("inner closed"));
        System.out.println("flatMap " + Stream.of(1, 2).flatMap(i -> inner.get()).collect(Collectors.joining()));
        System.out.println("flatMapping " + Stream.of(1).collect(Collectors.flatMapping(i -> inner.get(), Collectors.toList())));
        Optional<Integer> none = Stream.<Integer>empty().reduce(Integer::sum);
        System.out.println("empty reduce " + none + " " + none.isPresent());
        attempt("no such element class", () -> {
            throw new NoSuchElementException("custom");
        });
    }
}
