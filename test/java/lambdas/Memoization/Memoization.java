import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Higher-order functions: a memoizing wrapper, recursive lambdas through a field, currying and function pipelines. */
public class Memoization {
    static int calls;

    static <T, R> Function<T, R> memoize(Function<T, R> f) {
        Map<T, R> cache = new HashMap<>();
        return key -> {
            R cached = cache.get(key);
            if (cached != null) return cached;
            R value = f.apply(key);
            cache.put(key, value);
            return value;
        };
    }

    static Function<Integer, Long> fib;

    static Function<Integer, Function<Integer, Function<Integer, Integer>>> curriedVolume = l -> w -> h -> l * w * h;

    @SafeVarargs
    static <T> Function<T, T> pipeline(Function<T, T>... stages) {
        Function<T, T> result = Function.identity();
        for (Function<T, T> stage : stages) result = result.andThen(stage);
        return result;
    }

    public static void main(String[] args) {
        fib = memoize(n -> {
            calls++;
            return n < 2 ? (long) n : fib.apply(n - 1) + fib.apply(n - 2);
        });
        System.out.println("fib(90) = " + fib.apply(90) + " computed with " + calls + " calls");
        calls = 0;
        System.out.println("fib(50) = " + fib.apply(50) + " extra calls " + calls);
        Function<String, Integer> slowLength = memoize(s -> {
            calls++;
            return s.length();
        });
        calls = 0;
        for (String s : new String[] {"aa", "bbb", "aa", "aa", "c", "bbb"}) slowLength.apply(s);
        System.out.println("distinct computations " + calls);
        System.out.println("volume " + curriedVolume.apply(2).apply(3).apply(4));
        Function<Integer, Function<Integer, Integer>> width5 = w -> curriedVolume.apply(5).apply(w);
        System.out.println("partial " + width5.apply(2).apply(10));
        Function<String, String> clean = pipeline(String::strip, String::toLowerCase, s -> s.replace(' ', '_'), s -> s + ".txt");
        System.out.println(clean.apply("  My Report Final  "));
        Function<Integer, Integer> collatzStep = n -> n % 2 == 0 ? n / 2 : 3 * n + 1;
        int n = 27, steps = 0;
        while (n != 1) {
            n = collatzStep.apply(n);
            steps++;
        }
        System.out.println("collatz(27) steps " + steps);
    }
}
