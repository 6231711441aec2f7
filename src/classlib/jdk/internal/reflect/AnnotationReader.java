package jdk.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.annotation.AnnotationFormatError;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import sun.reflect.annotation.AnnotationType;

/**
 * Reads the run-time-visible annotation attributes (JVMS 4.7.16-4.7.22), which the VM keeps
 * unparsed, into annotation instances, with the JDK's rules: an annotation whose type cannot be
 * loaded, is not an annotation interface or is not RUNTIME-retained is skipped; a member the
 * type no longer has is skipped; a value of the wrong type becomes an exception thrown when that
 * member is read (AnnotationTypeMismatchException, TypeNotPresentException,
 * EnumConstantNotPresentException); a truncated or inconsistent attribute throws
 * AnnotationFormatError when read, never at class loading.
 */
public final class AnnotationReader {
    /** Attribute kinds of rawAnnotations0. */
    public static final int CLASS = 0, FIELD = 1, METHOD = 2, PARAMETERS = 3, DEFAULT = 4, RECORD_COMPONENT = 5;

    private final byte[] data;
    private final Class<?> container;
    private int pos;
    /** When not null, only these annotation types are parsed (AnnotationType's meta-annotations). */
    private final Class<?>[] select;

    private AnnotationReader(byte[] data, Class<?> container, Class<?>[] select) {
        this.data = data;
        this.container = container;
        this.select = select;
    }

    /** VM: a copy of one attribute's body, or null when the element has none. */
    public static native byte[] rawAnnotations0(Class<?> c, int kind, String member, String descriptor);

    /** VM: the Utf8 constant at {@code index} of {@code c}'s pool, or null when that is not one. */
    private static native String utf8At0(Class<?> c, int index);

    /** VM: the Integer/Float/Long/Double constant (tag 3-6) as raw bits; IllegalArgumentException otherwise. */
    private static native long primitiveAt0(Class<?> c, int index, int tag);

    /** The annotations of a RuntimeVisibleAnnotations body (null: none), by type, in attribute order. */
    public static Map<Class<? extends Annotation>, Annotation> parseAnnotations(byte[] raw, Class<?> container) {
        if (raw == null) return new LinkedHashMap<>();
        return new AnnotationReader(raw, container, null).annotationsOrError();
    }

    /** Only the annotations of the given types (for AnnotationType, which must not recurse). */
    public static Map<Class<? extends Annotation>, Annotation> parseSelectAnnotations(byte[] raw, Class<?> container, Class<?>... select) {
        if (raw == null) return new LinkedHashMap<>();
        return new AnnotationReader(raw, container, select).annotationsOrError();
    }

    /** The parameter annotations of a RuntimeVisibleParameterAnnotations body. */
    public static Annotation[][] parseParameterAnnotations(byte[] raw, Class<?> container) {
        AnnotationReader p = new AnnotationReader(raw, container, null);
        try {
            int n = p.u1();
            Annotation[][] out = new Annotation[n][];
            for (int i = 0; i < n; i++) out[i] = p.annotations().values().toArray(new Annotation[0]);
            return out;
        } catch (IllegalArgumentException e) {
            throw new AnnotationFormatError(e);
        } catch (Underflow e) {
            throw new AnnotationFormatError("Unexpected end of parameter annotations.");
        }
    }

    /** Method.getDefaultValue: the AnnotationDefault value for member type {@code type}, or null. */
    public static Object parseDefault(byte[] raw, Class<?> container, Class<?> type, Method method) {
        if (raw == null) return null;
        Object v;
        try {
            v = new AnnotationReader(raw, container, null).memberValue(type);
        } catch (IllegalArgumentException e) {
            throw new AnnotationFormatError(e);
        } catch (Underflow e) {
            throw new AnnotationFormatError("Unexpected end of annotations.");
        }
        if (v instanceof ExceptionProxy) throw new AnnotationFormatError("Invalid default: " + method);
        return v;
    }

    private Map<Class<? extends Annotation>, Annotation> annotationsOrError() {
        try {
            return annotations();
        } catch (IllegalArgumentException e) {
            throw new AnnotationFormatError(e);
        } catch (Underflow e) {
            throw new AnnotationFormatError("Unexpected end of annotations.");
        }
    }

    private Map<Class<? extends Annotation>, Annotation> annotations() {
        Map<Class<? extends Annotation>, Annotation> out = new LinkedHashMap<>();
        int n = u2();
        for (int i = 0; i < n; i++) {
            Annotation a = annotation(false);
            if (a == null) continue;
            Class<? extends Annotation> type = a.annotationType();
            if (AnnotationType.getInstance(type).retention() == RetentionPolicy.RUNTIME && out.put(type, a) != null) {
                throw new AnnotationFormatError("Duplicate annotation for class: " + type + ": " + a);
            }
        }
        return out;
    }

    /**
     * One annotation structure; null when it is to be skipped (type missing, not an annotation
     * interface, not selected). {@code nested}: a member value, where a missing type is an error.
     */
    @SuppressWarnings("unchecked")
    private Annotation annotation(boolean nested) {
        int typeIndex = u2();
        Class<?> type;
        try {
            type = typeOf(utf8(typeIndex));
        } catch (NoClassDefFoundError | TypeNotPresentException e) {
            if (nested) throw new TypeNotPresentException(utf8(typeIndex), e);
            skipPairs();
            return null;
        }
        if (select != null && !contains(select, type)) {
            skipPairs();
            return null;
        }
        AnnotationType at;
        try {
            at = AnnotationType.getInstance((Class<? extends Annotation>) type);
        } catch (IllegalArgumentException e) {
            skipPairs();
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>(at.memberDefaults());
        int pairs = u2();
        for (int i = 0; i < pairs; i++) {
            String name = utf8(u2());
            Class<?> memberType = at.memberTypes().get(name);
            if (memberType == null) {
                skipValue();
                continue;
            }
            Object v = memberValue(memberType);
            if (v instanceof AnnotationTypeMismatchExceptionProxy) ((AnnotationTypeMismatchExceptionProxy) v).setMember(at.members().get(name));
            values.put(name, v);
        }
        return annotationForMap((Class<? extends Annotation>) type, values);
    }

    /** A new annotation instance: a proxy whose handler answers from {@code values}. */
    public static Annotation annotationForMap(Class<? extends Annotation> type, Map<String, Object> values) {
        return (Annotation) Proxy.newProxyInstance(null, new Class<?>[] {type}, new AnnotationInvocationHandler(type, values));
    }

    private static boolean contains(Class<?>[] list, Class<?> c) {
        for (Class<?> x : list) {
            if (x == c) return true;
        }
        return false;
    }

    /** An element_value for a member of type {@code type} (primitive types as their wrappers' values). */
    private Object memberValue(Class<?> type) {
        int tag = u1();
        if (tag == '[') return array(type);
        Object v;
        switch (tag) {
            case 'e':
                return enumValue(type);
            case 'c':
                v = classValue();
                break;
            case '@':
                v = annotation(true);
                break;
            default:
                v = constant(tag);
        }
        if (!(v instanceof ExceptionProxy) && !wrapped(type).isInstance(v)) {
            return new AnnotationTypeMismatchExceptionProxy(foundType(v));
        }
        return v;
    }

    private static String foundType(Object v) {
        if (v instanceof Annotation) return v.toString();
        return v.getClass().getName();
    }

    private Object constant(int tag) {
        int index = u2();
        switch (tag) {
            case 'B': return Byte.valueOf((byte) primitiveAt0(container, index, 3));
            case 'C': return Character.valueOf((char) primitiveAt0(container, index, 3));
            case 'S': return Short.valueOf((short) primitiveAt0(container, index, 3));
            case 'I': return Integer.valueOf((int) primitiveAt0(container, index, 3));
            case 'Z': return Boolean.valueOf(primitiveAt0(container, index, 3) != 0);
            case 'J': return Long.valueOf(primitiveAt0(container, index, 5));
            case 'F': return Float.valueOf(Float.intBitsToFloat((int) primitiveAt0(container, index, 4)));
            case 'D': return Double.valueOf(Double.longBitsToDouble(primitiveAt0(container, index, 6)));
            case 's': return utf8(index);
            default:
                throw new AnnotationFormatError("Invalid member-value tag in annotation: " + tag);
        }
    }

    private Object classValue() {
        String sig = utf8(u2());
        try {
            return typeOf(sig);
        } catch (NoClassDefFoundError e) {
            return new TypeNotPresentExceptionProxy(sig.startsWith("L") && sig.endsWith(";") ? sig.substring(1, sig.length() - 1).replace('/', '.') : sig, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumValue(Class<?> type) {
        String typeName = utf8(u2());
        String constName = utf8(u2());
        if (!type.isEnum()) return new AnnotationTypeMismatchExceptionProxy(typeName + "." + constName);
        Class<?> actual;
        try {
            actual = typeOf(typeName);
        } catch (NoClassDefFoundError e) {
            return new AnnotationTypeMismatchExceptionProxy(typeName + "." + constName);
        }
        if (actual != type) return new AnnotationTypeMismatchExceptionProxy(typeName + "." + constName);
        try {
            return Enum.valueOf((Class) type, constName);
        } catch (IllegalArgumentException e) {
            return new EnumConstantNotPresentExceptionProxy((Class<? extends Enum<?>>) type, constName);
        }
    }

    private Object array(Class<?> arrayType) {
        int n = u2();
        if (!arrayType.isArray()) {
            for (int i = 0; i < n; i++) skipValue();
            return new AnnotationTypeMismatchExceptionProxy("Array with component tag: " + (n == 0 ? "0" : "?"));
        }
        Class<?> component = arrayType.getComponentType();
        Object out = Array.newInstance(component, n);
        Object problem = null;
        for (int i = 0; i < n; i++) {
            Object v = memberValue(component);
            if (v instanceof ExceptionProxy) {
                if (problem == null) problem = v;
            } else if (problem == null) {
                Array.set(out, i, v);
            }
        }
        return problem != null ? problem : out;
    }

    /** The class of a field descriptor or 'V' (class_info_index, type_index). */
    private Class<?> typeOf(String descriptor) {
        int dims = 0;
        while (dims < descriptor.length() && descriptor.charAt(dims) == '[') dims++;
        String element = descriptor.substring(dims);
        boolean valid = element.length() == 1 ? "BCDFIJSZ".indexOf(element.charAt(0)) >= 0 || (dims == 0 && element.equals("V"))
                : element.length() > 2 && element.charAt(0) == 'L' && element.endsWith(";") && element.indexOf(';') == element.length() - 1
                        && element.indexOf('.') < 0 && element.indexOf('[') < 0;
        if (!valid) throw new IllegalArgumentException("Malformed descriptor: " + descriptor);
        return jdk.internal.access.SharedSecrets.getJavaLangReflectAccess().typeOfDescriptor(container, descriptor);
    }

    static Class<?> wrapped(Class<?> c) {
        if (!c.isPrimitive()) return c;
        if (c == int.class) return Integer.class;
        if (c == long.class) return Long.class;
        if (c == boolean.class) return Boolean.class;
        if (c == byte.class) return Byte.class;
        if (c == char.class) return Character.class;
        if (c == short.class) return Short.class;
        if (c == float.class) return Float.class;
        if (c == double.class) return Double.class;
        return Void.class;
    }

    private void skipPairs() {
        int pairs = u2();
        for (int i = 0; i < pairs; i++) {
            u2();
            skipValue();
        }
    }

    private void skipValue() {
        int tag = u1();
        switch (tag) {
            case 'e':
                u2();
                u2();
                break;
            case '@':
                u2();
                skipPairs();
                break;
            case '[': {
                int n = u2();
                for (int i = 0; i < n; i++) skipValue();
                break;
            }
            default:
                u2();
        }
    }

    private String utf8(int index) {
        String s = utf8At0(container, index);
        if (s == null) throw new IllegalArgumentException("Wrong type at constant pool index");
        return s;
    }

    private int u1() {
        if (pos >= data.length) throw new Underflow();
        return data[pos++] & 0xff;
    }

    private int u2() {
        return (u1() << 8) | u1();
    }

    /** The attribute ended early (the JDK's BufferUnderflowException). */
    private static final class Underflow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Underflow() {
            super(null, null, false, false);
        }
    }
}
