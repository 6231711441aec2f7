package jdk.internal.io;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;

/**
 * Tern's Path: a normalized Unix path string (no duplicate or trailing slash) and the offsets of
 * its names, with the JDK's UnixPath semantics (the empty path has one, empty, name; "/" has none).
 */
public final class UnixPath implements Path {
    private final FileSystem fs;
    private final String path;
    /** Start of each name in {@code path}. */
    private int[] offsets;

    public UnixPath(FileSystem fs, String input) {
        this.fs = fs;
        this.path = normalize(input);
    }

    private UnixPath(FileSystem fs, String normalized, boolean trusted) {
        this.fs = fs;
        this.path = normalized;
    }

    private UnixPath make(String normalized) {
        return new UnixPath(fs, normalized, true);
    }

    private static String normalize(String input) {
        int n = input.length();
        StringBuilder sb = new StringBuilder(n);
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c == '\u0000') {
                throw new InvalidPathException(input, "Nul character not allowed");
            }
            if (c == '/' && prev == '/') {
                continue;
            }
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private int[] offsets() {
        int[] o = offsets;
        if (o == null) {
            if (path.isEmpty()) {
                o = new int[] {0};
            } else {
                int count = 0;
                int n = path.length();
                for (int i = 0; i < n; i++) {
                    if (path.charAt(i) != '/' && (i == 0 || path.charAt(i - 1) == '/')) {
                        count++;
                    }
                }
                o = new int[count];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (path.charAt(i) != '/' && (i == 0 || path.charAt(i - 1) == '/')) {
                        o[k++] = i;
                    }
                }
            }
            offsets = o;
        }
        return o;
    }

    private String name(int i) {
        int[] o = offsets();
        int start = o[i];
        int end = (i + 1 < o.length) ? o[i + 1] - 1 : path.length();
        return path.substring(start, end);
    }

    private boolean isEmpty() {
        return path.isEmpty();
    }

    private static UnixPath check(Path p) {
        if (p == null) {
            throw new NullPointerException();
        }
        if (!(p instanceof UnixPath)) {
            throw new ProviderMismatchException();
        }
        return (UnixPath) p;
    }

    @Override
    public FileSystem getFileSystem() {
        return fs;
    }

    @Override
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    @Override
    public Path getRoot() {
        return isAbsolute() ? make("/") : null;
    }

    @Override
    public Path getFileName() {
        int count = getNameCount();
        if (count == 0) {
            return null;
        }
        if (count == 1 && !isAbsolute()) {
            return this;
        }
        return make(name(count - 1));
    }

    @Override
    public Path getParent() {
        int count = getNameCount();
        if (count == 0) {
            return null;
        }
        int len = offsets()[count - 1] - 1;
        if (len <= 0) {
            return getRoot();
        }
        return make(path.substring(0, len));
    }

    @Override
    public int getNameCount() {
        return offsets().length;
    }

    @Override
    public Path getName(int index) {
        if (index < 0 || index >= getNameCount()) {
            throw new IllegalArgumentException();
        }
        return make(name(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        int count = getNameCount();
        if (beginIndex < 0 || beginIndex >= count || endIndex > count || beginIndex >= endIndex) {
            throw new IllegalArgumentException();
        }
        int[] o = offsets();
        int start = o[beginIndex];
        int end = (endIndex < count) ? o[endIndex] - 1 : path.length();
        return make(path.substring(start, end));
    }

    @Override
    public boolean startsWith(Path other) {
        if (!(other instanceof UnixPath)) {
            if (other == null) {
                throw new NullPointerException();
            }
            return false;
        }
        UnixPath that = (UnixPath) other;
        if (that.isAbsolute() != isAbsolute()) {
            return false;
        }
        int n = that.getNameCount();
        if (that.isAbsolute() && that.path.equals("/")) {
            return true;
        }
        if (n > getNameCount()) {
            return false;
        }
        if (that.isEmpty()) {
            return isEmpty();
        }
        for (int i = 0; i < n; i++) {
            if (!name(i).equals(that.name(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean endsWith(Path other) {
        if (!(other instanceof UnixPath)) {
            if (other == null) {
                throw new NullPointerException();
            }
            return false;
        }
        UnixPath that = (UnixPath) other;
        if (that.isAbsolute()) {
            return equals(that);
        }
        if (that.isEmpty()) {
            return isEmpty();
        }
        int n = that.getNameCount();
        int m = getNameCount();
        if (n > m) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!name(m - n + i).equals(that.name(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path normalize() {
        int count = getNameCount();
        String[] stack = new String[count];
        int n = 0;
        boolean absolute = isAbsolute();
        boolean changed = false;
        for (int i = 0; i < count; i++) {
            String name = name(i);
            if (name.equals(".")) {
                changed = true;
                continue;
            }
            if (name.equals("..")) {
                if (n > 0 && !stack[n - 1].equals("..")) {
                    n--;
                    changed = true;
                    continue;
                }
                if (absolute) {
                    changed = true;
                    continue;
                }
            }
            stack[n++] = name;
        }
        if (!changed) {
            return this;
        }
        StringBuilder sb = new StringBuilder();
        if (absolute) {
            sb.append('/');
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(stack[i]);
        }
        return make(sb.toString());
    }

    @Override
    public Path resolve(Path obj) {
        UnixPath other = check(obj);
        if (other.isAbsolute()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        if (path.equals("/")) {
            return make("/" + other.path);
        }
        return make(path + "/" + other.path);
    }

    @Override
    public Path relativize(Path obj) {
        UnixPath other = check(obj);
        if (other.equals(this)) {
            return make("");
        }
        if (isAbsolute() != other.isAbsolute()) {
            throw new IllegalArgumentException("'other' is different type of Path");
        }
        if (isEmpty()) {
            return other;
        }
        int bn = getNameCount();
        int cn = other.getNameCount();
        int n = Math.min(bn, cn);
        int i = 0;
        while (i < n && name(i).equals(other.name(i))) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < bn; j++) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append("..");
        }
        for (int j = i; j < cn; j++) {
            String name = other.name(j);
            if (name.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(name);
        }
        return make(sb.toString());
    }

    @Override
    public Path toAbsolutePath() {
        if (isAbsolute()) {
            return this;
        }
        return new UnixPath(fs, HostFiles.absolute(path));
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        String abs = HostFiles.absolute(path);
        String real = HostFiles.realpath0(abs);
        if (real == null) {
            int kind = HostFiles.stat0(abs, true, null);
            throw HostFiles.nioException(kind < 0 ? -kind : HostFiles.ENOENT, path, null);
        }
        return new UnixPath(fs, real);
    }

    @Override
    public int compareTo(Path other) {
        return path.compareTo(((UnixPath) other).path);
    }

    @Override
    public boolean equals(Object ob) {
        return (ob instanceof UnixPath) && ((UnixPath) ob).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
