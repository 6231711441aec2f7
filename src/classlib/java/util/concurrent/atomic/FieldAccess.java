package java.util.concurrent.atomic;

/**
 * VM access to a named volatile instance field, for the field updaters (Tern has no Unsafe).
 * Offsets are byte offsets into the object; callers check the object's class first.
 */
final class FieldAccess {
    private FieldAccess() {
    }

    static final long NO_SUCH_FIELD = -1L;
    static final long WRONG_TYPE = -2L;
    static final long NOT_VOLATILE = -3L;
    static final long STATIC_FIELD = -4L;

    /**
     * VM: the byte offset of instance field {@code name} declared by {@code tclass}, whose type
     * must be {@code kind} ('I' int, 'J' long, 'L' any reference); or one of the negative codes.
     */
    static native long fieldOffset0(Class<?> tclass, String name, char kind);

    /** VM: the declared type of field {@code name} of {@code tclass} (a reference type). */
    static native Class<?> fieldType0(Class<?> tclass, String name);

    static native int getInt(Object o, long offset);

    static native void putInt(Object o, long offset, int value);

    static native boolean casInt(Object o, long offset, int expect, int update);

    static native int getAndAddInt(Object o, long offset, int delta);

    static native int getAndSetInt(Object o, long offset, int value);

    static native long getLong(Object o, long offset);

    static native void putLong(Object o, long offset, long value);

    static native boolean casLong(Object o, long offset, long expect, long update);

    static native long getAndAddLong(Object o, long offset, long delta);

    static native long getAndSetLong(Object o, long offset, long value);

    static native Object getReference(Object o, long offset);

    static native void putReference(Object o, long offset, Object value);

    static native boolean casReference(Object o, long offset, Object expect, Object update);

    static native Object getAndSetReference(Object o, long offset, Object value);

    /** Resolves a field for an updater, throwing the JDK's exceptions for bad fields. */
    static long resolve(Class<?> tclass, String fieldName, char kind, String typeMessage) {
        if (tclass == null || fieldName == null) {
            throw new NullPointerException();
        }
        long offset = fieldOffset0(tclass, fieldName, kind);
        if (offset == NO_SUCH_FIELD) {
            throw new RuntimeException(new NoSuchFieldException(fieldName));
        }
        if (offset == WRONG_TYPE) {
            if (kind == 'L') {
                throw new ClassCastException();
            }
            throw new IllegalArgumentException(typeMessage);
        }
        if (offset == NOT_VOLATILE) {
            throw new IllegalArgumentException("Must be volatile type");
        }
        if (offset == STATIC_FIELD) {
            throw new IllegalArgumentException();
        }
        return offset;
    }
}
