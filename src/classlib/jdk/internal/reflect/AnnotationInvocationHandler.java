package jdk.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.annotation.IncompleteAnnotationException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import sun.reflect.annotation.AnnotationType;

/**
 * The behaviour of an annotation instance (a Proxy implementing the annotation interface): member
 * values from a map (arrays cloned on the way out), annotationType, and equals, hashCode and
 * toString as java.lang.annotation.Annotation specifies them and JDK 17 prints them.
 */
final class AnnotationInvocationHandler implements InvocationHandler, java.io.Serializable {
    private static final long serialVersionUID = 6182022883658399397L;

    private final Class<? extends Annotation> type;
    private final Map<String, Object> memberValues;

    AnnotationInvocationHandler(Class<? extends Annotation> type, Map<String, Object> memberValues) {
        this.type = type;
        this.memberValues = memberValues;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        String member = method.getName();
        int parameterCount = method.getParameterCount();
        if (parameterCount == 1 && member.equals("equals") && method.getParameterTypes()[0] == Object.class) return equalsImpl(proxy, args[0]);
        if (parameterCount != 0) throw new AssertionError("Too many parameters for an annotation method");
        if (member.equals("toString")) return toStringImpl();
        if (member.equals("hashCode")) return hashCodeImpl();
        if (member.equals("annotationType")) return type;
        Object result = memberValues.get(member);
        if (result == null) throw new IncompleteAnnotationException(type, member);
        if (result instanceof ExceptionProxy) throw ((ExceptionProxy) result).generateException();
        if (result.getClass().isArray() && java.lang.reflect.Array.getLength(result) != 0) result = cloneArray(result);
        return result;
    }

    private static Object cloneArray(Object a) {
        if (a instanceof byte[]) return ((byte[]) a).clone();
        if (a instanceof char[]) return ((char[]) a).clone();
        if (a instanceof double[]) return ((double[]) a).clone();
        if (a instanceof float[]) return ((float[]) a).clone();
        if (a instanceof int[]) return ((int[]) a).clone();
        if (a instanceof long[]) return ((long[]) a).clone();
        if (a instanceof short[]) return ((short[]) a).clone();
        if (a instanceof boolean[]) return ((boolean[]) a).clone();
        return ((Object[]) a).clone();
    }

    private String toStringImpl() {
        StringBuilder result = new StringBuilder(128);
        result.append('@').append(type.getName()).append('(');
        boolean first = true;
        boolean loneValue = memberValues.size() == 1;
        for (Map.Entry<String, Object> e : memberValues.entrySet()) {
            if (first) first = false;
            else result.append(", ");
            String key = e.getKey();
            if (!loneValue || !"value".equals(key)) result.append(key).append('=');
            loneValue = false;
            result.append(memberValueToString(e.getValue()));
        }
        return result.append(')').toString();
    }

    private static String memberValueToString(Object value) {
        Class<?> c = value.getClass();
        if (!c.isArray()) {
            if (c == Class.class) return toSourceString((Class<?>) value);
            if (c == String.class) return toSourceString((String) value);
            if (c == Character.class) return toSourceString((char) (Character) value);
            if (c == Double.class) return toSourceString((double) (Double) value);
            if (c == Float.class) return toSourceString((float) (Float) value);
            if (c == Long.class) return value + "L";
            if (c == Byte.class) return toSourceString((byte) (Byte) value);
            return value.toString();
        }
        StringBuilder sb = new StringBuilder("{");
        int n = java.lang.reflect.Array.getLength(value);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            sb.append(memberValueToString(java.lang.reflect.Array.get(value, i)));
        }
        return sb.append('}').toString();
    }

    /** {@code Name.class}, {@code Name[][].class}, with binary names ({@code Outer$Inner}). */
    private static String toSourceString(Class<?> clazz) {
        Class<?> finalComponent = clazz;
        StringBuilder arrayBrackets = new StringBuilder();
        while (finalComponent.isArray()) {
            finalComponent = finalComponent.getComponentType();
            arrayBrackets.append("[]");
        }
        return finalComponent.getName() + arrayBrackets + ".class";
    }

    private static String toSourceString(float f) {
        if (Float.isFinite(f)) return Float.toString(f) + "f";
        if (Float.isInfinite(f)) return (f < 0.0f ? "-" : "") + "1.0f/0.0f";
        return "0.0f/0.0f";
    }

    private static String toSourceString(double d) {
        if (Double.isFinite(d)) return Double.toString(d);
        if (Double.isInfinite(d)) return (d < 0.0 ? "-" : "") + "1.0/0.0";
        return "0.0/0.0";
    }

    private static String toSourceString(char c) {
        return "'" + quote(c) + "'";
    }

    private static String toSourceString(byte b) {
        String hex = Integer.toHexString(b & 0xff);
        return "(byte)0x" + (hex.length() == 1 ? "0" + hex : hex);
    }

    private static String toSourceString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) sb.append(quote(s.charAt(i)));
        return sb.append('"').toString();
    }

    private static String quote(char ch) {
        switch (ch) {
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\'': return "\\'";
            case '\"': return "\\\"";
            case '\\': return "\\\\";
            default:
                if (ch >= ' ' && ch <= '~') return String.valueOf(ch);
                String hex = Integer.toHexString(ch);
                return "\\u" + "0000".substring(hex.length()) + hex;
        }
    }

    private Boolean equalsImpl(Object proxy, Object o) {
        if (o == proxy) return true;
        if (!type.isInstance(o)) return false;
        AnnotationInvocationHandler other = handlerOf(o);
        for (Method m : AnnotationType.getInstance(type).members().values()) {
            String member = m.getName();
            Object ours = memberValues.get(member);
            Object theirs;
            if (other != null) {
                theirs = other.memberValues.get(member);
            } else {
                try {
                    theirs = m.invoke(o);
                } catch (InvocationTargetException e) {
                    return false;
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
            if (!memberValueEquals(ours, theirs)) return false;
        }
        return true;
    }

    private AnnotationInvocationHandler handlerOf(Object o) {
        if (Proxy.isProxyClass(o.getClass())) {
            InvocationHandler h = Proxy.getInvocationHandler(o);
            if (h instanceof AnnotationInvocationHandler) return (AnnotationInvocationHandler) h;
        }
        return null;
    }

    private static boolean memberValueEquals(Object v1, Object v2) {
        if (v1 == null || v2 == null) return v1 == v2;
        Class<?> type = v1.getClass();
        if (!type.isArray()) return v1.equals(v2);
        if (v1 instanceof Object[] && v2 instanceof Object[]) return Arrays.equals((Object[]) v1, (Object[]) v2);
        if (v2.getClass() != type) return false;
        if (type == byte[].class) return Arrays.equals((byte[]) v1, (byte[]) v2);
        if (type == char[].class) return Arrays.equals((char[]) v1, (char[]) v2);
        if (type == double[].class) return Arrays.equals((double[]) v1, (double[]) v2);
        if (type == float[].class) return Arrays.equals((float[]) v1, (float[]) v2);
        if (type == int[].class) return Arrays.equals((int[]) v1, (int[]) v2);
        if (type == long[].class) return Arrays.equals((long[]) v1, (long[]) v2);
        if (type == short[].class) return Arrays.equals((short[]) v1, (short[]) v2);
        return Arrays.equals((boolean[]) v1, (boolean[]) v2);
    }

    /** The sum over members of (127 * name.hashCode()) ^ value hash, as Annotation.hashCode specifies. */
    private int hashCodeImpl() {
        int result = 0;
        for (Map.Entry<String, Object> e : memberValues.entrySet()) {
            result += (127 * e.getKey().hashCode()) ^ memberValueHashCode(e.getValue());
        }
        return result;
    }

    private static int memberValueHashCode(Object value) {
        Class<?> type = value.getClass();
        if (!type.isArray()) return value.hashCode();
        if (type == byte[].class) return Arrays.hashCode((byte[]) value);
        if (type == char[].class) return Arrays.hashCode((char[]) value);
        if (type == double[].class) return Arrays.hashCode((double[]) value);
        if (type == float[].class) return Arrays.hashCode((float[]) value);
        if (type == int[].class) return Arrays.hashCode((int[]) value);
        if (type == long[].class) return Arrays.hashCode((long[]) value);
        if (type == short[].class) return Arrays.hashCode((short[]) value);
        if (type == boolean[].class) return Arrays.hashCode((boolean[]) value);
        return Arrays.hashCode((Object[]) value);
    }
}
