import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A plugin host: plugins named by class, made by reflection, commands dispatched by method name. */
public class ReflectivePlugins {
    public interface Plugin {
        String name();
        default String describe() { return "plugin " + name(); }
        static String banner() { return "== plugins =="; }
    }

    public static class Upper implements Plugin {
        public Upper() {}
        public String name() { return "upper"; }
        public String run(String s) { return s.toUpperCase(); }
    }

    public static class Counter implements Plugin {
        private long total;
        public Counter() { this(10); }
        public Counter(long start) { total = start; }
        public String name() { return "counter"; }
        public long add(int n) { total += n; return total; }
        public long add(long a, double b) { total += a + (long) b; return total; }
        public static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
        public void fail(String why) { throw new IllegalStateException("counter failed: " + why); }
        private String secret() { return "hidden " + total; }
    }

    public abstract static class Broken implements Plugin {
        public Broken() {}
    }

    static Object call(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target, args);
                } catch (IllegalArgumentException e) {
                    // try the next overload
                }
            }
        }
        throw new NoSuchMethodException(method);
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Plugin.banner());
        List<Plugin> plugins = new ArrayList<>();
        for (String name : new String[] {"ReflectivePlugins$Upper", "ReflectivePlugins$Counter", "ReflectivePlugins$Broken", "ReflectivePlugins$Missing"}) {
            try {
                Class<?> c = Class.forName(name);
                Plugin p = (Plugin) c.getDeclaredConstructor().newInstance();
                plugins.add(p);
                System.out.println("loaded " + p.describe() + " from " + c.getSimpleName());
            } catch (ClassNotFoundException e) {
                System.out.println("no such plugin: " + e.getMessage());
            } catch (InstantiationException e) {
                System.out.println("cannot instantiate " + name + ": " + e);
            }
        }
        Plugin upper = plugins.get(0), counter = plugins.get(1);
        System.out.println(call(upper, "run", "hello reflection"));
        System.out.println(call(counter, "add", 5));
        System.out.println(call(counter, "add", 7L, 2.5));
        System.out.println(call(counter, "add", (byte) 3));
        System.out.println(call(counter, "describe"));

        Method sum = Counter.class.getMethod("sum", int[].class);
        System.out.println(sum + " = " + sum.invoke(null, (Object) new int[] {1, 2, 3, 4}));
        System.out.println("varargs " + sum.isVarArgs() + ", static " + Modifier.isStatic(sum.getModifiers()));

        Method fail = Counter.class.getMethod("fail", String.class);
        try {
            fail.invoke(counter, "disk full");
        } catch (InvocationTargetException e) {
            System.out.println("wrapped: " + e.getCause());
        }
        Method secret = Counter.class.getDeclaredMethod("secret");
        secret.setAccessible(true);
        System.out.println(secret + " -> " + secret.invoke(counter));

        Constructor<Counter> withStart = Counter.class.getConstructor(long.class);
        System.out.println(withStart + " -> " + withStart.newInstance(100).add(1));
        for (Object[] bad : new Object[][] {{}, {"x"}, {null}, {1.5}}) {
            try {
                withStart.newInstance(bad);
            } catch (IllegalArgumentException e) {
                System.out.println("bad " + Arrays.toString(bad) + ": " + e);
            }
        }
        try {
            Counter.class.getMethod("add", String.class);
        } catch (NoSuchMethodException e) {
            System.out.println(e);
        }
        try {
            Counter.class.getMethod("secret");
        } catch (NoSuchMethodException e) {
            System.out.println(e);
        }
        try {
            Counter.class.getMethod("add", int.class).invoke("not a counter", 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }

        Method[] declared = Counter.class.getDeclaredMethods();
        Arrays.sort(declared, Comparator.comparing(Method::toString));
        for (Method m : declared) System.out.println("declared: " + m);
        Constructor<?>[] ctors = Counter.class.getDeclaredConstructors();
        Arrays.sort(ctors, Comparator.comparing(Constructor::toString));
        for (Constructor<?> c : ctors) System.out.println("constructor: " + c + " params " + c.getParameterCount());
        Method describe = Plugin.class.getMethod("describe");
        System.out.println(describe + " default=" + describe.isDefault() + " on upper: " + describe.invoke(upper));
        System.out.println("banner via reflection: " + Plugin.class.getMethod("banner").invoke(null));
        System.out.println(Counter.class.getMethod("name").getReturnType() + " " + Counter.class.getMethod("add", int.class).getReturnType());
    }
}
