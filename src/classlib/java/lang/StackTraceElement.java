package java.lang;

/**
 * One frame of a stack trace. The VM creates these from a throwable's backtrace by setting the
 * fields directly (docs/classlib-contract.md); {@code moduleName} is "java.base" for library
 * classes and null for application classes, which is all toString needs to print like JDK 17.
 */
public final class StackTraceElement implements java.io.Serializable {
    private String declaringClass;
    private String methodName;
    private String fileName;
    /** Source line; -2 marks a native method, other negatives mean unknown. */
    private int lineNumber;
    private String moduleName;
    private String moduleVersion;
    private String classLoaderName;

    public StackTraceElement(String declaringClass, String methodName, String fileName,
            int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion,
            String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) {
            throw new NullPointerException("Declaring class is null");
        }
        if (methodName == null) {
            throw new NullPointerException("Method name is null");
        }
        this.classLoaderName = classLoaderName;
        this.moduleName = moduleName;
        this.moduleVersion = moduleVersion;
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** The source file name, or null. */
    public String getFileName() {
        return fileName;
    }

    /** The line number, or a negative number when unknown (-2 for native methods). */
    public int getLineNumber() {
        return lineNumber;
    }

    /** The module name, or null. */
    public String getModuleName() {
        return moduleName;
    }

    /** The module version, or null. */
    public String getModuleVersion() {
        return moduleVersion;
    }

    /** The class loader name, or null. */
    public String getClassLoaderName() {
        return classLoaderName;
    }

    /** The binary name of the declaring class. */
    public String getClassName() {
        return declaringClass;
    }

    /** The method name ({@code <init>} for constructors). */
    public String getMethodName() {
        return methodName;
    }

    /** True for a native method frame. */
    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    /**
     * JDK 17 form: {@code java.base/java.util.ArrayList.get(ArrayList.java:427)},
     * {@code Main.main(Main.java:5)}, {@code (Native Method)}, {@code (Main.java)},
     * {@code (Unknown Source)}. Versions of JDK modules are not printed, so neither is ours.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(64);
        if (classLoaderName != null && !classLoaderName.isEmpty()) {
            sb.append(classLoaderName).append('/');
        }
        if (moduleName != null && !moduleName.isEmpty()) {
            sb.append(moduleName);
            if (moduleVersion != null && !moduleVersion.isEmpty() && !moduleName.startsWith("java.")
                    && !moduleName.startsWith("jdk.")) {
                sb.append('@').append(moduleVersion);
            }
        }
        if (sb.length() > 0) {
            sb.append('/');
        }
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) {
            sb.append("Native Method");
        } else if (fileName == null) {
            sb.append("Unknown Source");
        } else {
            sb.append(fileName);
            if (lineNumber >= 0) {
                sb.append(':').append(lineNumber);
            }
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber
                && same(e.declaringClass, declaringClass)
                && same(e.methodName, methodName)
                && same(e.fileName, fileName)
                && same(e.moduleName, moduleName)
                && same(e.moduleVersion, moduleVersion)
                && same(e.classLoaderName, classLoaderName);
    }

    private static boolean same(String a, String b) {
        return (a == null) ? b == null : a.equals(b);
    }

    @Override
    public int hashCode() {
        int h = 31 * hash(classLoaderName) + hash(moduleName);
        h = 31 * h + hash(moduleVersion);
        h = 31 * h + declaringClass.hashCode();
        h = 31 * h + methodName.hashCode();
        h = 31 * h + hash(fileName);
        return 31 * h + lineNumber;
    }

    private static int hash(String s) {
        return (s == null) ? 0 : s.hashCode();
    }
}
