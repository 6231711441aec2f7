/*
 * @fileoverview Common base of Method and Constructor: the member's identity and parameter
 * types, argument checking and widening as Method.invoke specifies, and the VM-spun invoker that
 * makes the call (jdk.internal.reflect.TernReflection). Tern class library.
 */
package java.lang.reflect;

import jdk.internal.reflect.TernReflection;

/** A method or constructor. */
public abstract class Executable extends AccessibleObject implements Member {
    final Class<?> clazz;
    final String name;
    final String descriptor;
    final int modifiers;
    final Class<?>[] parameterTypes;
    final Class<?>[] exceptionTypes;
    private TernReflection.Invoker invoker;

    Executable(Class<?> clazz, String name, String descriptor, int modifiers, Class<?>[] parameterTypes, Class<?>[] exceptionTypes) {
        this.clazz = clazz;
        this.name = name;
        this.descriptor = descriptor;
        this.modifiers = modifiers;
        this.parameterTypes = parameterTypes;
        this.exceptionTypes = exceptionTypes;
    }

    @Override
    public Class<?> getDeclaringClass() {
        return clazz;
    }

    @Override
    public abstract String getName();

    @Override
    public int getModifiers() {
        return modifiers;
    }

    /** The declared parameter types, in order (a copy). */
    public Class<?>[] getParameterTypes() {
        return parameterTypes.clone();
    }

    /** The number of formal parameters. */
    public int getParameterCount() {
        return parameterTypes.length;
    }

    /** The types of the exceptions the member declares (its throws clause). */
    public Class<?>[] getExceptionTypes() {
        return exceptionTypes.clone();
    }

    /** Whether the member takes a variable number of arguments. */
    public boolean isVarArgs() {
        return (modifiers & 0x0080) != 0;
    }

    @Override
    public boolean isSynthetic() {
        return (modifiers & 0x1000) != 0;
    }

    /** {@code (int,java.lang.String)} plus the throws clause, as toString prints them. */
    String parametersAndThrows() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < parameterTypes.length; i++) {
            sb.append(i == 0 ? "" : ",").append(parameterTypes[i].getTypeName());
        }
        sb.append(')');
        for (int i = 0; i < exceptionTypes.length; i++) {
            sb.append(i == 0 ? " throws " : ",").append(exceptionTypes[i].getTypeName());
        }
        return sb.toString();
    }

    /** The invoker for this member, spun by the VM on first use. */
    TernReflection.Invoker invoker(int kind) {
        TernReflection.Invoker i = invoker;
        if (i == null) {
            i = invoker = TernReflection.newInvoker(clazz, name, descriptor, kind);
        }
        return i;
    }

    /** Checks the argument count and converts each argument to its parameter's exact type (IllegalArgumentException otherwise). */
    Object[] convertArguments(Object[] args) {
        int n = args == null ? 0 : args.length;
        if (n != parameterTypes.length) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = convert(parameterTypes[i], args[i]);
        }
        return out;
    }

    /** Runs the static initializer of the declaring class before the call, so its errors are not wrapped. */
    void initializeDeclaringClass() {
        try {
            Class.forName(clazz.getName());
        } catch (ClassNotFoundException e) {
            throw new InternalError(e);
        }
    }

    private static char kindOf(Object v) {
        if (v instanceof Integer) return 'I';
        if (v instanceof Long) return 'J';
        if (v instanceof Double) return 'D';
        if (v instanceof Boolean) return 'Z';
        if (v instanceof Character) return 'C';
        if (v instanceof Byte) return 'B';
        if (v instanceof Short) return 'S';
        if (v instanceof Float) return 'F';
        return 0;
    }

    private static char kindOf(Class<?> t) {
        if (t == int.class) return 'I';
        if (t == long.class) return 'J';
        if (t == double.class) return 'D';
        if (t == boolean.class) return 'Z';
        if (t == char.class) return 'C';
        if (t == byte.class) return 'B';
        if (t == short.class) return 'S';
        if (t == float.class) return 'F';
        return 0;
    }

    /** Primitive widening (JLS §5.1.2): which targets each source kind reaches. */
    private static boolean widens(char from, char to) {
        switch (from) {
            case 'B': return "SIJFD".indexOf(to) >= 0;
            case 'S': case 'C': return "IJFD".indexOf(to) >= 0;
            case 'I': return "JFD".indexOf(to) >= 0;
            case 'J': return "FD".indexOf(to) >= 0;
            case 'F': return to == 'D';
            default: return false;
        }
    }

    private static Object convert(Class<?> type, Object v) {
        if (!type.isPrimitive()) {
            if (v != null && !type.isInstance(v)) {
                throw new IllegalArgumentException("argument type mismatch");
            }
            return v;
        }
        if (v == null) {
            throw new IllegalArgumentException();
        }
        char from = kindOf(v), to = kindOf(type);
        if (from == to) {
            return v;
        }
        if (from == 0 || !widens(from, to)) {
            throw new IllegalArgumentException("argument type mismatch");
        }
        long l = from == 'C' ? ((Character) v).charValue() : 0;
        Number n = from == 'C' ? null : (Number) v;
        switch (to) {
            case 'S': return Short.valueOf(n.shortValue());
            case 'I': return Integer.valueOf(n == null ? (int) l : n.intValue());
            case 'J': return Long.valueOf(n == null ? l : n.longValue());
            case 'F': return Float.valueOf(n == null ? (float) l : n.floatValue());
            default: return Double.valueOf(n == null ? (double) l : n.doubleValue());
        }
    }
}
