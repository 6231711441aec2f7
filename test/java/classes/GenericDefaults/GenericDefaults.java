import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Interfaces with generic default methods building a small query API over a user-defined sequence type. */
public class GenericDefaults {
    interface Seq<T> extends Iterable<T> {
        List<T> toList();

        default <R> Seq<R> map(Function<? super T, ? extends R> f) {
            List<R> out = new ArrayList<>();
            for (T t : this) out.add(f.apply(t));
            return of(out);
        }

        default Seq<T> filter(Predicate<? super T> p) {
            List<T> out = new ArrayList<>();
            for (T t : this) if (p.test(t)) out.add(t);
            return of(out);
        }

        default <A> A fold(A initial, java.util.function.BiFunction<A, ? super T, A> f) {
            A acc = initial;
            for (T t : this) acc = f.apply(acc, t);
            return acc;
        }

        default <K extends Comparable<K>> T maxBy(Function<? super T, K> key) {
            T best = null;
            K bestKey = null;
            for (T t : this) {
                K k = key.apply(t);
                if (bestKey == null || k.compareTo(bestKey) > 0) {
                    best = t;
                    bestKey = k;
                }
            }
            return best;
        }

        static <T> Seq<T> of(List<T> items) {
            return new Seq<T>() {
                public List<T> toList() { return items; }
                public java.util.Iterator<T> iterator() { return items.iterator(); }
            };
        }

        @SafeVarargs
        static <T> Seq<T> of(T... items) {
            List<T> list = new ArrayList<>();
            for (T t : items) list.add(t);
            return of(list);
        }
    }

    record City(String name, int population, double area) {}

    public static void main(String[] args) {
        Seq<Integer> nums = Seq.of(5, 3, 8, 1, 9, 2);
        System.out.println(nums.map(n -> n * n).toList());
        System.out.println(nums.filter(n -> n % 2 == 1).map(n -> "odd" + n).toList());
        System.out.println("sum " + nums.fold(0, Integer::sum) + " concat " + nums.fold("", (s, n) -> s + n));
        Seq<City> cities = Seq.of(new City("Oslo", 709000, 454.0), new City("Bergen", 286000, 465.0), new City("Tromso", 77000, 2521.0));
        System.out.println("largest " + cities.maxBy(City::population).name() + ", biggest area " + cities.maxBy(City::area).name());
        System.out.println("density " + cities.map(c -> c.name() + "=" + (int) (c.population() / c.area())).toList());
        System.out.println("longest name " + cities.map(City::name).maxBy(String::length));
        Seq<String> empty = Seq.of();
        System.out.println("empty max " + empty.maxBy(String::length) + " fold " + empty.fold(1, (a, s) -> a + s.length()));
    }
}
