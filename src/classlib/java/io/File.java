package java.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jdk.internal.io.HostFiles;

/**
 * A file or directory path with Unix semantics, like the JDK's File on Linux: the path is
 * normalized (duplicate and trailing slashes removed) and compared as a string; operations
 * answer through jdk.internal.io.HostFiles and report failure as false/0/null, as the JDK does.
 */
public class File implements Serializable, Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;
    /** 1 for an absolute path (the "/" prefix), else 0. */
    private final transient int prefixLength;
    private transient volatile Path filePath;

    private static List<String> deleteOnExit;
    private static Random tempRandom;

    private File(String normalized, int prefixLength) {
        this.path = normalized;
        this.prefixLength = prefixLength;
    }

    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = normalize(pathname);
        this.prefixLength = this.path.startsWith("/") ? 1 : 0;
    }

    public File(String parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            if (parent.isEmpty()) {
                this.path = resolve("/", normalize(child));
            } else {
                this.path = resolve(normalize(parent), normalize(child));
            }
        } else {
            this.path = normalize(child);
        }
        this.prefixLength = this.path.startsWith("/") ? 1 : 0;
    }

    public File(File parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            if (parent.path.isEmpty()) {
                this.path = resolve("/", normalize(child));
            } else {
                this.path = resolve(parent.path, normalize(child));
            }
        } else {
            this.path = normalize(child);
        }
        this.prefixLength = this.path.startsWith("/") ? 1 : 0;
    }

    /** Removes duplicate slashes and a trailing slash (but keeps "/"). */
    private static String normalize(String p) {
        int n = p.length();
        StringBuilder sb = null;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/') {
                if (sb == null) {
                    sb = new StringBuilder(p.substring(0, i));
                }
            } else if (sb != null) {
                sb.append(c);
            }
            prev = c;
        }
        String s = (sb == null) ? p : sb.toString();
        if (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String resolve(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (child.charAt(0) == '/') {
            if (parent.equals("/")) {
                return child;
            }
            return parent + child;
        }
        if (parent.equals("/")) {
            return parent + child;
        }
        return parent + '/' + child;
    }

    /** A path with a NUL character names no file. */
    final boolean isInvalid() {
        return path.indexOf('\u0000') >= 0;
    }

    public String getName() {
        int index = path.lastIndexOf(separatorChar);
        if (index < prefixLength) {
            return path.substring(prefixLength);
        }
        return path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf(separatorChar);
        if (index < prefixLength) {
            if (prefixLength > 0 && path.length() > prefixLength) {
                return path.substring(0, prefixLength);
            }
            return null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        if (p == null) {
            return null;
        }
        return new File(p, this.prefixLength);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return prefixLength > 0;
    }

    public String getAbsolutePath() {
        if (isAbsolute()) {
            return path;
        }
        return resolve(HostFiles.userDir(), path);
    }

    public File getAbsoluteFile() {
        String absPath = getAbsolutePath();
        return new File(absPath, absPath.startsWith("/") ? 1 : 0);
    }

    public String getCanonicalPath() throws IOException {
        if (isInvalid()) {
            throw new IOException("Invalid file path");
        }
        return HostFiles.canonicalize(getAbsolutePath());
    }

    public File getCanonicalFile() throws IOException {
        String canonPath = getCanonicalPath();
        return new File(canonPath, canonPath.startsWith("/") ? 1 : 0);
    }

    public boolean canRead() {
        return !isInvalid() && HostFiles.access0(path, 0);
    }

    public boolean canWrite() {
        return !isInvalid() && HostFiles.access0(path, 1);
    }

    public boolean canExecute() {
        return !isInvalid() && HostFiles.access0(path, 2);
    }

    private int kind() {
        return isInvalid() ? HostFiles.MISSING : HostFiles.kind(path);
    }

    public boolean exists() {
        return kind() != HostFiles.MISSING;
    }

    public boolean isDirectory() {
        return kind() == HostFiles.DIRECTORY;
    }

    public boolean isFile() {
        return kind() == HostFiles.FILE;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public long lastModified() {
        if (isInvalid()) {
            return 0L;
        }
        long[] attrs = new long[3];
        return HostFiles.stat0(path, true, attrs) > 0 ? attrs[1] : 0L;
    }

    public long length() {
        if (isInvalid()) {
            return 0L;
        }
        long[] attrs = new long[3];
        return HostFiles.stat0(path, true, attrs) > 0 ? attrs[0] : 0L;
    }

    public boolean createNewFile() throws IOException {
        if (isInvalid()) {
            throw new IOException("Invalid file path");
        }
        int fd = HostFiles.open0(path, HostFiles.READ | HostFiles.WRITE | HostFiles.CREATE_NEW);
        if (fd >= 0) {
            HostFiles.close0(fd);
            return true;
        }
        if (-fd == HostFiles.EEXIST) {
            return false;
        }
        throw new IOException(HostFiles.strerror0(-fd));
    }

    public boolean delete() {
        return !isInvalid() && HostFiles.delete0(path) == 0;
    }

    public void deleteOnExit() {
        if (isInvalid()) {
            return;
        }
        synchronized (File.class) {
            if (deleteOnExit == null) {
                deleteOnExit = new ArrayList<>();
                Runtime.getRuntime().addShutdownHook(new Thread(File::deleteAllOnExit));
            }
            if (!deleteOnExit.contains(path)) {
                deleteOnExit.add(path);
            }
        }
    }

    /** Deletes in reverse order of registration, as the JDK does. */
    private static void deleteAllOnExit() {
        List<String> paths;
        synchronized (File.class) {
            paths = new ArrayList<>(deleteOnExit);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            HostFiles.delete0(paths.get(i));
        }
    }

    public String[] list() {
        if (isInvalid()) {
            return null;
        }
        return HostFiles.list0(path, new int[1]);
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if (names == null || filter == null) {
            return names;
        }
        List<String> v = new ArrayList<>();
        for (String name : names) {
            if (filter.accept(this, name)) {
                v.add(name);
            }
        }
        return v.toArray(new String[0]);
    }

    public File[] listFiles() {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++) {
            fs[i] = new File(ss[i], this);
        }
        return fs;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        ArrayList<File> files = new ArrayList<>();
        for (String s : ss) {
            if (filter == null || filter.accept(this, s)) {
                files.add(new File(s, this));
            }
        }
        return files.toArray(new File[0]);
    }

    public File[] listFiles(FileFilter filter) {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        ArrayList<File> files = new ArrayList<>();
        for (String s : ss) {
            File f = new File(s, this);
            if (filter == null || filter.accept(f)) {
                files.add(f);
            }
        }
        return files.toArray(new File[0]);
    }

    /** A child entry of directory {@code parent} (names from list() are already normalized). */
    private File(String child, File parent) {
        this.path = resolve(parent.path, child);
        this.prefixLength = parent.prefixLength;
    }

    public boolean mkdir() {
        return !isInvalid() && HostFiles.mkdir0(path) == 0;
    }

    public boolean mkdirs() {
        if (exists()) {
            return false;
        }
        if (mkdir()) {
            return true;
        }
        File canonFile;
        try {
            canonFile = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonFile.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canonFile.mkdir();
    }

    public boolean renameTo(File dest) {
        if (dest == null) {
            throw new NullPointerException();
        }
        if (isInvalid() || dest.isInvalid()) {
            return false;
        }
        return HostFiles.rename0(path, dest.path) == 0;
    }

    public boolean setLastModified(long time) {
        if (time < 0) {
            throw new IllegalArgumentException("Negative time");
        }
        return !isInvalid() && HostFiles.setLastModified0(path, time) == 0;
    }

    /** Sets or clears permission bits (owner only, or everyone). */
    private boolean setPermission(int ownerBit, boolean enable, boolean ownerOnly) {
        if (isInvalid()) {
            return false;
        }
        long[] attrs = new long[3];
        if (HostFiles.stat0(path, true, attrs) <= 0) {
            return false;
        }
        int bits = ownerOnly ? ownerBit : (ownerBit | (ownerBit >> 3) | (ownerBit >> 6));
        int mode = (int) attrs[2];
        mode = enable ? (mode | bits) : (mode & ~bits);
        return HostFiles.chmod0(path, mode) == 0;
    }

    public boolean setReadOnly() {
        return setPermission(0200, false, false);
    }

    public boolean setWritable(boolean writable, boolean ownerOnly) {
        return setPermission(0200, writable, ownerOnly);
    }

    public boolean setWritable(boolean writable) {
        return setWritable(writable, true);
    }

    public boolean setReadable(boolean readable, boolean ownerOnly) {
        return setPermission(0400, readable, ownerOnly);
    }

    public boolean setReadable(boolean readable) {
        return setReadable(readable, true);
    }

    public boolean setExecutable(boolean executable, boolean ownerOnly) {
        return setPermission(0100, executable, ownerOnly);
    }

    public boolean setExecutable(boolean executable) {
        return setExecutable(executable, true);
    }

    public static File[] listRoots() {
        return new File[] {new File("/")};
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        if (suffix == null) {
            suffix = ".tmp";
        }
        File dir = (directory != null) ? directory : new File(System.getProperty("java.io.tmpdir", "/tmp"));
        while (true) {
            long n;
            synchronized (File.class) {
                if (tempRandom == null) {
                    tempRandom = new Random();
                }
                n = tempRandom.nextLong();
            }
            File f = new File(dir, prefix + Long.toUnsignedString(n) + suffix);
            int fd = HostFiles.open0(f.path, HostFiles.READ | HostFiles.WRITE | HostFiles.CREATE_NEW);
            if (fd >= 0) {
                HostFiles.close0(fd);
                return f;
            }
            if (-fd != HostFiles.EEXIST) {
                throw new IOException(HostFiles.strerror0(-fd));
            }
        }
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    @Override
    public boolean equals(Object obj) {
        if (obj instanceof File) {
            return compareTo((File) obj) == 0;
        }
        return false;
    }

    @Override
    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    @Override
    public String toString() {
        return getPath();
    }

    public Path toPath() {
        Path result = filePath;
        if (result == null) {
            result = Path.of(path);
            filePath = result;
        }
        return result;
    }
}
