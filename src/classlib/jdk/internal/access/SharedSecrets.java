package jdk.internal.access;

/** Hands package-private capabilities of one library package to another (see JavaLangReflectAccess). */
public final class SharedSecrets {
    private static JavaLangReflectAccess javaLangReflectAccess;

    private SharedSecrets() {
    }

    public static void setJavaLangReflectAccess(JavaLangReflectAccess access) {
        javaLangReflectAccess = access;
    }

    /** The reflect package's access object, initializing java.lang.reflect.Field (which registers it) if needed. */
    public static JavaLangReflectAccess getJavaLangReflectAccess() {
        if (javaLangReflectAccess == null) {
            try {
                Class.forName("java.lang.reflect.Field");
            } catch (ClassNotFoundException e) {
                throw new InternalError(e);
            }
        }
        return javaLangReflectAccess;
    }
}
