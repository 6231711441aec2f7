import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tiny JUnit-like test runner driven by runtime annotations. */
public class AnnotationTestRunner {
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD)
    @interface Test {
        Class<? extends Throwable> expected() default None.class;
        String name() default "";
    }

    static final class None extends Throwable {
    }

    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD) @interface BeforeEach {}

    @Retention(RetentionPolicy.RUNTIME) @interface Disabled { String value(); }

    @Retention(RetentionPolicy.RUNTIME) @Repeatable(Tags.class) @interface Tag { String value(); }

    @Retention(RetentionPolicy.RUNTIME) @interface Tags { Tag[] value(); }

    @Retention(RetentionPolicy.RUNTIME) @Inherited @Target(ElementType.TYPE) @interface Suite { String value(); int priority() default 5; }

    @Retention(RetentionPolicy.CLASS) @interface NotVisible {}

    @Suite("arithmetic")
    static class BaseTests {
        int counter;

        @BeforeEach void reset() { counter = 10; }
    }

    static class CalculatorTests extends BaseTests {
        @Test void addition() { check(2 + 2 == 4, "2+2"); counter++; }

        @Test(name = "division by zero", expected = ArithmeticException.class)
        @Tag("fast") @Tag("math")
        void divideByZero() { System.out.println("  result " + (counter / (counter - 10))); }

        @Test(expected = IllegalStateException.class) void expectedButMissing() { counter--; }

        @Test @Tag("slow") void failing() { check(counter == 11, "counter is " + counter); }

        @Test @Disabled("flaky on Tuesdays") void skipped() { throw new AssertionError("must not run"); }

        @Test @NotVisible @Deprecated void crashes() { Object o = null; o.hashCode(); }

        void helper() { }

        static void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }
    }

    @Suite(value = "strings", priority = 1)
    static class StringTests {
        @Test @Tag("fast") void upper() { CalculatorTests.check("abc".toUpperCase().equals("ABC"), "upper"); }

        @Test(expected = StringIndexOutOfBoundsException.class) void substring() { "abc".substring(5); }
    }

    public static void main(String[] args) throws Exception {
        List<Class<?>> suites = new ArrayList<>(List.of(CalculatorTests.class, StringTests.class));
        suites.sort(Comparator.comparingInt(c -> c.getAnnotation(Suite.class).priority()));
        Map<String, Integer> totals = new TreeMap<>();
        for (Class<?> suite : suites) {
            Suite s = suite.getAnnotation(Suite.class);
            System.out.println("== " + suite.getSimpleName() + " " + s + " declared=" + (suite.getDeclaredAnnotation(Suite.class) != null)
                    + " byType=" + suite.getAnnotationsByType(Suite.class).length);
            Method[] methods = suite.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            List<Method> before = new ArrayList<>();
            for (Class<?> c = suite; c != null; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) if (m.isAnnotationPresent(BeforeEach.class)) before.add(m);
            }
            Object instance = suite.getDeclaredConstructor().newInstance();
            for (Method m : methods) {
                Test t = m.getAnnotation(Test.class);
                if (t == null) continue;
                String name = t.name().isEmpty() ? m.getName() : t.name();
                List<String> tags = new ArrayList<>();
                for (Tag tag : m.getAnnotationsByType(Tag.class)) tags.add(tag.value());
                String label = name + (tags.isEmpty() ? "" : " " + tags);
                Disabled d = m.getAnnotation(Disabled.class);
                if (d != null) {
                    System.out.println("SKIP " + label + ": " + d.value());
                    totals.merge("skipped", 1, Integer::sum);
                    continue;
                }
                for (Method b : before) b.invoke(instance);
                String outcome;
                try {
                    m.invoke(instance);
                    outcome = t.expected() == None.class ? "PASS" : "FAIL expected " + t.expected().getSimpleName();
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (t.expected().isInstance(cause)) outcome = "PASS threw " + cause.getClass().getSimpleName();
                    else outcome = "FAIL " + cause;
                }
                System.out.println(outcome.substring(0, 4) + " " + label + outcome.substring(4));
                totals.merge(outcome.substring(0, 4).toLowerCase(), 1, Integer::sum);
                System.out.println("     annotations: " + Arrays.toString(m.getDeclaredAnnotations()).length() + " chars, " + m.getAnnotations().length + " visible");
            }
        }
        System.out.println("totals " + totals);
        Method div = CalculatorTests.class.getDeclaredMethod("divideByZero");
        System.out.println(div.getAnnotation(Tags.class));
        System.out.println(div.getAnnotation(Tag.class));
        System.out.println(Arrays.toString(div.getDeclaredAnnotationsByType(Tag.class)));
        Tag[] fromContainer = div.getAnnotation(Tags.class).value();
        System.out.println(fromContainer[0].equals(StringTests.class.getDeclaredMethod("upper").getAnnotation(Tag.class)) + " " + fromContainer[0].hashCode());
        System.out.println(Test.class.getDeclaredMethod("name").getDefaultValue() + "|" + Test.class.getDeclaredMethod("expected").getDefaultValue());
        System.out.println(Test.class.isAnnotation() + " " + Suite.class.isAnnotationPresent(Inherited.class) + " " + AnnotationTestRunner.class.isAnnotation());
        System.out.println(Arrays.toString(Suite.class.getAnnotation(Target.class).value()) + " " + Tag.class.getAnnotation(Repeatable.class));
        System.out.println(Modifier.toString(Test.class.getModifiers()) + " " + Arrays.toString(Test.class.getInterfaces()));
        Deprecated dep = CalculatorTests.class.getDeclaredMethod("crashes").getAnnotation(Deprecated.class);
        System.out.println(dep + " " + dep.annotationType().getSimpleName() + " " + dep.forRemoval());
    }
}
