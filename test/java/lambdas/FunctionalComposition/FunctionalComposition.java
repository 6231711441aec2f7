import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** java.util.function composition: andThen, compose, identity, Predicate and/or/negate, Comparator combinators. */
public class FunctionalComposition {
    record Employee(String name, String dept, int salary, int age) {}

    public static void main(String[] args) {
        Function<Integer, Integer> plus2 = x -> x + 2;
        Function<Integer, Integer> times3 = x -> x * 3;
        System.out.println("andThen " + plus2.andThen(times3).apply(4) + " compose " + plus2.compose(times3).apply(4) + " identity " + Function.<Integer>identity().apply(9));
        UnaryOperator<String> exclaim = s -> s + "!";
        System.out.println(exclaim.andThen(String::toUpperCase).apply("wow"));
        BiFunction<Integer, Integer, Integer> pow = (b, e) -> {
            int r = 1;
            for (int i = 0; i < e; i++) r *= b;
            return r;
        };
        System.out.println("pow then negate " + pow.andThen(x -> -x).apply(2, 10));
        Predicate<String> nonEmpty = s -> !s.isEmpty();
        Predicate<String> shortWord = s -> s.length() < 5;
        Predicate<String> startsWithA = s -> s.startsWith("a");
        List<String> words = Arrays.asList("apple", "ax", "", "banana", "art", "kiwi");
        List<String> picked = new ArrayList<>();
        for (String w : words) if (nonEmpty.and(shortWord).and(startsWithA.negate().or(w2 -> w2.equals("ax"))).test(w)) picked.add(w);
        System.out.println("picked " + picked + " isEqual " + Predicate.isEqual("kiwi").test("kiwi") + " not " + Predicate.not(nonEmpty).test(""));
        BinaryOperator<Integer> maxBy = BinaryOperator.maxBy(Comparator.naturalOrder());
        BinaryOperator<String> minBy = BinaryOperator.minBy(Comparator.comparing(String::length));
        System.out.println("maxBy " + maxBy.apply(3, 7) + " minBy " + minBy.apply("long", "tiny"));
        StringBuilder log = new StringBuilder();
        Consumer<String> first = s -> log.append("[1:").append(s).append(']');
        Consumer<String> second = s -> log.append("[2:").append(s.length()).append(']');
        first.andThen(second).accept("event");
        System.out.println("consumers " + log);
        List<Employee> staff = new ArrayList<>(List.of(
                new Employee("Ann", "eng", 120, 34), new Employee("Bob", "ops", 90, 45), new Employee("Cid", "eng", 120, 29),
                new Employee("Dee", "ops", 95, 45), new Employee("Eve", "eng", 150, 41), new Employee("Fay", "hr", 70, 38)));
        staff.sort(Comparator.comparing(Employee::dept).thenComparing(Employee::salary, Comparator.reverseOrder()).thenComparingInt(Employee::age));
        for (Employee e : staff) System.out.println("  " + e.dept() + " " + e.name() + " " + e.salary() + " " + e.age());
        staff.sort(Comparator.comparingInt(Employee::age).reversed().thenComparing(Employee::name));
        StringBuilder names = new StringBuilder();
        for (Employee e : staff) names.append(e.name()).append(' ');
        System.out.println("by age desc: " + names.toString().trim());
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
        withNulls.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        System.out.println("nullsLast " + withNulls);
        withNulls.sort(Comparator.nullsFirst(Comparator.<String>reverseOrder()));
        System.out.println("nullsFirst reversed " + withNulls);
    }
}
