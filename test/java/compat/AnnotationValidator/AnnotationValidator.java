import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A bean validator reading constraint annotations from fields, record components and parameters. */
public class AnnotationValidator {
    @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @interface NotNull { String message() default "must not be null"; }

    @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @interface Range { long min() default Long.MIN_VALUE; long max() default Long.MAX_VALUE; }

    @Retention(RetentionPolicy.RUNTIME) @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
    @interface Size { int min() default 0; int max(); }

    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD)
    @interface OneOf { String[] value(); boolean ignoreCase() default false; }

    @Retention(RetentionPolicy.RUNTIME) @interface Limits { double low(); double high(); char unit() default '%'; float step() default 0.5f; byte flags() default 3; short code() default -2; }

    @Retention(RetentionPolicy.RUNTIME) @interface Described { String text(); int[] codes() default {}; Range range() default @Range(max = 9); }

    static class User {
        @NotNull @Size(min = 3, max = 12) String name;
        @Range(min = 0, max = 150) int age;
        @NotNull(message = "email is required") String email;
        @OneOf(value = {"admin", "user", "guest"}, ignoreCase = true) String role;
        @Limits(low = 0.0, high = 99.5) double score;
        String note;

        User(String name, int age, String email, String role, double score) {
            this.name = name; this.age = age; this.email = email; this.role = role; this.score = score;
        }
    }

    record Order(@NotNull String id, @Range(min = 1, max = 99) int quantity, @Size(max = 3) List<String> items) {}

    static class Service {
        @Described(text = "places an order", codes = {7, 11})
        void place(@NotNull String customer, @Range(min = 1) long amount, String comment) {}
    }

    static List<String> validate(Object bean) throws IllegalAccessException {
        List<String> errors = new ArrayList<>();
        Field[] fields = bean.getClass().getDeclaredFields();
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field f : fields) {
            f.setAccessible(true);
            Object value = f.get(bean);
            for (Annotation a : f.getDeclaredAnnotations()) check(f.getName(), a, value, errors);
        }
        return errors;
    }

    static void check(String where, Annotation a, Object value, List<String> errors) {
        if (a instanceof NotNull) {
            if (value == null) errors.add(where + ": " + ((NotNull) a).message());
        } else if (a instanceof Range) {
            Range r = (Range) a;
            long v = ((Number) value).longValue();
            if (v < r.min() || v > r.max()) errors.add(where + ": " + v + " not in [" + r.min() + ", " + r.max() + "]");
        } else if (a instanceof Size) {
            Size s = (Size) a;
            int n = value == null ? 0 : value instanceof String ? ((String) value).length() : ((List<?>) value).size();
            if (n < s.min() || n > s.max()) errors.add(where + ": size " + n + " not in [" + s.min() + ", " + s.max() + "]");
        } else if (a instanceof OneOf) {
            OneOf o = (OneOf) a;
            boolean ok = false;
            for (String allowed : o.value()) ok |= o.ignoreCase() ? allowed.equalsIgnoreCase((String) value) : allowed.equals(value);
            if (!ok) errors.add(where + ": " + value + " not one of " + Arrays.toString(o.value()));
        } else if (a instanceof Limits) {
            Limits l = (Limits) a;
            double d = (Double) value;
            if (d < l.low() || d > l.high()) errors.add(where + ": " + d + l.unit() + " out of limits");
        }
    }

    public static void main(String[] args) throws Exception {
        List<User> users = List.of(
                new User("alice", 34, "alice@example.org", "Admin", 88.0),
                new User("bo", 200, null, "root", 120.25),
                new User(null, -1, "x@y", "guest", 50));
        for (User u : users) System.out.println(u.name + " -> " + validate(u));

        for (Order o : List.of(new Order("A1", 5, List.of("pen")), new Order(null, 0, List.of("a", "b", "c", "d")))) {
            List<String> errors = new ArrayList<>();
            for (RecordComponent rc : Order.class.getRecordComponents()) {
                Object v = rc.getAccessor().invoke(o);
                for (Annotation a : rc.getAnnotations()) check("record " + rc.getName(), a, v, errors);
            }
            System.out.println(o + " -> " + errors);
        }
        Field quantity = Order.class.getDeclaredField("quantity");
        System.out.println("field copy: " + quantity.getAnnotation(Range.class) + ", accessor: " + Order.class.getMethod("quantity").getAnnotation(Range.class));

        Method place = Service.class.getDeclaredMethod("place", String.class, long.class, String.class);
        Annotation[][] pa = place.getParameterAnnotations();
        Parameter[] params = place.getParameters();
        for (int i = 0; i < pa.length; i++) System.out.println("param " + params[i] + " " + Arrays.toString(pa[i]) + " " + params[i].isAnnotationPresent(NotNull.class));
        Described d = place.getAnnotation(Described.class);
        System.out.println(d.text() + " " + Arrays.toString(d.codes()) + " " + d.range() + " " + d.range().min());
        int[] codes = d.codes();
        codes[0] = 99;
        System.out.println("defensive copy: " + d.codes()[0]);
        Field score = User.class.getDeclaredField("score");
        Limits limits = score.getAnnotation(Limits.class);
        System.out.println(limits.low() + " " + limits.high() + " " + limits.unit() + " " + limits.step() + " " + limits.flags() + " " + limits.code());

        Range r1 = Order.class.getDeclaredField("quantity").getAnnotation(Range.class);
        Range r2 = Order.class.getRecordComponents()[1].getAnnotation(Range.class);
        Range r3 = User.class.getDeclaredField("age").getAnnotation(Range.class);
        System.out.println(r1.equals(r2) + " " + r1.equals(r3) + " " + (r1.hashCode() == r2.hashCode()) + " " + r1.hashCode() + " " + r3.hashCode());
        NotNull n1 = User.class.getDeclaredField("name").getAnnotation(NotNull.class);
        System.out.println(n1.hashCode() + " " + n1.equals(User.class.getDeclaredField("email").getAnnotation(NotNull.class)) + " " + n1.annotationType().getSimpleName());
        System.out.println(User.class.getDeclaredField("note").getAnnotations().length + " " + User.class.getDeclaredField("note").getAnnotation(NotNull.class));
        System.out.println(Range.class.getDeclaredMethod("max").getDefaultValue() + " " + Size.class.getDeclaredMethod("max").getDefaultValue()
                + " " + Described.class.getDeclaredMethod("range").getDefaultValue());
        try {
            score.getAnnotation(null);
        } catch (NullPointerException e) {
            System.out.println("null annotation class -> NullPointerException");
        }
    }
}
