package jdk.internal.access;

/** Hands package-private capabilities of one library package to another (see JavaLangReflectAccess). */
public final class SharedSecrets {
    private static JavaLangReflectAccess javaLangReflectAccess;
    private static JavaNetAccess javaNetAccess;

    public static void setJavaNetAccess(JavaNetAccess access) {
        javaNetAccess = access;
    }

    /** java.net's access object, initializing java.net.Socket (which registers it) if needed. */
    public static JavaNetAccess getJavaNetAccess() {
        if (javaNetAccess == null) {
            try {
                Class.forName("java.net.Socket");
            } catch (ClassNotFoundException e) {
                throw new InternalError(e);
            }
        }
        return javaNetAccess;
    }

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
