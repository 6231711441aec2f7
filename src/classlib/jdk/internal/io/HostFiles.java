package jdk.internal.io;

import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * The primitive file operations of the host, shared by java.io, java.nio.file and
 * java.nio.channels (docs/files.md). A file is a slot of the VM's open-file table (an int, 3 and
 * up); failures come back as Linux errno numbers, which the callers turn into the JDK's
 * exceptions. Not part of the Java API.
 */
public final class HostFiles {
    public static final int READ = 1;
    public static final int WRITE = 2;
    public static final int APPEND = 4;
    public static final int CREATE = 8;
    public static final int CREATE_NEW = 16;
    public static final int TRUNCATE = 32;

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int ENOTEMPTY = 39;

    /** Kinds stat0 reports. */
    public static final int MISSING = 0;
    public static final int FILE = 1;
    public static final int DIRECTORY = 2;
    public static final int SYMLINK = 3;
    public static final int OTHER = 4;

    private HostFiles() {
    }

    /** Opens {@code path} with the flags above: a slot number, or -errno. */
    public static int open0(String path, int flags) {
        return open0(path, flags, -1);
    }

    /** Opens {@code path}; a file it creates gets permission bits {@code mode} (-1: 0666) less the umask. */
    public static native int open0(String path, int flags, int mode);

    /** Reads up to {@code len > 0} bytes at the file's position: the count, or -1 at end of file. */
    public static native int read0(int fd, byte[] b, int off, int len) throws IOException;

    /** Writes {@code b[off, off + len)} at the file's position (append mode: at its end). */
    public static native void write0(int fd, byte[] b, int off, int len) throws IOException;

    public static native long position0(int fd) throws IOException;

    public static native void seek0(int fd, long pos) throws IOException;

    public static native long size0(int fd) throws IOException;

    public static native void setLength0(int fd, long len) throws IOException;

    public static native int available0(int fd) throws IOException;

    public static native void sync0(int fd) throws IOException;

    public static native void close0(int fd) throws IOException;

    /** Kind of {@code path} (MISSING, FILE...), or -errno; {@code out} = size, mtime ms, mode. */
    public static native int stat0(String path, boolean followLinks, long[] out);

    /** 0 read, 1 write, 2 execute. */
    public static native boolean access0(String path, int how);

    /** Entry names, or null with the errno in {@code err[0]}. */
    public static native String[] list0(String dir, int[] err);

    public static int mkdir0(String path) {
        return mkdir0(path, -1);
    }

    /** Creates a directory with permission bits {@code mode} (-1: 0777) less the umask: 0 or -errno. */
    public static native int mkdir0(String path, int mode);

    public static native int chmod0(String path, int mode);

    public static native int delete0(String path);

    public static native int rename0(String from, String to);

    public static native int copy0(String from, String to, boolean replace);

    public static native int setLastModified0(String path, long millis);

    public static native String realpath0(String path);

    public static native String strerror0(int errno);

    /** Kind of {@code path}, MISSING on any failure. */
    public static int kind(String path) {
        int k = stat0(path, true, null);
        return k < 0 ? MISSING : k;
    }

    /** Opens for java.io: FileNotFoundException "path (reason)" like HotSpot. */
    public static int openForStream(String path, int flags) throws FileNotFoundException {
        int fd = open0(path, flags);
        if (fd < 0) {
            throw new FileNotFoundException(path + " (" + strerror0(-fd) + ")");
        }
        return fd;
    }

    /**
     * The java.nio.file exception for a failed operation on {@code file} (and {@code other}),
     * as the JDK's Unix file system provider reports it.
     */
    public static java.io.IOException nioException(int errno, String file, String other) {
        switch (errno) {
            case ENOENT:
                return new java.nio.file.NoSuchFileException(file, other, null);
            case EEXIST:
                return new java.nio.file.FileAlreadyExistsException(file, other, null);
            case EACCES:
            case EPERM:
                return new java.nio.file.AccessDeniedException(file, other, null);
            case ENOTEMPTY:
                return new java.nio.file.DirectoryNotEmptyException(file);
            default:
                return new java.nio.file.FileSystemException(file, other, strerror0(errno));
        }
    }

    /** Opens for java.nio.file: a slot, or the exception (NoSuchFileException...). */
    public static int openForNio(String path, int flags) throws IOException {
        int fd = open0(path, flags);
        if (fd < 0) {
            if (-fd == EISDIR && (flags & (WRITE | APPEND)) == 0) {
                // The JDK opens a directory for reading and fails at the first read.
                throw new IOException("Is a directory");
            }
            throw nioException(-fd, path, null);
        }
        return fd;
    }

    /**
     * The working directory relative paths resolve against: the user.dir the program started with
     * (the VM's, so that a restored program, or one restored with tern restore --cwd, resolves
     * them where its file operations do).
     */
    public static String userDir() {
        return workingDirectory0();
    }

    /** The VM's working directory (absolute). */
    public static native String workingDirectory0();

    /** Absolute form of a normalized Unix path string (no "." or ".." resolution). */
    public static String absolute(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String dir = userDir();
        if (path.isEmpty()) {
            return dir;
        }
        return dir.endsWith("/") ? dir + path : dir + "/" + path;
    }

    /** Removes "." and resolves ".." lexically in an absolute path. */
    public static String collapse(String absolute) {
        String[] stack = new String[absolute.length() / 2 + 1];
        int n = 0;
        int i = 0;
        int len = absolute.length();
        while (i < len) {
            int j = absolute.indexOf('/', i);
            if (j < 0) {
                j = len;
            }
            String p = absolute.substring(i, j);
            i = j + 1;
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (n > 0) {
                    n--;
                }
                continue;
            }
            stack[n++] = p;
        }
        if (n == 0) {
            return "/";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append('/').append(stack[k]);
        }
        return sb.toString();
    }

    /**
     * The canonical form of a path: "." and ".." collapsed, then symbolic links resolved in the
     * longest prefix that exists (the rest is appended as is), like the JDK on Unix.
     */
    public static String canonicalize(String path) {
        String collapsed = collapse(absolute(path));
        String prefix = collapsed;
        String rest = "";
        while (true) {
            String real = realpath0(prefix);
            if (real != null) {
                if (rest.isEmpty()) {
                    return real;
                }
                return real.equals("/") ? real + rest.substring(1) : real + rest;
            }
            int slash = prefix.lastIndexOf('/');
            if (slash <= 0) {
                return collapsed;
            }
            rest = prefix.substring(slash) + rest;
            prefix = prefix.substring(0, slash);
        }
    }
}
