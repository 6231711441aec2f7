import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** groupingBy / partitioningBy with downstream collectors, into HashMap, TreeMap and LinkedHashMap. */
public class GroupingAndPartitioning {
    enum Dept { SALES, ENGINEERING, SUPPORT, LEGAL }

    record Employee(String name, Dept dept, int age, int salary, List<String> skills) {}

    static final List<Employee> STAFF = List.of(
            new Employee("Ada", Dept.ENGINEERING, 36, 9100, List.of("java", "math")),
            new Employee("Bob", Dept.SALES, 45, 5200, List.of("talk")),
            new Employee("Cyd", Dept.SUPPORT, 23, 3900, List.of("linux", "talk")),
            new Employee("Dee", Dept.ENGINEERING, 29, 8300, List.of("rust", "java")),
            new Employee("Eve", Dept.LEGAL, 51, 9900, List.of()),
            new Employee("Fay", Dept.SALES, 31, 6100, List.of("talk", "excel")),
            new Employee("Gus", Dept.ENGINEERING, 41, 9600, List.of("java", "go", "linux")),
            new Employee("Hal", Dept.SUPPORT, 38, 4200, List.of("linux")),
            new Employee("Ivy", Dept.SALES, 27, 4800, List.of("excel")));

    public static void main(String[] args) {
        // enum keys hash by identity: group by name for a HashMap whose order is deterministic
        Map<String, List<Employee>> byDept = STAFF.stream().collect(Collectors.groupingBy(e -> e.dept().name()));
        byDept.forEach((d, list) -> System.out.println(d + " -> " + list.stream().map(Employee::name).toList()));

        Map<String, Long> counts = STAFF.stream().collect(Collectors.groupingBy(e -> e.dept().name(), Collectors.counting()));
        System.out.println("counts " + counts);

        TreeMap<Dept, Double> avgSalary = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.averagingInt(Employee::salary)));
        System.out.println("avgSalary " + avgSalary);

        Map<Integer, List<String>> byDecade = STAFF.stream().collect(Collectors.groupingBy(e -> e.age() / 10 * 10,
                Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("byDecade " + byDecade);

        Map<String, List<String>> byInitialLetter = STAFF.stream().collect(Collectors.groupingBy(
                e -> e.name().substring(1, 2), LinkedHashMap::new, Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("byLetter " + byInitialLetter);

        Map<Dept, Set<String>> skills = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.flatMapping(e -> e.skills().stream(), Collectors.toCollection(java.util.TreeSet::new))));
        System.out.println("skills " + skills);

        Map<Dept, List<String>> seniors = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.filtering(e -> e.age() >= 35, Collectors.mapping(Employee::name, Collectors.toList()))));
        System.out.println("seniors " + seniors);

        Map<Dept, Optional<Employee>> richest = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.maxBy(Comparator.comparingInt(Employee::salary))));
        richest.forEach((d, e) -> System.out.println("richest " + d + " " + e.map(Employee::name).orElse("-")));

        Map<Dept, Integer> payroll = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.reducing(0, Employee::salary, Integer::sum)));
        System.out.println("payroll " + payroll);

        Map<Dept, IntSummaryStatistics> ages = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.summarizingInt(Employee::age)));
        ages.forEach((d, s) -> System.out.println("ages " + d + " " + s));

        Map<Dept, String> joined = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(Employee::name, Collectors.joining("/")), s -> "<" + s + ">")));
        System.out.println("joined " + joined);

        Map<Dept, Map<Boolean, Long>> nested = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
                Collectors.partitioningBy(e -> e.salary() > 6000, Collectors.counting())));
        System.out.println("nested " + nested);

        Map<Boolean, List<String>> young = STAFF.stream().collect(Collectors.partitioningBy(e -> e.age() < 35,
                Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("young " + young + " get(true)=" + young.get(true) + " keys " + young.keySet());
        Map<Boolean, List<Integer>> evens = IntStream.rangeClosed(1, 10).boxed()
                .collect(Collectors.partitioningBy(i -> i % 2 == 0));
        System.out.println("evens " + evens + " size " + evens.size() + " " + evens.containsKey(false));
        Map<Boolean, List<Integer>> none = Stream.<Integer>empty().collect(Collectors.partitioningBy(i -> i > 0));
        System.out.println("empty partition " + none);
        System.out.println("partition entries " + new ArrayList<>(evens.entrySet()));

        Map<String, Map<Integer, Long>> words = Stream.of("apple", "avocado", "banana", "blueberry", "cherry", "apricot",
                "bean", "corn", "carrot", "beet").collect(Collectors.groupingBy(w -> w.substring(0, 1),
                Collectors.groupingBy(String::length, Collectors.counting())));
        System.out.println("words " + words);

        Map<String, Long> byLength = Stream.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve").collect(Collectors.groupingBy(w -> "len" + w.length(), Collectors.counting()));
        System.out.println("byLength " + byLength);

        Map<Character, String> firstChars = Stream.of("kiwi", "fig", "date", "lime", "kale", "fennel", "dill")
                .collect(Collectors.groupingBy(w -> w.charAt(0), Collectors.joining(",", "{", "}")));
        System.out.println("firstChars " + firstChars);

        Map<Integer, Integer> squares = IntStream.range(0, 40).boxed()
                .collect(Collectors.groupingBy(i -> i % 17, Collectors.summingInt(i -> i * i)));
        System.out.println("squares " + squares);

        Map<Integer, List<Integer>> manyKeys = IntStream.range(0, 100).map(i -> i * 37 % 101).boxed()
                .collect(Collectors.groupingBy(i -> i % 23));
        System.out.println("manyKeys " + manyKeys.keySet() + " " + manyKeys.get(5));

        ConcurrentMap<Integer, List<String>> concurrent = STAFF.stream()
                .collect(Collectors.groupingByConcurrent(e -> e.age() / 10, Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("groupingByConcurrent " + concurrent + " "
                + Collectors.groupingByConcurrent(Employee::age).characteristics());
        ConcurrentMap<String, Integer> skillCount = STAFF.stream().flatMap(e -> e.skills().stream())
                .collect(Collectors.toConcurrentMap(s -> s, s -> 1, Integer::sum));
        System.out.println("toConcurrentMap " + new TreeMap<>(skillCount));

        Map<Dept, Long> teeMap = STAFF.stream().collect(Collectors.teeing(
                Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.counting()),
                Collectors.counting(),
                (m, total) -> {
                    m.put(Dept.LEGAL, total);
                    return m;
                }));
        System.out.println("teeMap " + teeMap);
    }
}
