import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A plugin host: loads plugin classes by name, instantiates them reflectively, and calls command methods by name. */
public class OopPluginRegistry {
    public interface Plugin {
        String id();
        default String describe() { return id() + " plugin"; }
    }

    public static class Greeter implements Plugin {
        private final String greeting;
        public Greeter() { this("Hello"); }
        public Greeter(String greeting) { this.greeting = greeting; }
        public String id() { return "greeter"; }
        public String greet(String name) { return greeting + ", " + name + "!"; }
        public String greet(String name, int times) { return (greeting + " " + name + " ").repeat(times).trim(); }
    }

    public static class Calculator implements Plugin {
        static int instances;
        public Calculator() { instances++; }
        public String id() { return "calc"; }
        public static long add(long a, long b) { return a + b; }
        public double scale(double v, float factor) { return v * factor; }
        public int divide(int a, int b) { return a / b; }
        @Override public String describe() { return "calculator #" + instances; }
    }

    public static class Faulty implements Plugin {
        public Faulty() { throw new IllegalStateException("license expired"); }
        public String id() { return "faulty"; }
    }

    public abstract static class Incomplete implements Plugin {
        public Incomplete() {}
    }

    public static class Secret implements Plugin {
        private final int code;
        private Secret(int code) { this.code = code; }
        public String id() { return "secret-" + code; }
    }

    public static class Counter implements Plugin {
        static { System.out.println("  (Counter class initialized)"); }
        private int n;
        public String id() { return "counter"; }
        public void increment() { n++; }
        public int value() { return n; }
        public boolean isPositive() { return n > 0; }
        public char initial() { return 'c'; }
    }

    final Map<String, Plugin> loaded = new TreeMap<>();
    final List<String> log = new ArrayList<>();

    void load(String className, Object... args) {
        try {
            Class<?> cls = Class.forName(className);
            if (!Plugin.class.isAssignableFrom(cls)) {
                log.add(className + ": not a plugin");
                return;
            }
            Class<?>[] types = new Class<?>[args.length];
            for (int i = 0; i < args.length; i++) types[i] = args[i] instanceof Integer ? int.class : args[i].getClass();
            Constructor<?> ctor = cls.getDeclaredConstructor(types);
            if (!Modifier.isPublic(ctor.getModifiers())) ctor.setAccessible(true);
            Plugin p = (Plugin) ctor.newInstance(args);
            loaded.put(p.id(), p);
            log.add("loaded " + p.id() + " via " + ctor + " -> " + p.describe());
        } catch (ClassNotFoundException e) {
            log.add("no such class: " + e.getMessage());
        } catch (NoSuchMethodException e) {
            log.add("no suitable constructor: " + e.getMessage());
        } catch (InvocationTargetException e) {
            log.add(className + " failed in its constructor: " + e.getCause());
        } catch (InstantiationException e) {
            log.add(className + " cannot be instantiated: " + e);
        } catch (IllegalAccessException e) {
            log.add(className + ": " + e);
        }
    }

    String call(String pluginId, String method, Object... args) {
        Plugin p = loaded.get(pluginId);
        if (p == null) return "no plugin " + pluginId;
        for (Method m : p.getClass().getMethods()) {
            if (!m.getName().equals(method) || m.getParameterCount() != args.length) continue;
            try {
                Object r = m.invoke(Modifier.isStatic(m.getModifiers()) ? null : p, args);
                return pluginId + "." + method + " = " + r + (r == null ? "" : " (" + r.getClass().getSimpleName() + ")");
            } catch (IllegalArgumentException e) {
                return pluginId + "." + method + ": bad arguments (" + e.getMessage() + ")";
            } catch (InvocationTargetException e) {
                return pluginId + "." + method + " threw " + e.getTargetException();
            } catch (IllegalAccessException e) {
                return e.toString();
            }
        }
        return pluginId + " has no method " + method + "/" + args.length;
    }

    public static void main(String[] args) throws Exception {
        OopPluginRegistry host = new OopPluginRegistry();
        String prefix = OopPluginRegistry.class.getName() + "$";
        host.load(prefix + "Greeter");
        host.load(prefix + "Greeter", "Howdy");
        host.load(prefix + "Calculator");
        host.load(prefix + "Calculator");
        host.load(prefix + "Faulty");
        host.load(prefix + "Incomplete");
        host.load(prefix + "Secret", 42);
        host.load(prefix + "Missing");
        host.load("java.lang.String");
        host.load(prefix + "Greeter", 3.5);
        System.out.println("before loading Counter");
        host.load(prefix + "Counter");
        host.log.forEach(System.out::println);
        System.out.println("plugins " + host.loaded.keySet());
        System.out.println(host.call("greeter", "greet", "Ada"));
        System.out.println(host.call("greeter", "greet", "Bob", 2));
        System.out.println(host.call("calc", "add", 40, 2));
        System.out.println(host.call("calc", "add", (byte) 1, 'A'));
        System.out.println(host.call("calc", "scale", 2.5, 4f));
        System.out.println(host.call("calc", "scale", 2.5, 4.0));
        System.out.println(host.call("calc", "divide", 7, 0));
        System.out.println(host.call("calc", "divide", null, 1));
        System.out.println(host.call("calc", "describe"));
        System.out.println(host.call("counter", "increment"));
        System.out.println(host.call("counter", "increment"));
        System.out.println(host.call("counter", "value"));
        System.out.println(host.call("counter", "isPositive"));
        System.out.println(host.call("counter", "initial"));
        System.out.println(host.call("counter", "reset"));
        System.out.println(host.call("nobody", "x"));

        Method add = Calculator.class.getMethod("add", long.class, long.class);
        Method greet = Greeter.class.getMethod("greet", String.class, int.class);
        Method id = Plugin.class.getMethod("id");
        System.out.println(add + " | " + greet + " | " + id);
        System.out.println("return types " + add.getReturnType() + " " + greet.getReturnType().getSimpleName() + ", params " + greet.getParameterCount()
            + " " + greet.getParameterTypes()[1] + ", static " + Modifier.isStatic(add.getModifiers()) + ", declared by " + greet.getDeclaringClass().getSimpleName());
        System.out.println("interface dispatch: " + id.invoke(host.loaded.get("calc")) + " " + id.invoke(host.loaded.get("greeter")));
        System.out.println("String.length via reflection: " + String.class.getMethod("length").invoke("reflection") + ", "
            + String.class.getMethod("substring", int.class, int.class).invoke("reflection", 2, 6) + ", "
            + Integer.class.getMethod("parseInt", String.class, int.class).invoke(null, "ff", 16));
        try {
            Calculator.class.getMethod("add", int.class, int.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }
        try {
            Greeter.class.getConstructor(int.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }
        try {
            id.invoke("not a plugin");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            id.invoke(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
        try {
            add.invoke(null, 1L);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        Constructor<Greeter> gc = Greeter.class.getConstructor(String.class);
        System.out.println(gc + " name " + gc.getName() + " count " + Greeter.class.getConstructors().length + " equal " + gc.equals(Greeter.class.getConstructor(String.class)));
        System.out.println(gc.newInstance("Hi").greet("there") + " / " + Modifier.toString(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL) + " / " + Calculator.instances);
        @SuppressWarnings("deprecation") Object viaClass = Calculator.class.newInstance();
        System.out.println("Class.newInstance -> " + ((Plugin) viaClass).describe());
        try {
            @SuppressWarnings("deprecation") Object f = Faulty.class.newInstance();
            System.out.println("unexpected " + f);
        } catch (IllegalStateException e) {
            System.out.println("Class.newInstance rethrows unwrapped: " + e.getMessage());
        }
    }
}
