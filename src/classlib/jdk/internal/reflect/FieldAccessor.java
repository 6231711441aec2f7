package jdk.internal.reflect;

/**
 * Reads and writes one field. The VM generates an implementation per field
 * (src/runtime/indy/reflect-accessor.ts); java.lang.reflect.Field checks the receiver, the
 * value's type and the final-field rules first and hands {@code set} a value boxed exactly as
 * the field's wrapper type (or, for a reference field, an instance of the field's type).
 */
public interface FieldAccessor {
    /** The field's value, boxed; {@code target} is ignored for a static field. */
    Object get(Object target);

    /** Stores {@code value}; {@code target} is ignored for a static field. */
    void set(Object target, Object value);
}
