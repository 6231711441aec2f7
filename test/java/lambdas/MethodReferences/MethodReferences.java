import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/** Every kind of method reference: static, bound, unbound, constructor, array constructor, super:: and this::. */
public class MethodReferences {
    static int twice(int x) { return 2 * x; }

    static class Greeter {
        final String prefix;
        Greeter(String prefix) { this.prefix = prefix; }
        String greet(String name) { return prefix + " " + name; }
        Function<String, String> viaThis() { return this::greet; }
    }

    static class LoudGreeter extends Greeter {
        LoudGreeter() { super("HEY"); }
        @Override String greet(String name) { return super.greet(name).toUpperCase() + "!"; }
        Function<String, String> viaSuper() { return super::greet; }
    }

    record Item(String name, int qty) {
        Item(String name) { this(name, 1); }
    }

    public static void main(String[] args) {
        Function<Integer, Integer> stat = MethodReferences::twice;
        System.out.println("static: " + stat.apply(21));
        String text = "method";
        Supplier<Integer> bound = text::length;
        Function<Integer, Character> boundCharAt = text::charAt;
        System.out.println("bound: " + bound.get() + " " + boundCharAt.apply(3));
        Function<String, String> unbound = String::toUpperCase;
        BiFunction<String, String, Boolean> startsWith = String::startsWith;
        ToIntFunction<String> len = String::length;
        System.out.println("unbound: " + unbound.apply("abc") + " " + startsWith.apply("prefix", "pre") + " " + len.applyAsInt("four"));
        Function<String, Item> ctor1 = Item::new;
        BiFunction<String, Integer, Item> ctor2 = Item::new;
        Supplier<List<String>> listCtor = ArrayList::new;
        List<String> list = listCtor.get();
        list.add("x");
        System.out.println("constructors: " + ctor1.apply("pen") + " " + ctor2.apply("ink", 3) + " " + list);
        IntFunction<int[]> arrayCtor = int[]::new;
        IntFunction<String[][]> arrayCtor2 = String[][]::new;
        System.out.println("array constructors: " + arrayCtor.apply(5).length + " " + arrayCtor2.apply(2).length);
        Greeter g = new Greeter("Hello");
        LoudGreeter loud = new LoudGreeter();
        System.out.println("this:: " + g.viaThis().apply("Ann") + " / " + loud.viaThis().apply("Ann"));
        System.out.println("super:: " + loud.viaSuper().apply("Ann"));
        UnaryOperator<String> trim = String::trim;
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println("chained: " + trim.andThen(parse).andThen(stat).apply("  50 "));
        Function<Object, String> valueOf = String::valueOf;
        System.out.println("overloaded valueOf: " + valueOf.apply(3.5) + " " + valueOf.apply(null));
        Runnable printer = System.out::println;
        printer.run();
        Function<Item, String> getter = Item::name;
        System.out.println("accessor ref: " + getter.apply(new Item("cup", 4)));
        Supplier<Greeter> lazy = () -> new Greeter("Lazy");
        Function<String, String> fromSupplier = lazy.get()::greet;
        System.out.println(fromSupplier.apply("Bo"));
    }
}
