package java.lang;

/**
 * The runtime representation of a class, interface, array type or primitive type.
 *
 * <p>VM-known layout (docs/classlib-contract.md): the VM creates Class objects itself (no
 * constructor runs) and sets {@code vmIndex}; the natives below answer from the VM's class
 * table. Everything derivable from those answers (names, simple and canonical names, toString)
 * is Java. There is no reflection on members yet.
 */
public final class Class<T> implements java.io.Serializable {
    private static final int ANNOTATION = 0x2000;
    private static final int ENUM = 0x4000;
    private static final int SYNTHETIC = 0x1000;

    /** Set by the VM: index of this class in the VM's class table. */
    private transient int vmIndex;
    /** Cache of {@link #getName()}. */
    private transient String name;
    /** Cache of the enum constants (never handed out; callers get clones). */
    private transient T[] enumConstants;

    private Class() {
    }

    /** {@code class X}, {@code interface X}, or the bare name of a primitive type. */
    @Override
    public String toString() {
        String kind = isInterface() ? "interface " : isPrimitive() ? "" : "class ";
        return kind + getName();
    }

    /** Loads and initializes the class with the given binary name. */
    public static Class<?> forName(String className) throws ClassNotFoundException {
        if (className == null) {
            throw new NullPointerException();
        }
        return forName0(className, true);
    }

    /** VM: finds (and optionally initializes) a class by binary name, or throws CNFE. */
    private static native Class<?> forName0(String name, boolean initialize)
            throws ClassNotFoundException;

    /** VM: the Class object of a primitive type ("int", "void", ...). */
    static native Class<?> getPrimitiveClass(String name);

    /** VM: true if {@code obj} is an instance of this type (JVMS §6.5 instanceof). */
    public native boolean isInstance(Object obj);

    /** VM: true if a value of {@code cls} is assignable to this type. */
    public native boolean isAssignableFrom(Class<?> cls);

    /** VM: true for interfaces (and annotation types). */
    public native boolean isInterface();

    /** VM: true for array types. */
    public native boolean isArray();

    /** VM: true for the nine primitive types. */
    public native boolean isPrimitive();

    /** True for annotation interfaces. */
    public boolean isAnnotation() {
        return (getModifiers() & ANNOTATION) != 0;
    }

    /** True for compiler-generated classes. */
    public boolean isSynthetic() {
        return (getModifiers() & SYNTHETIC) != 0;
    }

    /** The binary name: {@code java.lang.String}, {@code [I}, {@code Main$Inner}. */
    public String getName() {
        String n = name;
        if (n == null) {
            n = getName0();
            name = n;
        }
        return n;
    }

    /** VM: the binary name (see getName). */
    private native String getName0();

    /** VM: the superclass; null for Object, interfaces, primitives and void. */
    public native Class<? super T> getSuperclass();

    /** The directly implemented interfaces, in declaration order. */
    public Class<?>[] getInterfaces() {
        Class<?>[] interfaces = getInterfaces0();
        return interfaces.clone();
    }

    /** VM: the direct superinterfaces (a fresh array). */
    private native Class<?>[] getInterfaces0();

    /** VM: the component type of an array type, else null. */
    public native Class<?> getComponentType();

    /** The component type of an array type, else null (JDK 12 API). */
    public Class<?> componentType() {
        return getComponentType();
    }

    /** VM: the Java language modifiers (JVMS §4.1, or the InnerClasses flags for members). */
    public native int getModifiers();

    /** True for hidden classes (the VM's lambda and record helper classes). */
    public boolean isHidden() {
        return isHidden0();
    }

    /** VM: whether the class was defined as hidden. */
    private native boolean isHidden0();

    /** The enum constants in declaration order, or null if this is not an enum class. */
    public T[] getEnumConstants() {
        T[] values = enumConstantsShared();
        return (values == null) ? null : values.clone();
    }

    /** The cached enum constants; callers must not modify the array. */
    T[] enumConstantsShared() {
        T[] values = enumConstants;
        if (values == null && isEnum()) {
            @SuppressWarnings("unchecked")
            T[] fresh = (T[]) getEnumConstants0();
            values = fresh;
            enumConstants = values;
        }
        return values;
    }

    /** VM: a fresh copy of the enum's values(), or null when this is not an enum class. */
    private native Object[] getEnumConstants0();

    /** True for enum classes (not for the anonymous classes of constant bodies). */
    public boolean isEnum() {
        return (getModifiers() & ENUM) != 0 && getSuperclass() == Enum.class;
    }

    /** True for record classes. */
    public boolean isRecord() {
        return getSuperclass() == Record.class;
    }

    /** Casts {@code obj}, with the JDK's ClassCastException message. */
    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to "
                    + getName());
        }
        return (T) obj;
    }

    /** Assertions are never enabled in Tern. */
    public boolean desiredAssertionStatus() {
        return false;
    }

    /**
     * VM: the simple name from the InnerClasses attribute (JVMS §4.7.6): null for a top-level
     * class, "" for an anonymous class, else the inner name.
     */
    private native String getSimpleBinaryName0();

    /** True for anonymous classes. */
    public boolean isAnonymousClass() {
        return !isArray() && "".equals(getSimpleBinaryName0());
    }

    /** True for local (named, declared in a block) classes. */
    public boolean isLocalClass() {
        String simple = getSimpleBinaryName0();
        return !isArray() && simple != null && !simple.isEmpty() && !isMemberName(simple);
    }

    /** True for classes declared as members of another class. */
    public boolean isMemberClass() {
        String simple = getSimpleBinaryName0();
        return !isArray() && simple != null && !simple.isEmpty() && isMemberName(simple);
    }

    /** Member classes are named {@code Outer$Simple}; local ones {@code Outer$1Simple}. */
    private boolean isMemberName(String simple) {
        String n = getName();
        return n.length() > simple.length() && n.endsWith(simple)
                && n.charAt(n.length() - simple.length() - 1) == '$';
    }

    /** The name as in source: {@code Inner}, {@code int[]}, "" for anonymous classes. */
    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            String n = getName();
            return n.substring(n.lastIndexOf('.') + 1);
        }
        return simple;
    }

    /** The canonical name ({@code Outer.Inner}), or null for local and anonymous classes. */
    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return (component == null) ? null : component + "[]";
        }
        String simple = getSimpleBinaryName0();
        if (simple == null) {
            return getName();
        }
        if (simple.isEmpty() || !isMemberName(simple)) {
            return null;
        }
        String n = getName();
        String outerName = n.substring(0, n.length() - simple.length() - 1);
        Class<?> outer;
        try {
            outer = forName0(outerName, false);
        } catch (ClassNotFoundException e) {
            return null;
        }
        String outerCanonical = outer.getCanonicalName();
        return (outerCanonical == null) ? null : outerCanonical + "." + simple;
    }

    /** Like getName but arrays print as {@code java.lang.String[][]}. */
    public String getTypeName() {
        if (!isArray()) {
            return getName();
        }
        Class<?> c = this;
        int dimensions = 0;
        while (c.isArray()) {
            dimensions++;
            c = c.getComponentType();
        }
        StringBuilder sb = new StringBuilder(c.getName());
        for (int i = 0; i < dimensions; i++) {
            sb.append("[]");
        }
        return sb.toString();
    }

    /** The package name ("" for the unnamed package; "java.lang" for primitives). */
    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return (dot < 0) ? "" : n.substring(0, dot);
    }

    /** The type descriptor (JVMS §4.3.2): {@code I}, {@code [I}, {@code Ljava/lang/String;}. */
    public String descriptorString() {
        if (isPrimitive()) {
            switch (getName()) {
                case "int": return "I";
                case "long": return "J";
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        if (isArray()) {
            return getName().replace('.', '/');
        }
        return "L" + getName().replace('.', '/') + ";";
    }

    // ---- reflection on constructors and methods (java.lang.reflect; jdk.internal.reflect.TernReflection) ----

    /** Every constructor this class declares, in class-file order. */
    public java.lang.reflect.Constructor<?>[] getDeclaredConstructors() {
        return jdk.internal.reflect.TernReflection.factory().constructors(this, false);
    }

    /** The public constructors of this class. */
    public java.lang.reflect.Constructor<?>[] getConstructors() {
        return jdk.internal.reflect.TernReflection.factory().constructors(this, true);
    }

    /** The declared constructor with exactly these parameter types. */
    @SuppressWarnings("unchecked")
    public java.lang.reflect.Constructor<T> getDeclaredConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        for (java.lang.reflect.Constructor<?> c : getDeclaredConstructors()) {
            if (sameTypes(c.getParameterTypes(), parameterTypes)) return (java.lang.reflect.Constructor<T>) c;
        }
        throw new NoSuchMethodException(methodToString("<init>", parameterTypes));
    }

    /** The public constructor with exactly these parameter types. */
    @SuppressWarnings("unchecked")
    public java.lang.reflect.Constructor<T> getConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        for (java.lang.reflect.Constructor<?> c : getConstructors()) {
            if (sameTypes(c.getParameterTypes(), parameterTypes)) return (java.lang.reflect.Constructor<T>) c;
        }
        throw new NoSuchMethodException(methodToString("<init>", parameterTypes));
    }

    /** Every method this class declares (no constructors, no inherited methods), in class-file order. */
    public java.lang.reflect.Method[] getDeclaredMethods() {
        return jdk.internal.reflect.TernReflection.factory().methods(this, false);
    }

    /** The declared method with this name and exactly these parameter types. */
    public java.lang.reflect.Method getDeclaredMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        java.lang.reflect.Method m = find(getDeclaredMethods(), name, parameterTypes);
        if (m == null) throw new NoSuchMethodException(methodToString(name, parameterTypes));
        return m;
    }

    /** The public method, declared or inherited (superclasses first, then superinterfaces), with this name and parameter types. */
    public java.lang.reflect.Method getMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        java.lang.reflect.Method m = findPublic(this, name, parameterTypes);
        if (m == null) throw new NoSuchMethodException(methodToString(name, parameterTypes));
        return m;
    }

    /** The public methods of this class and its supertypes (one per signature, the most derived). */
    public java.lang.reflect.Method[] getMethods() {
        java.util.List<java.lang.reflect.Method> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Class<?>> todo = new java.util.ArrayDeque<>();
        todo.add(this);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            for (java.lang.reflect.Method m : jdk.internal.reflect.TernReflection.factory().methods(c, true)) {
                if ((m.getModifiers() & java.lang.reflect.Modifier.STATIC) != 0 && c != this && c.isInterface()) continue;
                if (seen.add(m.getName() + java.util.Arrays.toString(m.getParameterTypes()))) out.add(m);
            }
            if (c.getSuperclass() != null) todo.add(c.getSuperclass());
            for (Class<?> i : c.getInterfaces()) todo.add(i);
        }
        return out.toArray(new java.lang.reflect.Method[0]);
    }

    /** Creates an instance with the nullary constructor; its exceptions propagate unwrapped (deprecated JDK behaviour). */
    @Deprecated(since = "9")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        java.lang.reflect.Constructor<T> c;
        try {
            c = getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new InstantiationException(getName());
        }
        try {
            return c.newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            Class.<RuntimeException>sneakyThrow(e.getCause());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }

    private static java.lang.reflect.Method findPublic(Class<?> c, String name, Class<?>[] types) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            java.lang.reflect.Method m = find(jdk.internal.reflect.TernReflection.factory().methods(k, true), name, types);
            if (m != null) return m;
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) {
                java.lang.reflect.Method m = findPublic(i, name, types);
                if (m != null && (m.getModifiers() & java.lang.reflect.Modifier.STATIC) == 0) return m;
            }
        }
        return null;
    }

    private static java.lang.reflect.Method find(java.lang.reflect.Method[] methods, String name, Class<?>[] types) {
        java.lang.reflect.Method best = null;
        for (java.lang.reflect.Method m : methods) {
            if (!m.getName().equals(name) || !sameTypes(m.getParameterTypes(), types)) continue;
            // Several return types (bridges): the most specific one wins, as in the JDK.
            if (best == null || best.getReturnType().isAssignableFrom(m.getReturnType())) best = m;
        }
        return best;
    }

    private static boolean sameTypes(Class<?>[] declared, Class<?>[] wanted) {
        int n = wanted == null ? 0 : wanted.length;
        if (declared.length != n) return false;
        for (int i = 0; i < n; i++) {
            if (declared[i] != wanted[i]) return false;
        }
        return true;
    }

    /** {@code p.C.name(int,java.lang.String)}, the message of NoSuchMethodException. */
    private String methodToString(String name, Class<?>[] types) {
        StringBuilder sb = new StringBuilder(getName()).append('.').append(name).append('(');
        if (types != null) {
            for (int i = 0; i < types.length; i++) {
                sb.append(i == 0 ? "" : ",").append(types[i] == null ? "null" : types[i].getName());
            }
        }
        return sb.append(')').toString();
    }
}
