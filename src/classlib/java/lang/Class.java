package java.lang;

/**
 * The runtime representation of a class, interface, array type or primitive type.
 *
 * <p>VM-known layout (docs/classlib-contract.md): the VM creates Class objects itself (no
 * constructor runs) and sets {@code vmIndex}; the natives below answer from the VM's class
 * table. Everything derivable from those answers (names, simple and canonical names, toString)
 * is Java. The VM makes the Constructor, Method and Field objects (getDeclaredMembers0,
 * getDeclaredFields0).
 */
public final class Class<T> implements java.io.Serializable, java.lang.reflect.GenericDeclaration, java.lang.reflect.Type, java.lang.reflect.AnnotatedElement {
    private static final int ANNOTATION = 0x2000;
    private static final int ENUM = 0x4000;
    private static final int SYNTHETIC = 0x1000;

    /** Set by the VM: index of this class in the VM's class table. */
    private transient int vmIndex;
    /** Cache of {@link #getName()}. */
    private transient String name;
    /** Cache of the enum constants (never handed out; callers get clones). */
    private transient T[] enumConstants;
    /** The class's own annotations, then with @Inherited ones of superclasses; parsed on first use. */
    private transient java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> declaredAnnotations;
    private transient java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> annotations;

    private Class() {
    }

    // ---- constructors and methods

    /**
     * VM: the constructors (a Constructor[]) or methods (a Method[]) this class declares, in
     * class-file order, made by the VM from the class file (no class initializers).
     */
    private native Object[] getDeclaredMembers0(boolean constructors);

    // ---- fields

    /** VM: the fields this class declares, in class-file order (fresh Field objects). */
    private native java.lang.reflect.Field[] getDeclaredFields0();

    /** VM: the class's generic Signature attribute, or null. */
    private native String getGenericSignature0();

    /** Every field this class declares (not inherited ones). */
    public java.lang.reflect.Field[] getDeclaredFields() {
        return getDeclaredFields0();
    }

    /** The field this class declares with this name. */
    public java.lang.reflect.Field getDeclaredField(String name) throws NoSuchFieldException {
        if (name == null) throw new NullPointerException();
        for (java.lang.reflect.Field f : getDeclaredFields0()) {
            if (f.getName().equals(name)) return f;
        }
        throw new NoSuchFieldException(name);
    }

    /**
     * The public fields of this class and its supertypes, in the JDK's order: the class's own,
     * then its superinterfaces' (recursively), then its superclass's.
     */
    public java.lang.reflect.Field[] getFields() {
        java.util.ArrayList<java.lang.reflect.Field> out = new java.util.ArrayList<>();
        collectPublicFields(this, out, new java.util.HashSet<>());
        return out.toArray(new java.lang.reflect.Field[0]);
    }

    private static void collectPublicFields(Class<?> c, java.util.List<java.lang.reflect.Field> out, java.util.Set<Class<?>> seenInterfaces) {
        if (c.isInterface() && !seenInterfaces.add(c)) return;
        for (java.lang.reflect.Field f : c.getDeclaredFields0()) {
            if (java.lang.reflect.Modifier.isPublic(f.getModifiers())) out.add(f);
        }
        for (Class<?> i : c.getInterfaces()) collectPublicFields(i, out, seenInterfaces);
        Class<?> sup = c.getSuperclass();
        if (sup != null && !c.isInterface()) collectPublicFields(sup, out, seenInterfaces);
    }

    /** The public field with this name, declared or inherited (same search order as getFields). */
    public java.lang.reflect.Field getField(String name) throws NoSuchFieldException {
        if (name == null) throw new NullPointerException();
        for (java.lang.reflect.Field f : getFields()) {
            if (f.getName().equals(name)) return f;
        }
        throw new NoSuchFieldException(name);
    }

    /** The components of a record class, in declaration order; null when this is not a record. */
    public java.lang.reflect.RecordComponent[] getRecordComponents() {
        if (!isRecord()) return null;
        return jdk.internal.access.SharedSecrets.getJavaLangReflectAccess().recordComponents(getDeclaredFields0());
    }

    /** The type variables of a generic class, from its Signature attribute. */
    @SuppressWarnings("unchecked")
    public java.lang.reflect.TypeVariable<Class<T>>[] getTypeParameters() {
        return (java.lang.reflect.TypeVariable<Class<T>>[]) jdk.internal.access.SharedSecrets.getJavaLangReflectAccess().typeParameters(getGenericSignature0(), this);
    }

    /**
     * The superclass as the source declares it (a ParameterizedType for {@code extends Base<T>}):
     * null for Object, interfaces, primitives and void.
     */
    public java.lang.reflect.Type getGenericSuperclass() {
        Class<? super T> sup = getSuperclass();
        if (sup == null) return null;
        String sig = getGenericSignature0();
        if (sig == null) return sup;
        return jdk.internal.access.SharedSecrets.getJavaLangReflectAccess().supertypes(sig, this)[0];
    }

    /** The direct superinterfaces as the source declares them. */
    public java.lang.reflect.Type[] getGenericInterfaces() {
        String sig = getGenericSignature0();
        if (sig == null || isArray() || isPrimitive()) return getInterfaces();
        java.lang.reflect.Type[] all = jdk.internal.access.SharedSecrets.getJavaLangReflectAccess().supertypes(sig, this);
        java.lang.reflect.Type[] out = new java.lang.reflect.Type[all.length - 1];
        System.arraycopy(all, 1, out, 0, out.length);
        return out;
    }

    /** Every constructor this class declares. */
    public java.lang.reflect.Constructor<?>[] getDeclaredConstructors() {
        return (java.lang.reflect.Constructor<?>[]) getDeclaredMembers0(true);
    }

    /** The public constructors of this class. */
    public java.lang.reflect.Constructor<?>[] getConstructors() {
        java.util.ArrayList<java.lang.reflect.Constructor<?>> out = new java.util.ArrayList<>();
        for (java.lang.reflect.Constructor<?> c : getDeclaredConstructors()) {
            if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) out.add(c);
        }
        return out.toArray(new java.lang.reflect.Constructor<?>[0]);
    }

    /** The constructor declared with exactly these parameter types. */
    public java.lang.reflect.Constructor<T> getDeclaredConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        for (java.lang.reflect.Constructor<?> c : getDeclaredConstructors()) {
            if (sameTypes(c.getParameterTypes(), parameterTypes)) {
                @SuppressWarnings("unchecked")
                java.lang.reflect.Constructor<T> found = (java.lang.reflect.Constructor<T>) c;
                return found;
            }
        }
        throw new NoSuchMethodException(methodToString("<init>", parameterTypes));
    }

    /** The public constructor with exactly these parameter types. */
    public java.lang.reflect.Constructor<T> getConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        java.lang.reflect.Constructor<T> c = getDeclaredConstructor(parameterTypes);
        if (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) throw new NoSuchMethodException(methodToString("<init>", parameterTypes));
        return c;
    }

    /** Every method this class declares (not inherited ones, not class initializers). */
    public java.lang.reflect.Method[] getDeclaredMethods() {
        return (java.lang.reflect.Method[]) getDeclaredMembers0(false);
    }

    /** Whether two parameter lists are the same (null is an empty list). */
    private static boolean sameTypes(Class<?>[] a, Class<?>[] b) {
        int n = b == null ? 0 : b.length;
        if (a.length != n) return false;
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    /** The method declared with this name and exactly these parameter types. */
    public java.lang.reflect.Method getDeclaredMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        if (name == null) throw new NullPointerException();
        for (java.lang.reflect.Method m : getDeclaredMethods()) {
            if (m.getName().equals(name) && sameTypes(m.getParameterTypes(), parameterTypes)) return m;
        }
        throw new NoSuchMethodException(methodToString(name, parameterTypes));
    }

    /**
     * The public methods of this class and its supertypes: the class's own and its superclasses'
     * first (a method hides those with the same signature further up), then the superinterfaces'
     * (their static methods are not inherited by classes).
     */
    public java.lang.reflect.Method[] getMethods() {
        java.util.LinkedHashMap<String, java.lang.reflect.Method> found = new java.util.LinkedHashMap<>();
        for (Class<?> c = this; c != null; c = c.getSuperclass()) collectPublic(c, found, c == this || !c.isInterface());
        java.util.ArrayList<Class<?>> pending = new java.util.ArrayList<>();
        for (Class<?> c = this; c != null; c = c.getSuperclass()) pending.addAll(java.util.Arrays.asList(c.getInterfaces()));
        for (int i = 0; i < pending.size(); i++) {
            Class<?> itf = pending.get(i);
            collectPublic(itf, found, itf == this);
            pending.addAll(java.util.Arrays.asList(itf.getInterfaces()));
        }
        return found.values().toArray(new java.lang.reflect.Method[0]);
    }

    private static void collectPublic(Class<?> c, java.util.Map<String, java.lang.reflect.Method> into, boolean withStatic) {
        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
            int mod = m.getModifiers();
            if (!java.lang.reflect.Modifier.isPublic(mod) || (!withStatic && c.isInterface() && java.lang.reflect.Modifier.isStatic(mod))) continue;
            into.putIfAbsent(m.getName() + java.util.Arrays.toString(m.getParameterTypes()), m);
        }
    }

    /** The public method with this name and exactly these parameter types, declared or inherited. */
    public java.lang.reflect.Method getMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        if (name == null) throw new NullPointerException();
        for (java.lang.reflect.Method m : getMethods()) {
            if (m.getName().equals(name) && sameTypes(m.getParameterTypes(), parameterTypes)) return m;
        }
        throw new NoSuchMethodException(methodToString(name, parameterTypes));
    }

    /**
     * A new instance by the no-argument constructor; what the constructor throws is thrown as is
     * (this old method does not wrap it).
     */
    @Deprecated(since = "9")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        java.lang.reflect.Constructor<T> c;
        try {
            c = getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            InstantiationException ie = new InstantiationException(getName());
            ie.initCause(e);
            throw ie;
        }
        try {
            return c.newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw Class.<RuntimeException>sneaky(e.getTargetException());
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }

    /** {@code Name.method(int,java.lang.String)}, as NoSuchMethodException messages name members. */
    private String methodToString(String member, Class<?>[] parameterTypes) {
        StringBuilder sb = new StringBuilder(getName()).append('.').append(member).append('(');
        if (parameterTypes != null) {
            for (int i = 0; i < parameterTypes.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(parameterTypes[i] == null ? "null" : parameterTypes[i].getName());
            }
        }
        return sb.append(')').toString();
    }

    /** {@code class X}, {@code interface X}, or the bare name of a primitive type. */
    @Override
    public String toString() {
        String kind = isInterface() ? "interface " : isPrimitive() ? "" : "class ";
        return kind + getName();
    }

    /** Loads the class with the given binary name, initializing it when asked (Tern has one application loader). */
    public static Class<?> forName(String name, boolean initialize, ClassLoader loader) throws ClassNotFoundException {
        if (name == null) throw new NullPointerException();
        return forName0(name, initialize);
    }

    /** The defining loader: null for the class library's classes (and primitives), else the application loader. */
    public ClassLoader getClassLoader() {
        if (isArray()) {
            Class<?> c = this;
            while (c.isArray()) c = c.getComponentType();
            return c.getClassLoader();
        }
        return isAppClass0() ? ClassLoader.getSystemClassLoader() : null;
    }

    /** VM: whether the application class path defined this class (not the class library). */
    private native boolean isAppClass0();

    // ---- annotations (parsed by jdk.internal.reflect.AnnotationReader from the class file on first use)

    private java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> declaredAnnotationMap() {
        java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> m = declaredAnnotations;
        if (m == null) {
            m = jdk.internal.reflect.DeclaredAnnotations.parse(this, jdk.internal.reflect.AnnotationReader.CLASS, null, null);
            declaredAnnotations = m;
        }
        return m;
    }

    /** Inherited annotations of the superclass chain first (JDK order), the class's own replacing or following them. */
    private java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> annotationMap() {
        java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> m = annotations;
        if (m == null) {
            Class<?> sup = getSuperclass();
            if (sup == null) {
                m = declaredAnnotationMap();
            } else {
                m = new java.util.LinkedHashMap<>();
                for (java.util.Map.Entry<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> e : sup.annotationMap().entrySet()) {
                    if (sun.reflect.annotation.AnnotationType.getInstance(e.getKey()).isInherited()) m.put(e.getKey(), e.getValue());
                }
                m.putAll(declaredAnnotationMap());
            }
            annotations = m;
        }
        return m;
    }

    @Override
    public <A extends java.lang.annotation.Annotation> A getAnnotation(Class<A> annotationClass) {
        return jdk.internal.reflect.DeclaredAnnotations.get(annotationMap(), annotationClass);
    }

    @Override
    public boolean isAnnotationPresent(Class<? extends java.lang.annotation.Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    @Override
    public <A extends java.lang.annotation.Annotation> A[] getAnnotationsByType(Class<A> annotationClass) {
        A[] result = jdk.internal.reflect.DeclaredAnnotations.byType(declaredAnnotationMap(), annotationClass);
        if (result.length == 0 && sun.reflect.annotation.AnnotationType.getInstance(annotationClass).isInherited()) {
            Class<?> sup = getSuperclass();
            if (sup != null) return sup.getAnnotationsByType(annotationClass);
        }
        return result;
    }

    @Override
    public java.lang.annotation.Annotation[] getAnnotations() {
        return jdk.internal.reflect.DeclaredAnnotations.toArray(annotationMap());
    }

    @Override
    public <A extends java.lang.annotation.Annotation> A getDeclaredAnnotation(Class<A> annotationClass) {
        return jdk.internal.reflect.DeclaredAnnotations.get(declaredAnnotationMap(), annotationClass);
    }

    @Override
    public <A extends java.lang.annotation.Annotation> A[] getDeclaredAnnotationsByType(Class<A> annotationClass) {
        return jdk.internal.reflect.DeclaredAnnotations.byType(declaredAnnotationMap(), annotationClass);
    }

    @Override
    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return jdk.internal.reflect.DeclaredAnnotations.toArray(declaredAnnotationMap());
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

    /** The class this member class is declared in; null for top-level, local and anonymous classes. */
    public Class<?> getDeclaringClass() {
        if (isArray() || isPrimitive()) return null;
        String simple = getSimpleBinaryName0();
        if (simple == null || simple.isEmpty()) return null;
        String n = getName();
        if (!n.endsWith("$" + simple)) return null;
        try {
            return forName0(n.substring(0, n.length() - simple.length() - 1), false);
        } catch (ClassNotFoundException e) {
            return null;
        }
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
}
