import java.util.ArrayList;
import java.util.List;

/** ClassCastException messages for user classes, library classes, interfaces and arrays. */
public class ClassCastMessages {
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}
    interface Pet {}

    interface Action { void run(); }

    static void report(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": ok");
        } catch (ClassCastException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T unsafe(Object o) {
        return (T) o;
    }

    public static void main(String[] args) {
        Object cat = new Cat();
        Object number = 42;
        Object text = "text";
        report("Cat to Dog", () -> { Dog d = (Dog) cat; });
        report("Cat to Animal", () -> { Animal a = (Animal) cat; });
        report("Cat to Pet", () -> { Pet p = (Pet) cat; });
        report("Integer to String", () -> { String s = (String) number; });
        report("String to Integer", () -> { Integer i = (Integer) text; });
        report("Integer to Long", () -> { Long l = (Long) number; });
        report("String to Dog", () -> { Dog d = (Dog) text; });
        report("Dog to Comparable", () -> { Comparable<?> c = (Comparable<?>) (Object) new Dog(); });
        Object ints = new int[2];
        Object strings = new String[1];
        Object dogs = new Dog[1];
        report("int[] to Object[]", () -> { Object[] o = (Object[]) ints; });
        report("String[] to Integer[]", () -> { Integer[] i = (Integer[]) strings; });
        report("Dog[] to Animal[]", () -> { Animal[] a = (Animal[]) dogs; });
        report("Dog[] to Cat[]", () -> { Cat[] c = (Cat[]) dogs; });
        report("int[] to long[]", () -> { long[] l = (long[]) ints; });
        report("String to int[]", () -> { int[] i = (int[]) text; });
        report("int[][] to int[]", () -> { int[] i = (int[]) (Object) new int[1][1]; });
        List<Object> raw = new ArrayList<>();
        raw.add("not a number");
        report("generic heap pollution", () -> {
            List<Integer> numbers = unsafe(raw);
            Integer first = numbers.get(0);
            System.out.println(first);
        });
        report("Integer to Number then Double", () -> { Number n = (Number) number; Double d = (Double) n; });
        report("StringBuilder to String", () -> { Object sb = new StringBuilder("x"); String s = (String) sb; });
    }
}
