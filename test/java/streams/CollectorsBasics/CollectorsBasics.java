import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Collectors: collections, maps, joining, arithmetic, reductions and their characteristics. */
public class CollectorsBasics {
    record City(String name, String country, int population, double area) {}

    static final List<City> CITIES = List.of(
            new City("Paris", "FR", 2161, 105.4),
            new City("Lyon", "FR", 513, 47.87),
            new City("Berlin", "DE", 3645, 891.8),
            new City("Hamburg", "DE", 1841, 755.2),
            new City("Munich", "DE", 1471, 310.4),
            new City("Rome", "IT", 2873, 1285.0),
            new City("Milan", "IT", 1352, 181.8),
            new City("Nice", "FR", 342, 71.92),
            new City("Turin", "IT", 870, 130.2));

    public static void main(String[] args) {
        List<String> names = CITIES.stream().map(City::name).collect(Collectors.toList());
        System.out.println("toList " + names + " " + names.getClass().getName());
        names.add("Extra");
        System.out.println("mutable " + names.size());

        Set<Integer> lengths = CITIES.stream().map(c -> c.name().length()).collect(Collectors.toSet());
        System.out.println("toSet " + lengths);
        Set<String> countries = CITIES.stream().map(City::country).collect(Collectors.toSet());
        System.out.println("countries " + countries);

        TreeSet<String> sorted = CITIES.stream().map(City::name).collect(Collectors.toCollection(TreeSet::new));
        System.out.println("toCollection " + sorted + " first=" + sorted.first());
        LinkedList<Integer> linked = Stream.of(3, 1, 2).collect(Collectors.toCollection(LinkedList::new));
        System.out.println("linked " + linked + " " + linked.getFirst());

        Map<String, Integer> pop = CITIES.stream().collect(Collectors.toMap(City::name, City::population));
        System.out.println("toMap " + pop);
        Map<String, Integer> byCountry = CITIES.stream()
                .collect(Collectors.toMap(City::country, City::population, Integer::sum));
        System.out.println("toMap merge " + byCountry);
        Map<String, String> longest = CITIES.stream().collect(Collectors.toMap(City::country, City::name,
                (a, b) -> a.length() >= b.length() ? a : b, TreeMap::new));
        System.out.println("toMap tree " + longest + " " + longest.getClass().getSimpleName());
        Map<Integer, String> linkedMap = CITIES.stream().collect(Collectors.toMap(City::population, City::name,
                (a, b) -> a, LinkedHashMap::new));
        System.out.println("toMap linked " + linkedMap);

        List<String> unmodifiable = Stream.of("x", "y").collect(Collectors.toUnmodifiableList());
        System.out.println("unmodifiable " + unmodifiable);
        try {
            unmodifiable.add("z");
        } catch (UnsupportedOperationException e) {
            System.out.println("add -> " + e.getClass().getName());
        }
        Set<Integer> unmodSet = Stream.of(4, 4, 5).collect(Collectors.toUnmodifiableSet());
        System.out.println("unmodSet size " + unmodSet.size() + " " + unmodSet.contains(4) + " " + unmodSet.contains(6));
        Map<String, Integer> unmodMap = CITIES.stream()
                .collect(Collectors.toUnmodifiableMap(City::name, City::population));
        System.out.println("unmodMap " + unmodMap.size() + " Rome=" + unmodMap.get("Rome"));
        Map<String, Integer> unmodMerged = CITIES.stream()
                .collect(Collectors.toUnmodifiableMap(City::country, c -> 1, Integer::sum));
        System.out.println("unmodMerged FR=" + unmodMerged.get("FR") + " DE=" + unmodMerged.get("DE"));

        System.out.println("joining " + CITIES.stream().map(City::name).collect(Collectors.joining()));
        System.out.println("joining, " + CITIES.stream().map(City::name).collect(Collectors.joining(", ")));
        System.out.println("joining[] " + CITIES.stream().map(City::name).collect(Collectors.joining("|", "[", "]")));
        System.out.println("empty join " + Stream.<String>empty().collect(Collectors.joining(",", "<", ">")));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("charseqs " + Stream.of(sb, "str", new StringBuilder("x")).collect(Collectors.joining("+")));

        System.out.println("counting " + CITIES.stream().collect(Collectors.counting()));
        System.out.println("summingInt " + CITIES.stream().collect(Collectors.summingInt(City::population)));
        System.out.println("summingLong " + CITIES.stream().collect(Collectors.summingLong(c -> c.population() * 1000000L)));
        System.out.println("summingDouble " + CITIES.stream().collect(Collectors.summingDouble(City::area)));
        System.out.println("averagingInt " + CITIES.stream().collect(Collectors.averagingInt(City::population)));
        System.out.println("averagingLong " + CITIES.stream().collect(Collectors.averagingLong(City::population)));
        System.out.println("averagingDouble " + CITIES.stream().collect(Collectors.averagingDouble(City::area)));
        System.out.println("averaging empty " + Stream.<City>empty().collect(Collectors.averagingInt(City::population)));
        System.out.println("summing tenths " + Stream.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)
                .collect(Collectors.summingDouble(d -> d)));

        Optional<City> smallest = CITIES.stream().collect(Collectors.minBy(Comparator.comparingInt(City::population)));
        Optional<City> largest = CITIES.stream().collect(Collectors.maxBy(Comparator.comparingDouble(City::area)));
        System.out.println("minBy " + smallest.map(City::name).orElse("?") + " maxBy " + largest.get().name());
        System.out.println("minBy empty " + Stream.<String>empty().collect(Collectors.minBy(Comparator.naturalOrder())));
        Optional<String> firstOfLongest = Stream.of("bb", "aa", "c", "dd")
                .collect(Collectors.maxBy(Comparator.comparingInt(String::length)));
        System.out.println("maxBy tie " + firstOfLongest.get());

        System.out.println("reducing1 " + Stream.of(1, 2, 3, 4).collect(Collectors.reducing(0, Integer::sum)));
        System.out.println("reducing2 " + Stream.of(5, 3, 8).collect(Collectors.reducing(Integer::max)));
        System.out.println("reducing3 " + CITIES.stream().collect(Collectors.reducing(0, City::population, Integer::sum)));
        System.out.println("reducing empty " + Stream.<Integer>empty().collect(Collectors.reducing(Integer::max)));

        List<String> upper = CITIES.stream().collect(Collectors.collectingAndThen(
                Collectors.mapping(c -> c.name().toUpperCase(), Collectors.toList()), l -> {
                    l.sort(Comparator.reverseOrder());
                    return l;
                }));
        System.out.println("collectingAndThen " + upper);
        int size = CITIES.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size));
        System.out.println("size " + size);

        String summary = CITIES.stream().collect(Collectors.teeing(
                Collectors.counting(), Collectors.summingInt(City::population), (n, total) -> n + " cities, " + total));
        System.out.println("teeing " + summary);

        System.out.println("ch toList " + Collectors.toList().characteristics());
        System.out.println("ch toSet " + Collectors.toSet().characteristics());
        System.out.println("ch joining " + Collectors.joining().characteristics());
        System.out.println("ch toMap " + Collectors.toMap(x -> x, x -> x).characteristics());
        System.out.println("ch andThen " + Collectors.collectingAndThen(Collectors.toSet(), s -> s).characteristics());
        System.out.println("ch unmodSet " + Collectors.toUnmodifiableSet().characteristics());
        System.out.println("ch teeing " + Collectors.teeing(Collectors.toSet(), Collectors.toSet(), (a, b) -> a).characteristics());

        Collector<String, StringBuilder, String> custom = Collector.of(StringBuilder::new,
                (b, s) -> b.append(s.charAt(0)), StringBuilder::append, StringBuilder::toString);
        System.out.println("custom " + CITIES.stream().map(City::name).collect(custom) + " " + custom.characteristics());
        Collector<Integer, List<Integer>, List<Integer>> ident = Collector.of(ArrayList::new, List::add,
                (a, b) -> {
                    a.addAll(b);
                    return a;
                }, Collector.Characteristics.UNORDERED);
        System.out.println("ident " + Stream.of(9, 8).collect(ident) + " " + ident.characteristics());
        System.out.println("arrays " + Arrays.asList(1, 2, 3).stream().map(i -> i * i).collect(Collectors.toList()));
    }
}
