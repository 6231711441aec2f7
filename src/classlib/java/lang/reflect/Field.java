package java.lang.reflect;

import jdk.internal.reflect.FieldAccessor;

/**
 * A field of a class or interface, and the means to read and write it.
 *
 * <p>The VM creates Field objects (Class.getDeclaredFields0) and sets the VM-known fields below
 * from the class file; no constructor runs. Reads and writes go through a VM-generated
 * {@link FieldAccessor} (getfield/putfield/getstatic/putstatic, so a static access initializes
 * the class). The checks before it are JDK 17's, with its messages: the receiver, the widening
 * rules of the typed getters and setters, and the final-field rules (a static final field or a
 * record's field is never writable; an instance final field only after setAccessible(true)).
 * Java language access (private members of other classes) is not enforced, as for methods.
 */
public final class Field extends AccessibleObject implements Member {
    // VM-known fields (docs/classlib-contract.md).
    Class<?> clazz;
    String name;
    String descriptor;
    int modifiers;
    /** The Signature attribute, or null. */
    String signature;

    private Class<?> type;
    private Type genericType;
    private FieldAccessor accessor;

    static {
        jdk.internal.access.SharedSecrets.setJavaLangReflectAccess(new jdk.internal.access.JavaLangReflectAccess() {
            @Override
            public TypeVariable<?>[] typeParameters(String classSignature, Class<?> declaration) {
                return Signatures.typeParameters(classSignature, declaration);
            }

            @Override
            public RecordComponent[] recordComponents(Field[] declared) {
                return RecordComponent.of(declared);
            }

            @Override
            public Type[] supertypes(String classSignature, Class<?> declaration) {
                return Signatures.supertypes(classSignature, declaration);
            }

            @Override
            public Class<?> typeOfDescriptor(Class<?> context, String descriptor) {
                return ReflectAccess.types0(context, "()" + descriptor)[0];
            }
        });
    }

    private Field() {
    }

    @Override
    public Class<?> getDeclaringClass() {
        return clazz;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getModifiers() {
        return modifiers & 0xffff;
    }

    @Override
    public boolean isSynthetic() {
        return (modifiers & 0x1000) != 0;
    }

    /** Whether this field holds an enum constant (ACC_ENUM). */
    public boolean isEnumConstant() {
        return (modifiers & 0x4000) != 0;
    }

    public Class<?> getType() {
        Class<?> t = type;
        if (t == null) type = t = ReflectAccess.types0(clazz, "()" + descriptor)[0];
        return t;
    }

    /** The declared type with its type arguments, from the field's generic signature. */
    public Type getGenericType() {
        if (signature == null) return getType();
        Type t = genericType;
        if (t == null) genericType = t = Signatures.fieldType(signature, clazz);
        return t;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Field)) return false;
        Field f = (Field) obj;
        return f.clazz == clazz && f.name.equals(name) && f.descriptor.equals(descriptor);
    }

    @Override
    public int hashCode() {
        return clazz.getName().hashCode() ^ name.hashCode();
    }

    /** {@code private static final int pkg.Owner.NAME}. */
    @Override
    public String toString() {
        return describe(getType().getTypeName());
    }

    /** Like toString, with the generic type. */
    public String toGenericString() {
        return describe(getGenericType().getTypeName());
    }

    private String describe(String typeName) {
        int mod = getModifiers() & Modifier.fieldModifiers();
        return (mod == 0 ? "" : Modifier.toString(mod) + " ") + typeName + " " + clazz.getTypeName() + "." + name;
    }

    // ---- access

    private boolean isStatic() {
        return (modifiers & Modifier.STATIC) != 0;
    }

    /** The primitive descriptor character, or 'L' for any reference type. */
    private char kind() {
        char c = descriptor.charAt(0);
        return c == '[' ? 'L' : c;
    }

    private FieldAccessor accessor() {
        FieldAccessor a = accessor;
        if (a == null) accessor = a = ReflectAccess.newFieldAccessor0(clazz, name, descriptor, isStatic());
        return a;
    }

    /** The receiver check of every access: ignored for static fields, else a declaring-class instance. */
    private Object receiver(Object obj) {
        if (isStatic()) return null;
        // As in the JDK, whose check is obj.getClass(): the helpful message names "obj".
        obj.getClass();
        if (!clazz.isInstance(obj)) throw new IllegalArgumentException(setMessage(obj.getClass().getName(), ""));
        return obj;
    }

    /** Whether a write must be refused: static finals, record fields, and finals not made accessible. */
    private boolean readOnly() {
        if ((modifiers & Modifier.FINAL) == 0) return false;
        return isStatic() || !accessible || clazz.isRecord() || clazz.isHidden();
    }

    /** {@code Can not set [static] [final] <type> field Owner.name to <what>}. */
    private String setMessage(String attemptedType, String attemptedValue) {
        StringBuilder sb = new StringBuilder("Can not set");
        if (isStatic()) sb.append(" static");
        if ((modifiers & Modifier.FINAL) != 0) sb.append(" final");
        sb.append(' ').append(getType().getName()).append(" field ").append(clazz.getName()).append('.').append(name).append(" to ");
        if (!attemptedValue.isEmpty()) {
            sb.append('(').append(attemptedType).append(')').append(attemptedValue);
        } else if (!attemptedType.isEmpty()) {
            sb.append(attemptedType);
        } else {
            sb.append("null value");
        }
        return sb.toString();
    }

    private IllegalArgumentException getMismatch(String to) {
        return new IllegalArgumentException("Attempt to get " + getType().getName() + " field \"" + clazz.getName() + "." + name
                + "\" with illegal data type conversion to " + to);
    }

    /** Whether primitive kind {@code from} widens (or is equal) to {@code to} (JLS 5.1.2). */
    private static boolean widens(char from, char to) {
        if (from == to) return true;
        switch (from) {
            case 'B': return to == 'S' || to == 'I' || to == 'J' || to == 'F' || to == 'D';
            case 'S': case 'C': return to == 'I' || to == 'J' || to == 'F' || to == 'D';
            case 'I': return to == 'J' || to == 'F' || to == 'D';
            case 'J': return to == 'F' || to == 'D';
            case 'F': return to == 'D';
            default: return false;
        }
    }

    /** The primitive kind of a wrapper instance, or 0. */
    private static char kindOf(Object v) {
        if (v instanceof Integer) return 'I';
        if (v instanceof Long) return 'J';
        if (v instanceof Double) return 'D';
        if (v instanceof Float) return 'F';
        if (v instanceof Short) return 'S';
        if (v instanceof Byte) return 'B';
        if (v instanceof Character) return 'C';
        if (v instanceof Boolean) return 'Z';
        return 0;
    }

    /** A boxed primitive of kind {@code from} re-boxed as kind {@code to} (a widening). */
    private static Object widen(Object v, char from, char to) {
        if (from == to) return v;
        if (from == 'F') return Double.valueOf((Float) v);
        long l = from == 'C' ? (long) (Character) v : ((Number) v).longValue();
        switch (to) {
            case 'S': return Short.valueOf((short) l);
            case 'I': return Integer.valueOf((int) l);
            case 'J': return Long.valueOf(l);
            case 'F': return Float.valueOf((float) l);
            default: return Double.valueOf((double) l);
        }
    }

    /** The field's value, boxed for primitive fields. */
    public Object get(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return accessor().get(receiver(obj));
    }

    /** The primitive value widened to {@code to}; a reference field or a narrowing fails. */
    private Object getAs(Object obj, char to, String toName) {
        char k = kind();
        if (!widens(k, to) || (k == 'Z') != (to == 'Z')) throw getMismatch(toName);
        return widen(accessor().get(receiver(obj)), k, to);
    }

    public boolean getBoolean(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return (Boolean) getAs(obj, 'Z', "boolean");
    }

    public byte getByte(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return (Byte) getAs(obj, 'B', "byte");
    }

    public char getChar(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return (Character) getAs(obj, 'C', "char");
    }

    public short getShort(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return (Short) getAs(obj, 'S', "short");
    }

    public int getInt(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return (Integer) getAs(obj, 'I', "int");
    }

    public long getLong(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return (Long) getAs(obj, 'J', "long");
    }

    public float getFloat(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return (Float) getAs(obj, 'F', "float");
    }

    public double getDouble(Object obj) throws IllegalArgumentException, IllegalAccessException {
        return (Double) getAs(obj, 'D', "double");
    }

    /**
     * Stores {@code value}, unboxed and widened for a primitive field. The receiver is checked
     * first, then the final-field rules, then the value's type.
     */
    public void set(Object obj, Object value) throws IllegalArgumentException, IllegalAccessException {
        Object target = receiver(obj);
        if (readOnly()) throw new IllegalAccessException(setMessage(value == null ? "" : value.getClass().getName(), ""));
        char k = kind();
        if (k == 'L') {
            if (value != null && !getType().isInstance(value)) throw new IllegalArgumentException(setMessage(value.getClass().getName(), ""));
            accessor().set(target, value);
            return;
        }
        if (value == null) throw new IllegalArgumentException(setMessage("", ""));
        char from = kindOf(value);
        if (from == 0 || !widens(from, k) || (from == 'Z') != (k == 'Z')) throw new IllegalArgumentException(setMessage(value.getClass().getName(), ""));
        accessor().set(target, widen(value, from, k));
    }

    /** A typed setter: {@code boxed} of kind {@code from}, shown as {@code text} in messages. */
    private void setAs(Object obj, Object boxed, char from, String fromName, String text) throws IllegalAccessException {
        char k = kind();
        if (k == 'L' || !widens(from, k) || (from == 'Z') != (k == 'Z')) throw new IllegalArgumentException(setMessage(fromName, text));
        Object target = receiver(obj);
        if (readOnly()) throw new IllegalAccessException(setMessage(fromName, text));
        accessor().set(target, widen(boxed, from, k));
    }

    public void setBoolean(Object obj, boolean z) throws IllegalArgumentException, IllegalAccessException {
        setAs(obj, Boolean.valueOf(z), 'Z', "boolean", String.valueOf(z));
    }

    public void setByte(Object obj, byte b) throws IllegalArgumentException, IllegalAccessException {
        setAs(obj, Byte.valueOf(b), 'B', "byte", String.valueOf(b));
    }

    public void setChar(Object obj, char c) throws IllegalArgumentException, IllegalAccessException {
        setAs(obj, Character.valueOf(c), 'C', "char", String.valueOf(c));
    }

    public void setShort(Object obj, short s) throws IllegalArgumentException, IllegalAccessException {
        setAs(obj, Short.valueOf(s), 'S', "short", String.valueOf(s));
    }

    public void setInt(Object obj, int i) throws IllegalArgumentException, IllegalAccessException {
        setAs(obj, Integer.valueOf(i), 'I', "int", String.valueOf(i));
    }

    public void setLong(Object obj, long l) throws IllegalArgumentException, IllegalAccessException {
        setAs(obj, Long.valueOf(l), 'J', "long", String.valueOf(l));
    }

    public void setFloat(Object obj, float f) throws IllegalArgumentException, IllegalAccessException {
        setAs(obj, Float.valueOf(f), 'F', "float", String.valueOf(f));
    }

    public void setDouble(Object obj, double d) throws IllegalArgumentException, IllegalAccessException {
        setAs(obj, Double.valueOf(d), 'D', "double", String.valueOf(d));
    }

    // ---- annotations

    @Override
    java.util.Map<Class<? extends java.lang.annotation.Annotation>, java.lang.annotation.Annotation> parseDeclaredAnnotations() {
        return jdk.internal.reflect.DeclaredAnnotations.parse(clazz, jdk.internal.reflect.AnnotationReader.FIELD, name, descriptor);
    }

    @Override
    public <T extends java.lang.annotation.Annotation> T getAnnotation(Class<T> annotationClass) {
        return jdk.internal.reflect.DeclaredAnnotations.get(declaredAnnotations(), annotationClass);
    }

    @Override
    public <T extends java.lang.annotation.Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        return jdk.internal.reflect.DeclaredAnnotations.byType(declaredAnnotations(), annotationClass);
    }

    @Override
    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return jdk.internal.reflect.DeclaredAnnotations.toArray(declaredAnnotations());
    }
}
