package java.lang.reflect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dynamic proxy classes: the VM generates (defineProxy0) a final class extending Proxy and
 * implementing the interfaces, whose every method boxes its arguments and calls
 * {@link #dispatch} with the method's index; dispatch calls the handler with the Method object
 * and applies the JDK's rule for exceptions (unchecked ones and those the method declares pass,
 * others are wrapped in UndeclaredThrowableException). The generated code unboxes and casts the
 * result (NullPointerException for null where a primitive is returned, ClassCastException for
 * the wrong type). Methods: hashCode, equals and toString of Object first, then each interface's
 * public non-static methods in order, a signature already seen not repeated.
 */
public class Proxy implements java.io.Serializable {
    private static final long serialVersionUID = -2222568056686623797L;

    protected InvocationHandler h;

    /** Proxy classes made so far, by interface list; and the methods of each. */
    private static final Map<List<Class<?>>, Class<?>> CLASSES = new HashMap<>();
    private static final Map<Class<?>, Method[]> METHODS = new HashMap<>();
    private static int counter;

    private Proxy() {
    }

    protected Proxy(InvocationHandler h) {
        Objects.requireNonNull(h);
        this.h = h;
    }

    @Deprecated
    public static Class<?> getProxyClass(ClassLoader loader, Class<?>... interfaces) throws IllegalArgumentException {
        return proxyClass(interfaces.clone());
    }

    public static Object newProxyInstance(ClassLoader loader, Class<?>[] interfaces, InvocationHandler h) {
        Objects.requireNonNull(h);
        Class<?> c = proxyClass(interfaces.clone());
        try {
            return c.getConstructor(InvocationHandler.class).newInstance(h);
        } catch (InvocationTargetException e) {
            throw new InternalError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new InternalError(e);
        }
    }

    public static boolean isProxyClass(Class<?> cl) {
        synchronized (CLASSES) {
            return METHODS.containsKey(cl);
        }
    }

    public static InvocationHandler getInvocationHandler(Object proxy) throws IllegalArgumentException {
        if (!isProxyClass(proxy.getClass())) throw new IllegalArgumentException("not a proxy instance");
        return ((Proxy) proxy).h;
    }

    private static Class<?> proxyClass(Class<?>[] interfaces) {
        if (interfaces.length > 65535) throw new IllegalArgumentException("interface limit exceeded: " + interfaces.length);
        List<Class<?>> key = new ArrayList<>();
        String pkg = null;
        for (Class<?> i : interfaces) {
            if (!i.isInterface()) throw new IllegalArgumentException(i.getName() + " is not an interface");
            if (key.contains(i)) throw new IllegalArgumentException("repeated interface: " + i.getName());
            if (i.isHidden()) throw new IllegalArgumentException(i.getName() + " is a hidden interface");
            key.add(i);
            if (!Modifier.isPublic(i.getModifiers())) {
                String p = i.getPackageName();
                if (pkg != null && !pkg.equals(p)) throw new IllegalArgumentException("non-public interfaces from different packages");
                pkg = p;
            }
        }
        synchronized (CLASSES) {
            Class<?> c = CLASSES.get(key);
            if (c != null) return c;
            LinkedHashMap<String, Method> methods = new LinkedHashMap<>();
            try {
                methods.put("hashCode()", Object.class.getMethod("hashCode"));
                methods.put("equals(java.lang.Object)", Object.class.getMethod("equals", Object.class));
                methods.put("toString()", Object.class.getMethod("toString"));
            } catch (NoSuchMethodException e) {
                throw new InternalError(e);
            }
            for (Class<?> i : interfaces) {
                for (Method m : i.getMethods()) {
                    if (Modifier.isStatic(m.getModifiers())) continue;
                    StringBuilder sig = new StringBuilder(m.getName()).append('(');
                    Class<?>[] params = m.getParameterTypes();
                    for (int k = 0; k < params.length; k++) sig.append(k == 0 ? "" : ",").append(params[k].getName());
                    String s = sig.append(')').toString();
                    Method seen = methods.get(s);
                    // A more specific (covariant) return type wins; the first method is kept otherwise.
                    if (seen == null || (seen.getReturnType() != m.getReturnType() && seen.getReturnType().isAssignableFrom(m.getReturnType()))) {
                        methods.put(s, m);
                    }
                }
            }
            Method[] table = methods.values().toArray(new Method[0]);
            String[] names = new String[table.length];
            String[] descriptors = new String[table.length];
            for (int k = 0; k < table.length; k++) {
                names[k] = table[k].getName();
                descriptors[k] = table[k].descriptor;
            }
            String name = (pkg == null ? "jdk.proxy1." : pkg.isEmpty() ? "" : pkg + ".") + "$Proxy" + counter++;
            c = defineProxy0(name.replace('.', '/'), interfaces, names, descriptors);
            CLASSES.put(key, c);
            METHODS.put(c, table);
            return c;
        }
    }

    /**
     * Called by the generated methods: the handler's answer for method {@code index} of the
     * proxy's class, with the JDK's wrapping of undeclared checked exceptions.
     */
    static Object dispatch(Proxy proxy, int index, Object[] args) throws Throwable {
        Method m;
        synchronized (CLASSES) {
            m = METHODS.get(proxy.getClass())[index];
        }
        try {
            return proxy.h.invoke(proxy, m, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            for (Class<?> declared : m.getExceptionTypes()) {
                if (declared.isInstance(t)) throw t;
            }
            throw new UndeclaredThrowableException(t);
        }
    }

    /**
     * VM: defines the proxy class {@code name} (internal form) extending Proxy and implementing
     * {@code interfaces}, whose method k is {@code names[k]descriptors[k]} and calls dispatch(this, k, args).
     */
    private static native Class<?> defineProxy0(String name, Class<?>[] interfaces, String[] names, String[] descriptors);
}
