import java.util.ArrayList;
import java.util.List;

/** Generic classes and methods: bounded types, wildcards, a typed heterogeneous container and a generic stack. */
public class GenericContainers {
    static class Stack<T> {
        private Object[] elements = new Object[2];
        private int size;

        void push(T t) {
            if (size == elements.length) {
                Object[] bigger = new Object[size * 2];
                System.arraycopy(elements, 0, bigger, 0, size);
                elements = bigger;
            }
            elements[size++] = t;
        }

        @SuppressWarnings("unchecked")
        T pop() {
            if (size == 0) throw new IllegalStateException("empty stack");
            T t = (T) elements[--size];
            elements[size] = null;
            return t;
        }

        boolean isEmpty() { return size == 0; }
    }

    static class Pair<A, B> {
        final A first;
        final B second;
        Pair(A first, B second) { this.first = first; this.second = second; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        @Override public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> list) {
        T best = list.get(0);
        for (T t : list) if (t.compareTo(best) > 0) best = t;
        return best;
    }

    static double sum(List<? extends Number> numbers) {
        double s = 0;
        for (Number n : numbers) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i * i);
    }

    static <K, V extends Comparable<V>> K argMax(List<Pair<K, V>> pairs) {
        Pair<K, V> best = pairs.get(0);
        for (Pair<K, V> p : pairs) if (p.second.compareTo(best.second) > 0) best = p;
        return best.first;
    }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        List<T> list = new ArrayList<>();
        for (T t : items) list.add(t);
        return list;
    }

    public static void main(String[] args) {
        Stack<String> stack = new Stack<>();
        for (String s : new String[] {"to", "be", "or", "not", "to", "be"}) stack.push(s);
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) sb.append(stack.pop()).append(' ');
        System.out.println(sb.toString().trim());
        try {
            stack.pop();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        Pair<String, Integer> p = new Pair<>("age", 42);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(3.5) + " " + p.withSecond(listOf('a', 'b')));
        System.out.println("max " + max(listOf(3, 9, 2)) + " " + max(listOf("pear", "apple", "zucchini")));
        List<Number> numbers = new ArrayList<>();
        fill(numbers, 5);
        numbers.add(2.5);
        numbers.add(10L);
        System.out.println("numbers " + numbers + " sum " + sum(numbers));
        List<Object> objects = new ArrayList<>();
        fill(objects, 3);
        System.out.println("objects " + objects);
        List<Pair<String, Double>> prices = listOf(new Pair<>("tea", 2.5), new Pair<>("cake", 4.25), new Pair<>("water", 1.0));
        System.out.println("most expensive " + argMax(prices));
        Stack<int[]> arrays = new Stack<>();
        arrays.push(new int[] {1, 2, 3});
        System.out.println("array from stack length " + arrays.pop().length);
    }
}
