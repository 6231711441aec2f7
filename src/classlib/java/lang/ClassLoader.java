package java.lang;

/**
 * A class loader. Tern has two fixed loaders: the class library's (the bootstrap loader, which
 * reflection shows as null) and the application class path's, {@link #getSystemClassLoader()}.
 * User-defined loaders (defineClass) are not supported yet; this class exists so that
 * {@code getClassLoader()} and the APIs that take a loader (Proxy, Class.forName) work.
 */
public abstract class ClassLoader {
    private final ClassLoader parent;
    private final String name;

    protected ClassLoader() {
        this(getSystemClassLoader());
    }

    protected ClassLoader(ClassLoader parent) {
        this(null, parent);
    }

    protected ClassLoader(String name, ClassLoader parent) {
        this.name = name;
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public final ClassLoader getParent() {
        return parent;
    }

    /** Loads (without initializing) the class with this binary name. */
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name, false, this);
    }

    /** The loader of the application class path. */
    public static ClassLoader getSystemClassLoader() {
        return App.INSTANCE;
    }

    /** The application class path's loader (the only one besides the bootstrap loader). */
    static final class App extends ClassLoader {
        static final App INSTANCE = new App();

        private App() {
            super("app", null);
        }
    }
}
