import java.util.Comparator;
import java.util.Objects;

/** java.util.Objects helpers in a validation layer: requireNonNull variants, equals/hash/toString defaults, index checks. */
public class ObjectsHelpers {
    record User(String name, String email, Integer age) {
        User {
            Objects.requireNonNull(name, "name");
            email = Objects.requireNonNullElse(email, "unknown@example.org");
            age = Objects.requireNonNullElseGet(age, () -> 18);
        }
    }

    interface Action { Object run(); }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("full user", () -> new User("ann", "ann@x.org", 30));
        attempt("defaults", () -> new User("bob", null, null));
        attempt("missing name", () -> new User(null, "x", 1));
        attempt("requireNonNull no message", () -> Objects.requireNonNull(null));
        attempt("requireNonNull supplier", () -> Objects.requireNonNull(null, () -> "computed message"));
        attempt("requireNonNullElse both null", () -> Objects.requireNonNullElse(null, null));
        attempt("checkIndex ok", () -> Objects.checkIndex(2, 5));
        attempt("checkIndex bad", () -> Objects.checkIndex(5, 5));
        attempt("checkFromToIndex bad", () -> Objects.checkFromToIndex(3, 2, 10));
        attempt("checkFromIndexSize bad", () -> Objects.checkFromIndexSize(8, 4, 10));
        System.out.println("equals " + Objects.equals("a", "a") + " " + Objects.equals(null, "a") + " deepEquals " + Objects.deepEquals(new int[] {1}, new int[] {1}));
        System.out.println("hashCode(null) " + Objects.hashCode(null) + " hash " + Objects.hash("a", 1) + " toString " + Objects.toString(null) + " " + Objects.toString(null, "fallback") + " " + Objects.toString(12));
        System.out.println("isNull " + Objects.isNull(null) + " nonNull " + Objects.nonNull("x"));
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        System.out.println("compare " + Objects.compare("aaa", "b", byLength) + " " + Objects.compare(null, null, byLength));
        System.out.println("user hash " + new User("cy", "c@y", 5).hashCode() + " equal " + new User("cy", "c@y", 5).equals(new User("cy", "c@y", 5)));
    }
}
