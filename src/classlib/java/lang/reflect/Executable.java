package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.lang.annotation.AnnotationFormatError;
import java.util.Map;
import jdk.internal.reflect.AnnotationReader;
import jdk.internal.reflect.DeclaredAnnotations;
import jdk.internal.reflect.MethodAccessor;

/**
 * What constructors and methods share: the declaring class, name, descriptor and access flags
 * (the VM creates Constructor and Method objects and sets these fields from the class file; no
 * constructor runs), parameter and exception types resolved on first use, and the reflective call
 * through a VM-generated {@link MethodAccessor}.
 */
public abstract class Executable extends AccessibleObject implements Member, GenericDeclaration {
    /** How the accessor calls the member (src/runtime/indy/reflect-accessor.ts AccessorKind). */
    static final int CONSTRUCTOR = 0, STATIC = 1, VIRTUAL = 2, INTERFACE = 3;

    // VM-known fields (docs/classlib-contract.md).
    Class<?> clazz;
    String name;
    String descriptor;
    int modifiers;
    /** The Signature attribute, or null. */
    String signature;
    /** Internal names of the declared exceptions, comma separated ("" for none). */
    private String exceptionNames;
    /** Parameter types, then the return type; resolved on first use. */
    private Class<?>[] types;
    private Class<?>[] exceptionTypes;
    private MethodAccessor accessor;
    /** The parsed Signature attribute (null until first use, or when there is none). */
    private Signatures.MethodTypes genericTypes;
    private TypeVariable<?>[] typeParameters;

    Executable() {
    }

    private Class<?>[] types() {
        Class<?>[] t = types;
        if (t == null) types = t = ReflectAccess.types0(clazz, descriptor);
        return t;
    }

    Class<?> returnType() {
        Class<?>[] t = types();
        return t[t.length - 1];
    }

    @Override
    public Class<?> getDeclaringClass() {
        return clazz;
    }

    @Override
    public int getModifiers() {
        return modifiers & 0xffff;
    }

    @Override
    public boolean isSynthetic() {
        return (modifiers & 0x1000) != 0;
    }

    public boolean isVarArgs() {
        return (modifiers & 0x0080) != 0;
    }

    public Class<?>[] getParameterTypes() {
        Class<?>[] t = types();
        Class<?>[] p = new Class<?>[t.length - 1];
        System.arraycopy(t, 0, p, 0, p.length);
        return p;
    }

    public int getParameterCount() {
        return types().length - 1;
    }

    public Class<?>[] getExceptionTypes() {
        Class<?>[] e = exceptionTypes;
        if (e == null) {
            if (exceptionNames.isEmpty()) {
                e = new Class<?>[0];
            } else {
                StringBuilder d = new StringBuilder("(");
                int from = 0;
                for (int at; (at = exceptionNames.indexOf(',', from)) >= 0; from = at + 1) {
                    d.append('L').append(exceptionNames, from, at).append(';');
                }
                d.append('L').append(exceptionNames, from, exceptionNames.length()).append(';');
                Class<?>[] t = ReflectAccess.types0(clazz, d.append(")V").toString());
                e = new Class<?>[t.length - 1];
                System.arraycopy(t, 0, e, 0, e.length);
            }
            exceptionTypes = e;
        }
        return e.clone();
    }

    /** {@code modifiers [prefix]name(params) throws ...}, as Method and Constructor print themselves. */
    String describe(int mask, String prefix, String memberName) {
        StringBuilder sb = new StringBuilder();
        int mod = getModifiers() & mask;
        if (mod != 0) sb.append(Modifier.toString(mod)).append(' ');
        if (isDefault()) sb.append("default ");
        sb.append(prefix).append(memberName).append('(');
        Class<?>[] params = getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(params[i].getTypeName());
        }
        sb.append(')');
        Class<?>[] ex = getExceptionTypes();
        for (int i = 0; i < ex.length; i++) {
            sb.append(i == 0 ? " throws " : ",").append(ex[i].getTypeName());
        }
        return sb.toString();
    }

    boolean isDefault() {
        return false;
    }

    /** Checks and converts the arguments, then calls the member through its accessor. */
    Object call(Object target, Object[] args, int kind) throws InvocationTargetException {
        Class<?>[] t = types();
        int n = args == null ? 0 : args.length;
        if (n != t.length - 1) throw new IllegalArgumentException("wrong number of arguments");
        Object[] converted = new Object[n];
        for (int i = 0; i < n; i++) converted[i] = convert(t[i], args[i]);
        MethodAccessor a = accessor;
        if (a == null) accessor = a = ReflectAccess.newAccessor0(clazz, name, descriptor, kind);
        try {
            return a.invoke(target, converted);
        } catch (Throwable e) {
            throw new InvocationTargetException(e);
        }
    }

    /**
     * An argument as the accessor takes it: references must be instances of the parameter type;
     * primitives come boxed and may widen (JLS §5.1.2), and are re-boxed as the parameter's wrapper.
     */
    private static Object convert(Class<?> p, Object v) {
        if (!p.isPrimitive()) {
            if (v != null && !p.isInstance(v)) throw mismatch();
            return v;
        }
        if (v == null) throw new IllegalArgumentException();
        if (p == boolean.class) {
            if (v instanceof Boolean) return v;
            throw mismatch();
        }
        if (p == char.class) {
            if (v instanceof Character) return v;
            throw mismatch();
        }
        int source = rank(v), target = rank(p);
        if (source == 0 || source > target || (v instanceof Character && p == short.class)) throw mismatch();
        if (source >= 5) {
            double d = ((Number) v).doubleValue();
            return p == float.class ? (Object) Float.valueOf((float) d) : (Object) Double.valueOf(d);
        }
        long l = v instanceof Character ? (long) (Character) v : ((Number) v).longValue();
        if (p == byte.class) return Byte.valueOf((byte) l);
        if (p == short.class) return Short.valueOf((short) l);
        if (p == int.class) return Integer.valueOf((int) l);
        if (p == long.class) return Long.valueOf(l);
        if (p == float.class) return Float.valueOf((float) l);
        return Double.valueOf((double) l);
    }

    /** Widening order of the numeric types (0: not numeric). */
    private static int rank(Object o) {
        if (o instanceof Byte || o == byte.class) return 1;
        if (o instanceof Short || o instanceof Character || o == short.class) return 2;
        if (o instanceof Integer || o == int.class) return 3;
        if (o instanceof Long || o == long.class) return 4;
        if (o instanceof Float || o == float.class) return 5;
        if (o instanceof Double || o == double.class) return 6;
        return 0;
    }

    private static IllegalArgumentException mismatch() {
        return new IllegalArgumentException("argument type mismatch");
    }

    // ---- generic signatures

    /** Called by the signature parser once the type parameters are known (types below may name them). */
    void typeParametersParsed(TypeVariable<?>[] vars) {
        typeParameters = vars;
    }

    private Signatures.MethodTypes genericTypes() {
        Signatures.MethodTypes g = genericTypes;
        if (g == null && signature != null) genericTypes = g = Signatures.methodTypes(signature, this);
        return g;
    }

    /** The declared type variables ({@code <T>} of a generic method or constructor). */
    TypeVariable<?>[] typeParameters0() {
        if (signature == null) return new TypeVariable<?>[0];
        if (typeParameters == null) genericTypes();
        return typeParameters.clone();
    }

    @Override
    public abstract TypeVariable<?>[] getTypeParameters();

    /** The parameter types as the source declares them (the erased types without a Signature attribute). */
    public Type[] getGenericParameterTypes() {
        Signatures.MethodTypes g = genericTypes();
        return g == null ? getParameterTypes() : g.parameters.clone();
    }

    /** The declared exception types, with type variables (the erased types when the signature has no throws clause). */
    public Type[] getGenericExceptionTypes() {
        Signatures.MethodTypes g = genericTypes();
        return g == null || g.exceptions == null ? getExceptionTypes() : g.exceptions.clone();
    }

    Type genericReturnType() {
        Signatures.MethodTypes g = genericTypes();
        return g == null ? returnType() : g.returnType;
    }

    // ---- annotations (jdk.internal.reflect.AnnotationReader parses the class file's attributes on first use)

    @Override
    Map<Class<? extends Annotation>, Annotation> parseDeclaredAnnotations() {
        return DeclaredAnnotations.parse(clazz, AnnotationReader.METHOD, name, descriptor);
    }

    @Override
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        return DeclaredAnnotations.get(declaredAnnotations(), annotationClass);
    }

    @Override
    public <T extends Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        return DeclaredAnnotations.byType(declaredAnnotations(), annotationClass);
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
        return DeclaredAnnotations.toArray(declaredAnnotations());
    }

    /** The annotations of each parameter (Method and Constructor call {@link #sharedGetParameterAnnotations}). */
    public abstract Annotation[][] getParameterAnnotations();

    /** The annotations of each parameter, from RuntimeVisibleParameterAnnotations (empty arrays when absent). */
    Annotation[][] sharedGetParameterAnnotations() {
        Class<?>[] parameterTypes = getParameterTypes();
        int n = parameterTypes.length;
        byte[] raw = AnnotationReader.rawAnnotations0(clazz, AnnotationReader.PARAMETERS, name, descriptor);
        if (raw == null) return new Annotation[n][0];
        Annotation[][] result = AnnotationReader.parseParameterAnnotations(raw, clazz);
        if (result.length != n && handleParameterNumberMismatch(result.length, parameterTypes)) {
            Annotation[][] padded = new Annotation[n][];
            System.arraycopy(result, 0, padded, n - result.length, result.length);
            for (int i = 0; i < n - result.length; i++) padded[i] = new Annotation[0];
            result = padded;
        }
        return result;
    }

    /**
     * When javac recorded annotations for fewer parameters than the descriptor has (implicit
     * outer-instance or enum parameters): whether to pad at the front; AnnotationFormatError when
     * the difference cannot be explained.
     */
    boolean handleParameterNumberMismatch(int resultLength, Class<?>[] parameterTypes) {
        throw new AnnotationFormatError("Parameter annotations don't match number of parameters");
    }

    /** The parameters, named arg0, arg1, ... (Tern does not read MethodParameters attributes). */
    public Parameter[] getParameters() {
        Class<?>[] types = getParameterTypes();
        Parameter[] out = new Parameter[types.length];
        for (int i = 0; i < out.length; i++) out[i] = new Parameter("arg" + i, 0, this, i);
        return out;
    }
}
