/*
 * @fileoverview Builds Constructor and Method objects from the VM's member list, for java.lang.Class
 * (through jdk.internal.reflect.TernReflection). Tern class library.
 */
package java.lang.reflect;

import java.util.ArrayList;
import java.util.List;
import jdk.internal.reflect.TernReflection;

/** The factory registered by AccessibleObject. */
final class ReflectionFactory implements TernReflection.Factory {
    @Override
    public Constructor<?>[] constructors(Class<?> c, boolean publicOnly) {
        List<Constructor<?>> out = new ArrayList<>();
        for (String m : TernReflection.members(c)) {
            String[] parts = split(m);
            int flags = Integer.parseInt(parts[0]);
            if (!parts[1].equals("<init>") || (publicOnly && (flags & Modifier.PUBLIC) == 0)) continue;
            out.add(newConstructor(c, parts[2], flags, exceptions(parts[3])));
        }
        return out.toArray(new Constructor<?>[0]);
    }

    @Override
    public Method[] methods(Class<?> c, boolean publicOnly) {
        List<Method> out = new ArrayList<>();
        for (String m : TernReflection.members(c)) {
            String[] parts = split(m);
            int flags = Integer.parseInt(parts[0]);
            if (parts[1].equals("<init>") || (publicOnly && (flags & Modifier.PUBLIC) == 0)) continue;
            List<Class<?>> types = types(parts[2]);
            Class<?> ret = types.remove(types.size() - 1);
            out.add(new Method(c, parts[1], parts[2], flags, types.toArray(new Class<?>[0]), ret, exceptions(parts[3])));
        }
        return out.toArray(new Method[0]);
    }

    private static <T> Constructor<T> newConstructor(Class<T> c, String descriptor, int flags, Class<?>[] exceptions) {
        List<Class<?>> types = types(descriptor);
        types.remove(types.size() - 1);
        return new Constructor<>(c, descriptor, flags, types.toArray(new Class<?>[0]), exceptions);
    }

    /** {@code "flags name descriptor exceptions"} into its four parts (exceptions may be empty). */
    private static String[] split(String s) {
        String[] out = new String[4];
        int from = 0;
        for (int i = 0; i < 3; i++) {
            int sp = s.indexOf(' ', from);
            out[i] = s.substring(from, sp);
            from = sp + 1;
        }
        out[3] = s.substring(from);
        return out;
    }

    /** The parameter types of a method descriptor, then its return type. */
    private static List<Class<?>> types(String descriptor) {
        List<Class<?>> out = new ArrayList<>();
        int i = 1;
        while (true) {
            char c = descriptor.charAt(i);
            if (c == ')') {
                String ret = descriptor.substring(i + 1);
                out.add(ret.equals("V") ? void.class : TernReflection.typeFor(ret));
                return out;
            }
            int start = i;
            while (descriptor.charAt(i) == '[') i++;
            i = descriptor.charAt(i) == 'L' ? descriptor.indexOf(';', i) + 1 : i + 1;
            out.add(TernReflection.typeFor(descriptor.substring(start, i)));
        }
    }

    private static Class<?>[] exceptions(String list) {
        if (list.isEmpty()) return new Class<?>[0];
        List<Class<?>> out = new ArrayList<>();
        int from = 0;
        while (from <= list.length()) {
            int comma = list.indexOf(',', from);
            if (comma < 0) comma = list.length();
            out.add(TernReflection.typeFor("L" + list.substring(from, comma) + ";"));
            from = comma + 1;
        }
        return out.toArray(new Class<?>[0]);
    }
}
