import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** A small generic-utilities library: Pair, Either, a typed heterogeneous container, lazy values, a generic ring buffer and PECS helpers. */
public class OopGenericsToolkit {
    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        static <T extends Comparable<? super T>> Pair<T, T> ordered(T a, T b) { return a.compareTo(b) <= 0 ? new Pair<>(a, b) : new Pair<>(b, a); }
    }

    sealed interface Either<L, R> permits Left, Right {
        <T> T fold(Function<? super L, ? extends T> left, Function<? super R, ? extends T> right);
        default <R2> Either<L, R2> map(Function<? super R, ? extends R2> f) {
            return fold(Left::new, r -> new Right<>(f.apply(r)));
        }
    }
    record Left<L, R>(L value) implements Either<L, R> {
        public <T> T fold(Function<? super L, ? extends T> l, Function<? super R, ? extends T> r) { return l.apply(value); }
    }
    record Right<L, R>(R value) implements Either<L, R> {
        public <T> T fold(Function<? super L, ? extends T> l, Function<? super R, ? extends T> r) { return r.apply(value); }
    }

    static Either<String, Integer> parse(String s) {
        try {
            return new Right<>(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return new Left<>(e.getMessage());
        }
    }

    static final class TypedMap {
        private final Map<Class<?>, Object> values = new HashMap<>();
        <T> void put(Class<T> type, T value) { values.put(Objects.requireNonNull(type), type.cast(value)); }
        <T> T get(Class<T> type) { return type.cast(values.get(type)); }
    }

    static final class Lazy<T> implements Supplier<T> {
        private Supplier<? extends T> init;
        private T value;
        int computed;
        Lazy(Supplier<? extends T> init) { this.init = init; }
        public T get() {
            if (init != null) { value = init.get(); init = null; computed++; }
            return value;
        }
    }

    static final class Ring<E> implements Iterable<E> {
        private final Object[] items;
        private int head, size;
        Ring(int capacity) { items = new Object[capacity]; }
        void add(E e) {
            items[(head + size) % items.length] = e;
            if (size < items.length) size++; else head = (head + 1) % items.length;
        }
        @SuppressWarnings("unchecked") E get(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index " + i + " out of bounds for ring of " + size);
            return (E) items[(head + i) % items.length];
        }
        public Iterator<E> iterator() {
            return new Iterator<>() {
                int i;
                public boolean hasNext() { return i < size; }
                public E next() { if (!hasNext()) throw new NoSuchElementException(); return get(i++); }
            };
        }
        @Override public String toString() {
            StringBuilder sb = new StringBuilder("Ring[");
            for (E e : this) sb.append(sb.length() > 5 ? ", " : "").append(e);
            return sb.append(']').toString();
        }
    }

    static <T> void copy(Collection<? super T> dst, Iterable<? extends T> src) { for (T t : src) dst.add(t); }

    static double sum(Collection<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static <T, R> List<R> zipWith(List<? extends T> a, List<? extends T> b, BiFunction<? super T, ? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) out.add(f.apply(a.get(i), b.get(i)));
        return out;
    }

    @SafeVarargs
    static <T extends Comparable<? super T>> T maxOf(T first, T... rest) {
        T m = first;
        for (T t : rest) if (t.compareTo(m) > 0) m = t;
        return m;
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("age", 42);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(List.of(1, 2)) + " " + Pair.ordered("pear", "apple"));
        for (String s : new String[] {"12", "x7", "", "2147483648", "-5"}) {
            Either<String, Integer> e = parse(s).map(i -> i * 2);
            System.out.println("parse '" + s + "' -> " + e.fold(err -> "error(" + err + ")", v -> "ok " + v) + " " + e);
        }
        TypedMap tm = new TypedMap();
        tm.put(String.class, "hello");
        tm.put(Integer.class, 7);
        tm.put(List.class, List.of("a"));
        System.out.println(tm.get(String.class).toUpperCase() + " " + (tm.get(Integer.class) + 1) + " " + tm.get(List.class) + " " + tm.get(Double.class));
        try {
            @SuppressWarnings({"unchecked", "rawtypes"}) Class<Object> raw = (Class) Integer.class;
            tm.put(raw, "not an int");
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
        Lazy<String> lazy = new Lazy<>(() -> "expensive".repeat(2));
        System.out.println(lazy.get() + " " + lazy.get().length() + " computed " + lazy.computed);
        Ring<Integer> ring = new Ring<>(4);
        for (int i = 1; i <= 6; i++) ring.add(i * i);
        System.out.println(ring + " first " + ring.get(0));
        try { ring.get(9); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        List<Number> nums = new ArrayList<>();
        copy(nums, ring);
        copy(nums, List.of(1.5, 2.5));
        System.out.println(nums + " sum " + sum(nums));
        System.out.println(zipWith(List.of(1, 2, 3), List.of(10, 20), (a, b) -> a + "+" + b + "=" + (a + b)));
        System.out.println(maxOf(3, 9, 4) + " " + maxOf("kiwi", "fig", "plum") + " " + maxOf(2.5));
        Comparator<Pair<String, Integer>> cmp = Comparator.<Pair<String, Integer>, Integer>comparing(Pair::second).thenComparing(Pair::first, Comparator.reverseOrder());
        List<Pair<String, Integer>> pairs = new ArrayList<>(List.of(new Pair<>("b", 2), new Pair<>("a", 1), new Pair<>("c", 2), new Pair<>("d", 1)));
        pairs.sort(cmp);
        System.out.println(pairs);
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        Function<Integer, Integer> inc = adder.apply(1);
        System.out.println(inc.andThen(x -> x * 10).compose((Integer x) -> x - 3).apply(5) + " " + Function.<String>identity().apply("id"));
        Object[] arr = Arrays.asList(1, "two", 3.0, 'c', null).toArray();
        StringBuilder types = new StringBuilder();
        for (Object o : arr) types.append(o == null ? "null" : o.getClass().getSimpleName()).append(' ');
        System.out.println(types.toString().trim());
    }
}
