/*
 * Prints the public and protected API of JDK classes, for test/classlib/build.test.ts: reads
 * binary class names from standard input, one per line, and prints for each
 *   K <name> <modifiers hex> <superclass or ->
 *   M <name> <descriptor> <S|I>   for every method and constructor (<init>), own or inherited
 *   F <name> <descriptor> <S|I>   for every field, own or inherited
 * or "X <name>" when the JDK has no such class. Synthetic and bridge members are skipped.
 */
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

public class ApiDump {
    public static void main(String[] args) throws Exception {
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        String name;
        while ((name = in.readLine()) != null) {
            Class<?> c;
            try {
                c = Class.forName(name, false, null);
            } catch (ClassNotFoundException e) {
                out.append("X ").append(name).append('\n');
                continue;
            }
            Class<?> sup = c.getSuperclass();
            out.append("K ").append(name).append(' ').append(Integer.toHexString(c.getModifiers()))
                    .append(' ').append(sup == null ? "-" : sup.getName()).append('\n');
            Set<Class<?>> seen = new HashSet<>();
            ArrayDeque<Class<?>> todo = new ArrayDeque<>();
            todo.add(c);
            while (!todo.isEmpty()) {
                Class<?> k = todo.poll();
                if (!seen.add(k)) {
                    continue;
                }
                for (Method m : k.getDeclaredMethods()) {
                    if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                        member(out, 'M', m.getName(), descriptor(m.getParameterTypes(), m.getReturnType()), m.getModifiers());
                    }
                }
                if (k == c) {
                    for (Constructor<?> m : k.getDeclaredConstructors()) {
                        if (visible(m.getModifiers()) && !m.isSynthetic()) {
                            member(out, 'M', "<init>", descriptor(m.getParameterTypes(), void.class), m.getModifiers());
                        }
                    }
                }
                for (Field f : k.getDeclaredFields()) {
                    if (visible(f.getModifiers()) && !f.isSynthetic()) {
                        member(out, 'F', f.getName(), f.getType().descriptorString(), f.getModifiers());
                    }
                }
                if (k.getSuperclass() != null) {
                    todo.add(k.getSuperclass());
                }
                for (Class<?> i : k.getInterfaces()) {
                    todo.add(i);
                }
            }
        }
        System.out.print(out);
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String descriptor(Class<?>[] params, Class<?> ret) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : params) {
            d.append(p.descriptorString());
        }
        return d.append(')').append(ret.descriptorString()).toString();
    }

    private static void member(StringBuilder out, char kind, String name, String descriptor, int modifiers) {
        out.append(kind).append(' ').append(name).append(' ').append(descriptor).append(' ')
                .append(Modifier.isStatic(modifiers) ? 'S' : 'I').append('\n');
    }
}
