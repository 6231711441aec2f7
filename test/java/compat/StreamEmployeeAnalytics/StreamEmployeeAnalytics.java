import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** HR analytics: nested grouping, collectingAndThen, flatMapping/filtering collectors, reducing, and org-chart traversal. */
public class StreamEmployeeAnalytics {
    record Employee(int id, String name, String dept, String title, int salary, int age, Integer managerId, List<String> skills) {}

    static final List<Employee> STAFF = List.of(
        new Employee(1, "Grace", "eng", "cto", 250_000, 55, null, List.of("cobol", "leadership")),
        new Employee(2, "Linus", "eng", "manager", 180_000, 48, 1, List.of("c", "git", "leadership")),
        new Employee(3, "Ada", "eng", "engineer", 150_000, 36, 2, List.of("math", "c")),
        new Employee(4, "Alan", "eng", "engineer", 145_000, 41, 2, List.of("math", "java", "crypto")),
        new Employee(5, "Barbara", "eng", "engineer", 120_000, 29, 2, List.of("java", "clu")),
        new Employee(6, "Margaret", "ops", "manager", 170_000, 50, 1, List.of("apollo", "leadership")),
        new Employee(7, "Ken", "ops", "sre", 130_000, 44, 6, List.of("c", "unix")),
        new Employee(8, "Dennis", "ops", "sre", 125_000, 39, 6, List.of("c", "unix", "git")),
        new Employee(9, "Radia", "net", "architect", 160_000, 47, 1, List.of("routing", "math")),
        new Employee(10, "Vint", "net", "engineer", 110_000, 26, 9, List.of("tcp", "routing")),
        new Employee(11, "Bob", "net", "engineer", 105_000, 24, 9, List.of("tcp")));

    public static void main(String[] args) {
        Map<String, Map<String, Long>> headcount = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
            Collectors.groupingBy(Employee::title, TreeMap::new, Collectors.counting())));
        System.out.println("headcount " + headcount);
        Map<String, Double> avgSalary = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.averagingInt(Employee::salary)));
        System.out.println("average salary " + avgSalary);
        Map<String, String> topEarner = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
            Collectors.collectingAndThen(Collectors.maxBy(Comparator.comparingInt(Employee::salary)), o -> o.map(Employee::name).orElse("?"))));
        System.out.println("top earner " + topEarner);
        Map<String, Set<String>> skillsByDept = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
            Collectors.flatMapping(e -> e.skills().stream(), Collectors.toCollection(java.util.TreeSet::new))));
        System.out.println("skills " + skillsByDept);
        Map<String, List<String>> seniors = STAFF.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new,
            Collectors.filtering(e -> e.age() >= 40, Collectors.mapping(Employee::name, Collectors.toList()))));
        System.out.println("40+ " + seniors);
        Map<String, Long> skillPopularity = STAFF.stream().flatMap(e -> e.skills().stream())
            .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        String popular = skillPopularity.entrySet().stream().filter(e -> e.getValue() > 1)
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .map(e -> e.getKey() + "x" + e.getValue()).collect(Collectors.joining(", "));
        System.out.println("popular skills " + popular);
        int payroll = STAFF.stream().map(Employee::salary).reduce(0, Integer::sum);
        Optional<Employee> youngest = STAFF.stream().reduce((a, b) -> a.age() <= b.age() ? a : b);
        System.out.println("payroll " + payroll + ", youngest " + youngest.map(Employee::name).get()
            + ", total by reducing " + STAFF.stream().collect(Collectors.reducing(0, Employee::salary, Integer::sum)));
        Map<Integer, List<Employee>> reports = STAFF.stream().filter(e -> e.managerId() != null).collect(Collectors.groupingBy(Employee::managerId));
        printTree(1, reports, "");
        Map<Boolean, List<String>> bands = STAFF.stream().collect(Collectors.partitioningBy(e -> e.salary() >= 150_000,
            Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("bands " + bands);
        Map<String, Integer> ageBuckets = STAFF.stream().collect(Collectors.toMap(e -> (e.age() / 10 * 10) + "s", e -> 1, Integer::sum, TreeMap::new));
        System.out.println("age buckets " + ageBuckets);
        try {
            STAFF.stream().collect(Collectors.toMap(Employee::dept, Employee::name));
        } catch (IllegalStateException e) {
            System.out.println("toMap clash: " + e.getMessage());
        }
        List<String> raise = STAFF.stream().filter(e -> e.title().equals("engineer")).sorted(Comparator.comparingInt(Employee::age))
            .map(e -> e.name() + ":" + e.salary() + "->" + Math.round(e.salary() * 1.07)).toList();
        System.out.println("raises " + raise);
        System.out.println("all know something: " + STAFF.stream().allMatch(e -> !e.skills().isEmpty()) + ", anyone knows rust: "
            + STAFF.stream().anyMatch(e -> e.skills().contains("rust")) + ", none under 20: " + STAFF.stream().noneMatch(e -> e.age() < 20));
    }

    static void printTree(int id, Map<Integer, List<Employee>> reports, String indent) {
        Employee e = STAFF.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        System.out.println(indent + e.name() + " (" + e.title() + ")");
        for (Employee r : reports.getOrDefault(id, List.of())) printTree(r.id(), reports, indent + "  ");
    }
}
