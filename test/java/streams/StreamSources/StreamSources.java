import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Where streams come from: factories, collections, maps, iterators, spliterators, Optional, builders. */
public class StreamSources {
    /** An Iterable that is not a Collection (its stream comes from Iterable.spliterator()). */
    static final class Countdown implements Iterable<Integer> {
        private final int from;

        Countdown(int from) {
            this.from = from;
        }

        @Override public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = from;

                @Override public boolean hasNext() {
                    return next > 0;
                }

                @Override public Integer next() {
                    System.out.print("<" + next + ">");
                    return next--;
                }
            };
        }
    }

    /** A hand-written spliterator: the Fibonacci numbers below a limit. */
    static final class Fibonacci extends Spliterators.AbstractSpliterator<Long> {
        private long a = 0;
        private long b = 1;
        private final long limit;

        Fibonacci(long limit) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.limit = limit;
        }

        @Override public boolean tryAdvance(Consumer<? super Long> action) {
            if (a > limit) {
                return false;
            }
            action.accept(a);
            long t = a + b;
            a = b;
            b = t;
            return true;
        }
    }

    public static void main(String[] args) {
        System.out.println("of " + Stream.of("x", "y", "z").toList() + " single " + Stream.of(7).toList()
                + " empty " + Stream.empty().count());
        System.out.println("ofNullable " + Stream.ofNullable(null).count() + " " + Stream.ofNullable("v").toList());
        System.out.println("iterate " + Stream.iterate("a", s -> s + "b").limit(4).toList());
        System.out.println("iterate3 " + Stream.iterate(1, i -> i <= 1000, i -> i * 7).toList());
        System.out.println("iterate3 none " + Stream.iterate(5, i -> i < 0, i -> i + 1).count());
        int[] n = {0};
        System.out.println("generate " + Stream.generate(() -> "g" + n[0]++).limit(3).collect(Collectors.joining(",")));
        System.out.println("concat " + Stream.concat(Stream.of(1, 2), Stream.of(3)).toList()
                + " nested " + Stream.concat(Stream.concat(Stream.of("a"), Stream.empty()), Stream.of("b", "c")).toList());
        Stream.Builder<String> builder = Stream.builder();
        builder.add("one").add("two").accept("three");
        System.out.println("builder " + builder.build().map(String::length).toList());
        System.out.println("toArray " + Arrays.toString(Stream.of("p", "q").toArray(String[]::new))
                + " " + Stream.of(1, 2).toArray().getClass().getSimpleName());

        System.out.println("Optional.stream " + Optional.of("here").stream().toList() + " " + Optional.empty().stream().count()
                + " " + OptionalInt.of(3).stream().sum() + " " + OptionalInt.empty().stream().count());
        List<Optional<String>> maybe = List.of(Optional.of("a"), Optional.empty(), Optional.of("c"));
        System.out.println("flatMap optionals " + maybe.stream().flatMap(Optional::stream).toList());

        List<Integer> list = new ArrayList<>(List.of(5, 3, 8));
        Stream<Integer> late = list.stream();
        list.add(1);
        System.out.println("late binding " + late.toList());
        ArrayDeque<String> deque = new ArrayDeque<>(List.of("m", "n"));
        deque.addFirst("l");
        System.out.println("deque " + deque.stream().collect(Collectors.joining()));
        PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(9, 4, 7, 1, 8));
        System.out.println("priority queue array order " + pq.stream().toList() + " sorted " + pq.stream().sorted().toList());
        Map<String, Integer> hash = new HashMap<>();
        for (String k : new String[] {"delta", "alpha", "charlie", "bravo", "echo", "foxtrot"}) {
            hash.put(k, k.length());
        }
        System.out.println("hash keys " + hash.keySet().stream().toList());
        System.out.println("hash entries " + hash.entrySet().stream().filter(e -> e.getValue() > 4)
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
        System.out.println("values sum " + hash.values().stream().mapToInt(Integer::intValue).sum());
        LinkedHashMap<String, Integer> linked = hash.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        System.out.println("sorted into linked " + linked);
        Map<Integer, String> inverted = linked.entrySet().stream()
                .map(e -> Map.entry(e.getValue(), e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + "+" + b, TreeMap::new));
        System.out.println("inverted " + inverted);
        TreeMap<Integer, String> tree = new TreeMap<>(Map.of(3, "c", 1, "a", 2, "b"));
        System.out.println("tree keys " + tree.keySet().stream().toList() + " descending "
                + tree.descendingMap().values().stream().collect(Collectors.joining()));

        Iterator<String> iterator = List.of("i1", "i2", "i3").iterator();
        Stream<String> fromIterator = StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
        System.out.println("from iterator " + fromIterator.map(String::toUpperCase).toList());
        Spliterator<Integer> sized = Spliterators.spliterator(List.of(1, 2, 3, 4).iterator(), 4, Spliterator.ORDERED);
        System.out.println("sized iterator " + sized.getExactSizeIfKnown() + " " + StreamSupport.stream(sized, false).count());
        System.out.println("countdown ");
        System.out.println(" -> " + StreamSupport.stream(new Countdown(4).spliterator(), false).filter(i -> i % 2 == 0).toList());
        System.out.println(" first " + StreamSupport.stream(new Countdown(9).spliterator(), false).findFirst().get());
        System.out.println("fibonacci " + StreamSupport.stream(new Fibonacci(100), false).toList());
        System.out.println("fibonacci even sum " + StreamSupport.stream(new Fibonacci(4_000_000), false)
                .filter(f -> f % 2 == 0).mapToLong(Long::longValue).sum());
        System.out.println("supplier source " + StreamSupport.stream(() -> List.of("s1", "s2").spliterator(),
                Spliterator.SIZED | Spliterator.ORDERED, false).toList());

        Spliterator<String> split = Arrays.spliterator(new String[] {"a", "b", "c", "d", "e"});
        Spliterator<String> prefix = split.trySplit();
        System.out.print("trySplit prefix");
        prefix.forEachRemaining(s -> System.out.print(" " + s));
        System.out.print(" | rest");
        split.forEachRemaining(s -> System.out.print(" " + s));
        System.out.println(" | sizes " + prefix.estimateSize() + " " + split.estimateSize());
        Spliterator.OfInt range = IntStream.range(0, 10).spliterator();
        Spliterator.OfInt firstHalf = range.trySplit();
        System.out.println("range split " + firstHalf.estimateSize() + "+" + range.estimateSize()
                + " sorted " + range.hasCharacteristics(Spliterator.SORTED) + " comparator " + range.getComparator());
        Iterator<Integer> adapted = Spliterators.iterator(Arrays.spliterator(new Integer[] {4, 5}));
        System.out.println("spliterator iterator " + adapted.next() + adapted.next() + adapted.hasNext());

        System.out.println("mapMulti " + Stream.of(1, 2, 3).<String>mapMulti((i, sink) -> {
            for (int k = 0; k < i; k++) {
                sink.accept(i + ":" + k);
            }
        }).toList());
        System.out.println("mapMultiToInt " + Stream.of("ab", "c").mapMultiToInt((s, sink) -> s.chars().forEach(sink)).sum());
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3));
        System.out.println("flatten " + nested.stream().flatMap(List::stream).map(i -> i * 10).toList());
        System.out.println("arrays " + Arrays.stream(new String[] {"q", "r", "s", "t"}, 1, 3).toList()
                + " " + Arrays.stream(new long[] {5L, 6L}).sum() + " " + Arrays.stream(new double[] {0.5, 0.25}, 1, 2).sum());
        System.out.println("chars of collection " + List.of("to", "be").stream().flatMapToInt(String::chars).count());
        BitSet bits = new BitSet();
        IntStream.of(3, 64, 5, 200).forEach(bits::set);
        IntStream setBits = bits.stream();
        bits.set(1);
        System.out.println("bitset " + setBits.boxed().toList() + " count " + bits.stream().peek(i -> System.out.print("!")).count()
                + " sum " + bits.stream().filter(i -> i < 100).sum());
    }
}
