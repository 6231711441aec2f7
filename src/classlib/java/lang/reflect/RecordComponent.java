package java.lang.reflect;

/**
 * A component of a record class. Tern derives the components from the record's instance fields,
 * which javac emits in component order with the components' names and types.
 */
public final class RecordComponent {
    private final Field field;

    RecordComponent(Field field) {
        this.field = field;
    }

    public String getName() {
        return field.getName();
    }

    public Class<?> getType() {
        return field.getType();
    }

    public Type getGenericType() {
        return field.getGenericType();
    }

    public String getGenericSignature() {
        return field.signature;
    }

    public Class<?> getDeclaringRecord() {
        return field.getDeclaringClass();
    }

    /** The component's accessor method. */
    public Method getAccessor() {
        try {
            return field.getDeclaringClass().getDeclaredMethod(field.getName());
        } catch (NoSuchMethodException e) {
            throw new InternalError(e);
        }
    }

    /** {@code int a}, {@code java.lang.String b}. */
    @Override
    public String toString() {
        return getType().getTypeName() + " " + getName();
    }

    /** For Class.getRecordComponents. */
    static RecordComponent[] of(Field[] declared) {
        int n = 0;
        for (Field f : declared) if (!Modifier.isStatic(f.getModifiers())) n++;
        RecordComponent[] out = new RecordComponent[n];
        n = 0;
        for (Field f : declared) if (!Modifier.isStatic(f.getModifiers())) out[n++] = new RecordComponent(f);
        return out;
    }
}
