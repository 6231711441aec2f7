import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Dynamic proxies as real programs use them: a caching/logging decorator, a retry policy and an event bus. */
public class ProxyServiceDecorator {
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD) @interface Cached {}

    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD) @interface Retry { int times() default 2; }

    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD) @interface Subscribe { String topic(); }

    interface PriceService {
        @Cached long price(String item, int quantity);

        @Retry(times = 3) double discount(String code) throws IOException;

        void reset();

        boolean available(char size, byte shelf, short row, float weight);

        default String describe(String item) { return item + " costs " + price(item, 1); }

        List<String> catalog();

        int[] histogram();
    }

    interface Auditable {
        String audit();
    }

    static class RealPrices implements PriceService {
        int calls, failures;

        public long price(String item, int quantity) { calls++; return (long) item.length() * 100 * quantity; }

        public double discount(String code) throws IOException {
            if (failures++ < 2) throw new IOException("network hiccup " + failures);
            return code.equals("VIP") ? 0.2 : 0.05;
        }

        public void reset() { calls = 0; }

        public boolean available(char size, byte shelf, short row, float weight) { return size == 'M' && shelf > 0 && row < 10 && weight < 2.5f; }

        public List<String> catalog() { return List.of("apple", "pear"); }

        public int[] histogram() { return new int[] {3, 1, 4}; }
    }

    static final List<String> log = new ArrayList<>();

    static PriceService decorate(RealPrices target) {
        Map<String, Object> cache = new HashMap<>();
        InvocationHandler h = (proxy, method, args) -> {
            String key = method.getName() + (args == null ? "[]" : Arrays.toString(args));
            if (method.getDeclaringClass() == Object.class) {
                if (method.getName().equals("toString")) return "PriceServiceProxy";
                if (method.getName().equals("hashCode")) return 42;
                return proxy == args[0];
            }
            if (method.getDeclaringClass() == Auditable.class) return "calls=" + target.calls + " cached=" + new TreeMap<>(cache).keySet();
            if (method.isDefault()) {
                log.add("default " + key);
                return "[" + method.getName() + "] " + ((String) args[0]).toUpperCase() + " costs " + ((PriceService) proxy).price((String) args[0], 1);
            }
            if (method.isAnnotationPresent(Cached.class) && cache.containsKey(key)) {
                log.add("hit " + key);
                return cache.get(key);
            }
            int attempts = method.isAnnotationPresent(Retry.class) ? method.getAnnotation(Retry.class).times() : 1;
            for (int i = 1; ; i++) {
                try {
                    Object result = method.invoke(target, args);
                    log.add("call " + key + " -> " + (result instanceof int[] ? Arrays.toString((int[]) result) : result));
                    if (method.isAnnotationPresent(Cached.class)) cache.put(key, result);
                    return result;
                } catch (InvocationTargetException e) {
                    log.add("attempt " + i + " of " + method.getName() + " failed: " + e.getCause().getMessage());
                    if (i >= attempts) throw e.getCause();
                }
            }
        };
        return (PriceService) Proxy.newProxyInstance(PriceService.class.getClassLoader(), new Class<?>[] {PriceService.class, Auditable.class}, h);
    }

    static class Bus {
        final Map<String, List<Object[]>> handlers = new TreeMap<>();

        void register(Object listener) {
            Method[] methods = listener.getClass().getDeclaredMethods();
            Arrays.sort(methods, (a, b) -> a.getName().compareTo(b.getName()));
            for (Method m : methods) {
                Subscribe s = m.getAnnotation(Subscribe.class);
                if (s != null) handlers.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(new Object[] {listener, m});
            }
        }

        void post(String topic, Object event) throws Exception {
            for (Object[] h : handlers.getOrDefault(topic, List.of())) ((Method) h[1]).invoke(h[0], event);
        }
    }

    static class Listener {
        final StringBuilder seen = new StringBuilder();

        @Subscribe(topic = "order") public void onOrder(String id) { seen.append("order:").append(id).append(' '); }

        @Subscribe(topic = "order") public void audit(String id) { seen.append("audit:").append(id).append(' '); }

        @Subscribe(topic = "refund") public void onRefund(Integer amount) { seen.append("refund:").append(amount).append(' '); }

        public void notASubscriber(String s) { seen.append("never"); }
    }

    public static void main(String[] args) throws Exception {
        RealPrices real = new RealPrices();
        PriceService svc = decorate(real);
        System.out.println(svc.price("apple", 2) + " " + svc.price("apple", 2) + " " + svc.price("kiwi", 1));
        System.out.println(svc.describe("pear"));
        System.out.println(svc.discount("VIP"));
        System.out.println(svc.available('M', (byte) 2, (short) 3, 1.5f) + " " + svc.available('S', (byte) 1, (short) 1, 1f));
        System.out.println(svc.catalog() + " " + Arrays.toString(svc.histogram()));
        svc.reset();
        System.out.println(((Auditable) svc).audit());
        System.out.println(svc + " " + svc.hashCode() + " " + svc.equals(svc) + " " + svc.equals("x"));
        System.out.println(Proxy.isProxyClass(svc.getClass()) + " " + Proxy.isProxyClass(RealPrices.class) + " " + (svc instanceof Auditable));
        System.out.println(Proxy.getInvocationHandler(svc) != null);
        log.forEach(System.out::println);

        real.failures = 0;
        PriceService once = (PriceService) Proxy.newProxyInstance(ProxyServiceDecorator.class.getClassLoader(), new Class<?>[] {PriceService.class}, (p, m, a) -> m.invoke(real, a));
        try {
            once.discount("X");
        } catch (UndeclaredThrowableException e) {
            System.out.println("undeclared: " + e.getUndeclaredThrowable().getClass().getSimpleName());
        }
        PriceService direct = (PriceService) Proxy.newProxyInstance(ProxyServiceDecorator.class.getClassLoader(), new Class<?>[] {PriceService.class}, (p, m, a) -> {
            if (m.getName().equals("discount")) throw new IOException("declared, passes through");
            if (m.getName().equals("price")) throw new Exception("checked, undeclared");
            if (m.getName().equals("available")) return null;
            if (m.getName().equals("catalog")) return "not a list";
            throw new IllegalStateException("unchecked " + m.getName());
        });
        try { direct.discount("X"); } catch (IOException e) { System.out.println("IOException: " + e.getMessage()); }
        try { direct.price("a", 1); } catch (UndeclaredThrowableException e) { System.out.println("wrapped: " + e.getCause().getMessage()); }
        try { direct.reset(); } catch (IllegalStateException e) { System.out.println("ISE: " + e.getMessage()); }
        try { direct.available('a', (byte) 0, (short) 0, 0f); } catch (NullPointerException e) { System.out.println("null for boolean -> NullPointerException"); }
        try { direct.catalog(); } catch (ClassCastException e) { System.out.println("wrong type -> ClassCastException"); }
        try {
            Proxy.newProxyInstance(ProxyServiceDecorator.class.getClassLoader(), new Class<?>[] {RealPrices.class}, (p, m, a) -> null);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Proxy.getInvocationHandler("nope");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        Bus bus = new Bus();
        Listener l = new Listener();
        bus.register(l);
        bus.post("order", "A-17");
        bus.post("refund", 250);
        bus.post("unknown", "x");
        System.out.println(l.seen.toString().trim() + " | topics " + bus.handlers.keySet());
    }
}
