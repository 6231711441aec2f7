import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/** Lambdas capturing locals, parameters, this and fields; closures created in loops; mutable state through arrays and objects. */
public class CapturingLambdas {
    private int base = 10;
    private static int counter;

    IntUnaryOperator adder(int extra) {
        return x -> x + base + extra;
    }

    static IntSupplier makeCounter() {
        int[] state = {0};
        return () -> ++state[0];
    }

    static Supplier<String> describe(String name, long id, double score, char grade, boolean active) {
        return () -> name + "#" + id + " score=" + score + " grade=" + grade + " active=" + active;
    }

    public static void main(String[] args) {
        CapturingLambdas obj = new CapturingLambdas();
        IntUnaryOperator add5 = obj.adder(5);
        System.out.println(add5.applyAsInt(1));
        obj.base = 100;
        System.out.println("after field change: " + add5.applyAsInt(1));
        IntSupplier c1 = makeCounter(), c2 = makeCounter();
        c1.getAsInt();
        c1.getAsInt();
        System.out.println("independent counters: " + c1.getAsInt() + " " + c2.getAsInt());
        List<Supplier<String>> suppliers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int copy = i * i;
            suppliers.add(() -> "value " + copy);
        }
        for (String s : new String[] {"a", "b"}) suppliers.add(() -> "loop var " + s);
        for (Supplier<String> s : suppliers) System.out.println(s.get());
        System.out.println(describe("widget", 1L << 40, 99.5, 'A', true).get());
        Runnable incrementStatic = () -> counter++;
        for (int i = 0; i < 7; i++) incrementStatic.run();
        System.out.println("static counter " + counter);
        StringBuilder shared = new StringBuilder();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 3; i > 0; i--) {
            final int n = i;
            tasks.add(() -> shared.append(n).append(','));
        }
        tasks.forEach(Runnable::run);
        System.out.println("shared builder " + shared);
        Supplier<Supplier<Supplier<String>>> nested = () -> () -> () -> "three levels deep with base " + obj.base;
        System.out.println(nested.get().get().get());
        int[] fib = new int[2];
        fib[1] = 1;
        Runnable step = () -> {
            int next = fib[0] + fib[1];
            fib[0] = fib[1];
            fib[1] = next;
        };
        for (int i = 0; i < 30; i++) step.run();
        System.out.println("fib via closure " + fib[0]);
    }
}
