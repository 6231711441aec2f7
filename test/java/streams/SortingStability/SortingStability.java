import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** sorted() and sorted(Comparator): stability, comparator combinators, distinct, min/max ties. */
public class SortingStability {
    record Card(String suit, int rank, int id) {
        @Override public String toString() {
            return suit + rank + "#" + id;
        }
    }

    static final class Version implements Comparable<Version> {
        final int major;
        final int minor;
        final String tag;

        Version(int major, int minor, String tag) {
            this.major = major;
            this.minor = minor;
            this.tag = tag;
        }

        @Override public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }

        @Override public String toString() {
            return major + "." + minor + tag;
        }
    }

    public static void main(String[] args) {
        String[] suits = {"S", "H", "D", "C"};
        List<Card> deck = IntStream.range(0, 40)
                .mapToObj(i -> new Card(suits[(i * 7) % 4], (i * 13) % 6 + 1, i))
                .collect(Collectors.toList());
        System.out.println("by rank " + deck.stream().sorted(Comparator.comparingInt(Card::rank)).toList());
        System.out.println("by suit " + deck.stream().sorted(Comparator.comparing(Card::suit)).limit(15).toList());
        System.out.println("by suit then rank desc " + deck.stream()
                .sorted(Comparator.comparing(Card::suit).thenComparing(Card::rank, Comparator.reverseOrder()))
                .limit(12).toList());
        System.out.println("reversed rank " + deck.stream().sorted(Comparator.comparingInt(Card::rank).reversed())
                .limit(10).toList());
        System.out.println("sorted twice " + deck.stream().sorted(Comparator.comparingInt(Card::id).reversed())
                .sorted(Comparator.comparingInt(Card::rank)).limit(10).toList());

        List<Version> versions = List.of(new Version(1, 2, "a"), new Version(0, 9, "b"), new Version(1, 2, "c"),
                new Version(1, 0, "d"), new Version(0, 9, "e"), new Version(2, 0, "f"), new Version(1, 2, "g"));
        System.out.println("natural " + versions.stream().sorted().toList());
        System.out.println("natural reversed " + versions.stream().sorted(Comparator.reverseOrder()).toList());
        System.out.println("min " + versions.stream().min(Comparator.naturalOrder()).get()
                + " max " + versions.stream().max(Comparator.naturalOrder()).get());
        System.out.println("min/max ties " + Stream.of("bb", "a", "cc", "d").min(Comparator.comparingInt(String::length)).get()
                + " " + Stream.of("bb", "a", "cc", "d").max(Comparator.comparingInt(String::length)).get());

        List<String> words = List.of("delta", "Alpha", "charlie", "bravo", "Echo", "alpha", "Delta", "echo");
        System.out.println("strings " + words.stream().sorted().toList());
        System.out.println("case-insensitive " + words.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        System.out.println("by length then natural " + words.stream()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).toList());
        System.out.println("nulls first " + Stream.of("b", null, "a", null).sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList());
        System.out.println("nulls last " + Stream.of("b", null, "a").sorted(Comparator.nullsLast(Comparator.<String>reverseOrder())).toList());

        System.out.println("distinct keeps first " + Stream.of(3, 1, 3, 2, 1, 4, 2).distinct().toList());
        System.out.println("distinct sorted " + Stream.of(5, 1, 5, 3, 1).sorted().distinct().toList());
        System.out.println("distinct null " + Stream.of("x", null, "y", null, "x").distinct().toList());
        List<Version> distinctVersions = versions.stream().distinct().toList();
        System.out.println("distinct identity " + distinctVersions.size());

        Map<Integer, List<Integer>> ranks = deck.stream().sorted(Comparator.comparing(Card::suit))
                .collect(Collectors.groupingBy(Card::rank, TreeMap::new, Collectors.mapping(Card::id, Collectors.toList())));
        System.out.println("grouped after sort " + ranks);

        Optional<Card> best = deck.stream().max(Comparator.comparingInt(Card::rank).thenComparing(Card::suit));
        System.out.println("best " + best.get());
        System.out.println("top3 ids " + deck.stream().sorted(Comparator.comparingInt((Card c) -> c.rank() * 100 + c.id()).reversed())
                .limit(3).map(Card::id).toList());

        int[] big = IntStream.range(0, 2000).map(i -> (i * 7919) % 1009).toArray();
        List<Integer> sortedBig = IntStream.of(big).boxed().sorted(Comparator.reverseOrder()).toList();
        System.out.println("big " + sortedBig.subList(0, 8) + " ... " + sortedBig.subList(1992, 2000));
        int[] stable = IntStream.range(0, 2000).boxed()
                .sorted(Comparator.comparingInt(i -> big[i])).mapToInt(Integer::intValue).limit(12).toArray();
        System.out.println("stable indices " + java.util.Arrays.toString(stable));
        System.out.println("sorted ints " + java.util.Arrays.toString(IntStream.of(big).sorted().skip(1990).toArray()));
        System.out.println("entries " + Map.of("k1", 3, "k2", 1, "k3", 2).entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList());
        System.out.println("entries by key desc " + new TreeMap<>(Map.of("b", 1, "a", 2, "c", 3)).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByKey().reversed()).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
    }
}
