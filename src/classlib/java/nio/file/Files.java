package java.nio.file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import jdk.internal.io.FileChannelImpl;
import jdk.internal.io.HostFiles;
import jdk.internal.io.SlotInputStream;
import jdk.internal.io.SlotOutputStream;
import jdk.internal.io.StrictCoding;

/**
 * Static file operations over the host file system, with the JDK's exceptions (NoSuchFileException
 * and friends, whose message is the path as given). Text is read and written with "report"
 * coding: malformed input throws MalformedInputException, as the JDK does (java.io replaces).
 * Directory walks are depth-first in the host's directory order; walk/find/list build their
 * entries when called (the JDK's streams are lazy, the results are the same).
 */
public final class Files {
    private static Random tempRandom;

    private Files() {
    }

    private static String str(Path p) {
        return Objects.requireNonNull(p).toString();
    }

    private static boolean followLinks(LinkOption... options) {
        for (LinkOption o : options) {
            if (o == LinkOption.NOFOLLOW_LINKS) {
                return false;
            }
            if (o == null) {
                throw new NullPointerException();
            }
        }
        return true;
    }

    /** stat0 or the NIO exception: {size, mtime, mode} and the kind. */
    private static int stat(Path path, boolean follow, long[] attrs) throws IOException {
        int k = HostFiles.stat0(str(path), follow, attrs);
        if (k < 0) {
            throw HostFiles.nioException(-k, path.toString(), null);
        }
        if (k == HostFiles.MISSING) {
            throw new NoSuchFileException(path.toString());
        }
        return k;
    }

    private static Set<OpenOption> optionSet(OpenOption... options) {
        Set<OpenOption> set = new HashSet<>();
        for (OpenOption o : options) {
            set.add(Objects.requireNonNull(o));
        }
        return set;
    }

    // ---- streams and channels ----

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption o : options) {
            if (o == StandardOpenOption.APPEND || o == StandardOpenOption.WRITE) {
                throw new UnsupportedOperationException("'" + o + "' not allowed");
            }
        }
        int flags = FileChannelImpl.flagsOf(optionSet(options), true);
        return new SlotInputStream(HostFiles.openForNio(str(path), flags));
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        Set<OpenOption> set;
        if (options.length == 0) {
            set = new HashSet<>(Arrays.asList(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING));
        } else {
            set = optionSet(options);
            if (set.contains(StandardOpenOption.READ)) {
                throw new IllegalArgumentException("READ not allowed");
            }
        }
        set.add(StandardOpenOption.WRITE);
        int flags = FileChannelImpl.flagsOf(set, false);
        return new SlotOutputStream(HostFiles.openForNio(str(path), flags));
    }

    public static SeekableByteChannel newByteChannel(Path path, OpenOption... options) throws IOException {
        return FileChannel.open(path, options);
    }

    public static SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>... attrs) throws IOException {
        return FileChannel.open(path, options, attrs);
    }

    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        InputStream in = newInputStream(path);
        return new BufferedReader(new InputStreamReader(StrictCoding.checking(in, cs), cs));
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options) throws IOException {
        Objects.requireNonNull(cs);
        return new BufferedWriter(StrictCoding.checking(new OutputStreamWriter(newOutputStream(path, options), cs), cs));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    // ---- whole-file reads and writes ----

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = newInputStream(path)) {
            return in.readAllBytes();
        }
    }

    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    public static String readString(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        return StrictCoding.decode(readAllBytes(path), cs);
    }

    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        byte[] bytes = readAllBytes(path);
        StrictCoding.checkDecoder(bytes, cs);
        String text = new String(bytes, cs);
        List<String> result = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < n) {
            result.add(text.substring(start));
        }
        return result;
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    public static Stream<String> lines(Path path, Charset cs) throws IOException {
        BufferedReader br = newBufferedReader(path, cs);
        try {
            return br.lines().onClose(asUncheckedRunnable(br));
        } catch (Error | RuntimeException e) {
            try {
                br.close();
            } catch (IOException ex) {
                e.addSuppressed(ex);
            }
            throw e;
        }
    }

    public static Stream<String> lines(Path path) throws IOException {
        return lines(path, StandardCharsets.UTF_8);
    }

    private static Runnable asUncheckedRunnable(Closeable c) {
        return () -> {
            try {
                c.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        Objects.requireNonNull(bytes);
        try (OutputStream out = newOutputStream(path, options)) {
            out.write(bytes, 0, bytes.length);
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(lines);
        Objects.requireNonNull(cs);
        String sep = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        for (CharSequence line : lines) {
            sb.append(line).append(sep);
        }
        byte[] bytes = StrictCoding.encode(sb, cs, false);
        return write(path, bytes, options);
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options)
            throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(csq);
        Objects.requireNonNull(cs);
        return write(path, StrictCoding.encode(csq, cs, true), options);
    }

    // ---- attributes ----

    public static boolean exists(Path path, LinkOption... options) {
        int k = HostFiles.stat0(str(path), followLinks(options), null);
        return k > 0;
    }

    public static boolean notExists(Path path, LinkOption... options) {
        int k = HostFiles.stat0(str(path), followLinks(options), null);
        return k == HostFiles.MISSING;
    }

    public static boolean isDirectory(Path path, LinkOption... options) {
        return HostFiles.stat0(str(path), followLinks(options), null) == HostFiles.DIRECTORY;
    }

    public static boolean isRegularFile(Path path, LinkOption... options) {
        return HostFiles.stat0(str(path), followLinks(options), null) == HostFiles.FILE;
    }

    public static boolean isSymbolicLink(Path path) {
        return HostFiles.stat0(str(path), false, null) == HostFiles.SYMLINK;
    }

    public static boolean isReadable(Path path) {
        return HostFiles.access0(str(path), 0);
    }

    public static boolean isWritable(Path path) {
        return HostFiles.access0(str(path), 1);
    }

    public static boolean isExecutable(Path path) {
        return HostFiles.access0(str(path), 2);
    }

    public static boolean isHidden(Path path) throws IOException {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public static long size(Path path) throws IOException {
        long[] attrs = new long[3];
        stat(path, true, attrs);
        return attrs[0];
    }

    public static FileTime getLastModifiedTime(Path path, LinkOption... options) throws IOException {
        long[] attrs = new long[3];
        stat(path, followLinks(options), attrs);
        return FileTime.fromMillis(attrs[1]);
    }

    public static Path setLastModifiedTime(Path path, FileTime time) throws IOException {
        Objects.requireNonNull(time);
        int r = HostFiles.setLastModified0(str(path), time.toMillis());
        if (r < 0) {
            throw HostFiles.nioException(-r, path.toString(), null);
        }
        return path;
    }

    public static boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2)) {
            return true;
        }
        return path.toRealPath().equals(path2.toRealPath());
    }

    @SuppressWarnings("unchecked")
    public static <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        if (type != BasicFileAttributes.class) {
            throw new UnsupportedOperationException();
        }
        return (A) attributes(path, followLinks(options));
    }

    private static BasicFileAttributes attributes(Path path, boolean follow) throws IOException {
        long[] attrs = new long[3];
        int kind = stat(path, follow, attrs);
        return new Attributes(kind, attrs[0], attrs[1]);
    }

    /** Basic attributes from one stat. */
    private static final class Attributes implements BasicFileAttributes {
        private final int kind;
        private final long size;
        private final long mtime;

        Attributes(int kind, long size, long mtime) {
            this.kind = kind;
            this.size = size;
            this.mtime = mtime;
        }

        public FileTime lastModifiedTime() {
            return FileTime.fromMillis(mtime);
        }

        public FileTime lastAccessTime() {
            return FileTime.fromMillis(mtime);
        }

        public FileTime creationTime() {
            return FileTime.fromMillis(mtime);
        }

        public boolean isRegularFile() {
            return kind == HostFiles.FILE;
        }

        public boolean isDirectory() {
            return kind == HostFiles.DIRECTORY;
        }

        public boolean isSymbolicLink() {
            return kind == HostFiles.SYMLINK;
        }

        public boolean isOther() {
            return kind == HostFiles.OTHER;
        }

        public long size() {
            return size;
        }

        public Object fileKey() {
            return null;
        }
    }

    // ---- creating and deleting ----

    /** Permission bits of a "posix:permissions" creation attribute, or {@code dflt}. */
    private static int modeOf(FileAttribute<?>[] attrs, int dflt) {
        int mode = dflt;
        for (FileAttribute<?> a : attrs) {
            String name = a.name();
            if (name.equals("posix:permissions") || name.equals("unix:permissions")) {
                @SuppressWarnings("unchecked")
                Set<PosixFilePermission> perms = (Set<PosixFilePermission>) a.value();
                mode = toMode(perms);
            } else {
                throw new UnsupportedOperationException("'" + name + "' not supported as initial attribute");
            }
        }
        return mode;
    }

    private static int toMode(Set<PosixFilePermission> perms) {
        int mode = 0;
        for (PosixFilePermission p : perms) {
            mode |= 0400 >> p.ordinal();
        }
        return mode;
    }

    public static Set<PosixFilePermission> getPosixFilePermissions(Path path, LinkOption... options) throws IOException {
        long[] attrs = new long[3];
        stat(path, followLinks(options), attrs);
        Set<PosixFilePermission> perms = new HashSet<>();
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((attrs[2] & (0400 >> p.ordinal())) != 0) {
                perms.add(p);
            }
        }
        return perms;
    }

    public static Path setPosixFilePermissions(Path path, Set<PosixFilePermission> perms) throws IOException {
        int r = HostFiles.chmod0(str(path), toMode(perms));
        if (r < 0) {
            throw HostFiles.nioException(-r, path.toString(), null);
        }
        return path;
    }

    public static Path createFile(Path path, FileAttribute<?>... attrs) throws IOException {
        return createFile(path, modeOf(attrs, -1));
    }

    private static Path createFile(Path path, int mode) throws IOException {
        int fd = HostFiles.open0(str(path), HostFiles.WRITE | HostFiles.CREATE_NEW, mode);
        if (fd < 0) {
            throw HostFiles.nioException(-fd, path.toString(), null);
        }
        HostFiles.close0(fd);
        return path;
    }

    public static Path createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        return createDirectory(dir, modeOf(attrs, -1));
    }

    private static Path createDirectory(Path dir, int mode) throws IOException {
        int r = HostFiles.mkdir0(str(dir), mode);
        if (r < 0) {
            throw HostFiles.nioException(-r, dir.toString(), null);
        }
        return dir;
    }

    public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
        int mode = modeOf(attrs, -1);
        try {
            createAndCheckIsDirectory(dir, mode);
            return dir;
        } catch (FileAlreadyExistsException x) {
            throw x;
        } catch (IOException x) {
            // parent may not exist or other reason
        }
        dir = dir.toAbsolutePath();
        Path parent = dir.getParent();
        while (parent != null) {
            if (HostFiles.stat0(parent.toString(), true, null) != HostFiles.MISSING) {
                break;
            }
            parent = parent.getParent();
        }
        if (parent == null) {
            throw new FileSystemException(dir.toString(), null, "Unable to determine if root directory exists");
        }
        Path child = parent;
        for (Path name : parent.relativize(dir)) {
            child = child.resolve(name);
            createAndCheckIsDirectory(child, mode);
        }
        return dir;
    }

    private static void createAndCheckIsDirectory(Path dir, int mode) throws IOException {
        try {
            createDirectory(dir, mode);
        } catch (FileAlreadyExistsException x) {
            if (!isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw x;
            }
        }
    }

    private static String tempName(String prefix, String suffix) {
        long n;
        synchronized (Files.class) {
            if (tempRandom == null) {
                tempRandom = new Random();
            }
            n = tempRandom.nextLong();
        }
        return (prefix == null ? "" : prefix) + Long.toUnsignedString(n) + suffix;
    }

    private static Path tempDir(Path dir) {
        return dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir", "/tmp"));
    }

    private static void checkTempName(String s) {
        if (s != null && s.indexOf('/') >= 0) {
            throw new IllegalArgumentException("Invalid prefix or suffix");
        }
    }

    public static Path createTempFile(Path dir, String prefix, String suffix, FileAttribute<?>... attrs)
            throws IOException {
        Objects.requireNonNull(dir);
        return createTemp(dir, prefix, suffix == null ? ".tmp" : suffix, false, modeOf(attrs, 0600));
    }

    public static Path createTempFile(String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        return createTemp(null, prefix, suffix == null ? ".tmp" : suffix, false, modeOf(attrs, 0600));
    }

    public static Path createTempDirectory(Path dir, String prefix, FileAttribute<?>... attrs) throws IOException {
        Objects.requireNonNull(dir);
        return createTemp(dir, prefix, "", true, modeOf(attrs, 0700));
    }

    public static Path createTempDirectory(String prefix, FileAttribute<?>... attrs) throws IOException {
        return createTemp(null, prefix, "", true, modeOf(attrs, 0700));
    }

    /** Temporary files are private to the owner unless attributes say otherwise (as in the JDK). */
    private static Path createTemp(Path dir, String prefix, String suffix, boolean directory, int mode)
            throws IOException {
        checkTempName(prefix);
        checkTempName(suffix);
        Path base = tempDir(dir);
        while (true) {
            Path f = base.resolve(tempName(prefix, suffix));
            try {
                return directory ? createDirectory(f, mode) : createFile(f, mode);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    public static void delete(Path path) throws IOException {
        int r = HostFiles.delete0(str(path));
        if (r < 0) {
            if (-r == HostFiles.EEXIST) {
                throw new DirectoryNotEmptyException(path.toString());
            }
            throw HostFiles.nioException(-r, path.toString(), null);
        }
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        int r = HostFiles.delete0(str(path));
        if (r < 0) {
            if (-r == HostFiles.ENOENT) {
                return false;
            }
            if (-r == HostFiles.EEXIST) {
                throw new DirectoryNotEmptyException(path.toString());
            }
            throw HostFiles.nioException(-r, path.toString(), null);
        }
        return true;
    }

    // ---- copy and move ----

    private static boolean has(CopyOption[] options, CopyOption wanted) {
        for (CopyOption o : options) {
            if (o == null) {
                throw new NullPointerException();
            }
            if (o == wanted) {
                return true;
            }
        }
        return false;
    }

    /** Prepares {@code target} for a copy or move: refuses an existing one unless replacing. */
    private static boolean prepareTarget(Path source, Path target, boolean replace) throws IOException {
        String t = str(target);
        int tk = HostFiles.stat0(t, false, null);
        if (tk > 0) {
            if (isSameFile(source, target)) {
                return false;
            }
            if (!replace) {
                throw new FileAlreadyExistsException(target.toString());
            }
            int r = HostFiles.delete0(t);
            if (r < 0) {
                if (-r == HostFiles.EEXIST || -r == HostFiles.ENOTEMPTY) {
                    throw new DirectoryNotEmptyException(target.toString());
                }
                throw HostFiles.nioException(-r, target.toString(), null);
            }
        }
        return true;
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = has(options, StandardCopyOption.REPLACE_EXISTING);
        boolean follow = !has(options, LinkOption.NOFOLLOW_LINKS);
        String s = str(source);
        int sk = HostFiles.stat0(s, follow, null);
        if (sk <= 0) {
            throw HostFiles.nioException(sk < 0 ? -sk : HostFiles.ENOENT, source.toString(), null);
        }
        if (!prepareTarget(source, target, replace)) {
            return target;
        }
        int r = (sk == HostFiles.DIRECTORY) ? HostFiles.mkdir0(str(target)) : HostFiles.copy0(s, str(target), replace);
        if (r < 0) {
            throw HostFiles.nioException(-r, -r == HostFiles.ENOENT && HostFiles.kind(s) != HostFiles.MISSING
                    ? target.toString() : source.toString(), null);
        }
        return target;
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = has(options, StandardCopyOption.REPLACE_EXISTING);
        boolean atomic = has(options, StandardCopyOption.ATOMIC_MOVE);
        String s = str(source);
        if (atomic) {
            int r = HostFiles.rename0(s, str(target));
            if (r < 0) {
                if (-r == HostFiles.EXDEV) {
                    throw new AtomicMoveNotSupportedException(source.toString(), target.toString(),
                            HostFiles.strerror0(-r));
                }
                throw HostFiles.nioException(-r, source.toString(), target.toString());
            }
            return target;
        }
        int sk = HostFiles.stat0(s, false, null);
        if (sk <= 0) {
            throw HostFiles.nioException(sk < 0 ? -sk : HostFiles.ENOENT, source.toString(), null);
        }
        if (!prepareTarget(source, target, replace)) {
            return target;
        }
        int r = HostFiles.rename0(s, str(target));
        if (r < 0) {
            if (-r == HostFiles.EXDEV && sk == HostFiles.FILE) {
                copy(source, target);
                delete(source);
                return target;
            }
            throw HostFiles.nioException(-r, source.toString(), target.toString());
        }
        return target;
    }

    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        Objects.requireNonNull(in);
        boolean replace = false;
        for (CopyOption o : options) {
            if (o == StandardCopyOption.REPLACE_EXISTING) {
                replace = true;
            } else if (o == null) {
                throw new NullPointerException("options contains 'null'");
            } else {
                throw new UnsupportedOperationException(o + " not supported");
            }
        }
        if (replace) {
            deleteIfExists(target);
        } else if (exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try (OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            return in.transferTo(out);
        }
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        Objects.requireNonNull(out);
        try (InputStream in = newInputStream(source)) {
            return in.transferTo(out);
        }
    }

    public static long mismatch(Path path, Path path2) throws IOException {
        if (isSameFile(path, path2)) {
            return -1;
        }
        byte[] a = readAllBytes(path);
        byte[] b = readAllBytes(path2);
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    // ---- directories ----

    /** Entry names of {@code dir}, or the JDK's exception (NotDirectoryException...). */
    private static String[] names(Path dir) throws IOException {
        int[] err = new int[1];
        String[] names = HostFiles.list0(str(dir), err);
        if (names == null) {
            if (err[0] == HostFiles.ENOTDIR) {
                throw new NotDirectoryException(dir.toString());
            }
            throw HostFiles.nioException(err[0], dir.toString(), null);
        }
        return names;
    }

    public static Stream<Path> list(Path dir) throws IOException {
        String[] names = names(dir);
        List<Path> entries = new ArrayList<>(names.length);
        for (String name : names) {
            entries.add(dir.resolve(name));
        }
        return entries.stream();
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir) throws IOException {
        return newDirectoryStream(dir, (DirectoryStream.Filter<Path>) entry -> true);
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, String glob) throws IOException {
        if (glob.equals("*")) {
            return newDirectoryStream(dir);
        }
        PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        return newDirectoryStream(dir, (DirectoryStream.Filter<Path>) entry -> matcher.matches(entry.getFileName()));
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        Objects.requireNonNull(filter);
        String[] names = names(dir);
        return new DirectoryStream<Path>() {
            private boolean iterated;
            private boolean closed;

            @Override
            public Iterator<Path> iterator() {
                if (closed) {
                    throw new IllegalStateException("Directory stream is closed");
                }
                if (iterated) {
                    throw new IllegalStateException("Iterator already obtained");
                }
                iterated = true;
                return new Iterator<Path>() {
                    private int i;
                    private Path next;

                    @Override
                    public boolean hasNext() {
                        while (next == null && !closed && i < names.length) {
                            Path p = dir.resolve(names[i++]);
                            try {
                                if (filter.accept(p)) {
                                    next = p;
                                }
                            } catch (IOException e) {
                                throw new DirectoryIteratorException(e);
                            }
                        }
                        return next != null;
                    }

                    @Override
                    public Path next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Path p = next;
                        next = null;
                        return p;
                    }
                };
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    private static boolean follows(FileVisitOption... options) {
        for (FileVisitOption o : options) {
            if (o == FileVisitOption.FOLLOW_LINKS) {
                return true;
            }
            Objects.requireNonNull(o);
        }
        return false;
    }

    public static Stream<Path> walk(Path start, int maxDepth, FileVisitOption... options) throws IOException {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("'maxDepth' is negative");
        }
        List<Path> out = new ArrayList<>();
        walkInto(start, 0, maxDepth, follows(options), out, null);
        return out.stream();
    }

    public static Stream<Path> walk(Path start, FileVisitOption... options) throws IOException {
        return walk(start, Integer.MAX_VALUE, options);
    }

    public static Stream<Path> find(Path start, int maxDepth,
            BiPredicate<Path, BasicFileAttributes> matcher, FileVisitOption... options) throws IOException {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("'maxDepth' is negative");
        }
        Objects.requireNonNull(matcher);
        List<Path> out = new ArrayList<>();
        walkInto(start, 0, maxDepth, follows(options), out, matcher);
        return out.stream();
    }

    /** Pre-order, depth-first walk in directory order (the order of the JDK's walk). */
    private static void walkInto(Path p, int depth, int maxDepth, boolean follow, List<Path> out,
            BiPredicate<Path, BasicFileAttributes> matcher) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = attributes(p, follow);
        } catch (NoSuchFileException e) {
            if (depth == 0 || follow) {
                throw e;
            }
            attrs = attributes(p, false);
        }
        if (matcher == null || matcher.test(p, attrs)) {
            out.add(p);
        }
        if (attrs.isDirectory() && depth < maxDepth) {
            try {
                for (String name : names(p)) {
                    walkInto(p.resolve(name), depth + 1, maxDepth, follow, out, matcher);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Path walkFileTree(Path start, FileVisitor<? super Path> visitor) throws IOException {
        return walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, visitor);
    }

    public static Path walkFileTree(Path start, Set<FileVisitOption> options, int maxDepth,
            FileVisitor<? super Path> visitor) throws IOException {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("'maxDepth' is negative");
        }
        visit(start, 0, maxDepth, options.contains(FileVisitOption.FOLLOW_LINKS), visitor);
        return start;
    }

    /** One step of walkFileTree; returns false to terminate. */
    private static FileVisitResult visit(Path p, int depth, int maxDepth, boolean follow,
            FileVisitor<? super Path> visitor) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = attributes(p, follow);
        } catch (IOException e) {
            return visitor.visitFileFailed(p, e);
        }
        if (!attrs.isDirectory() || depth >= maxDepth) {
            return visitor.visitFile(p, attrs);
        }
        String[] names;
        try {
            names = names(p);
        } catch (IOException e) {
            return visitor.visitFileFailed(p, e);
        }
        FileVisitResult r = visitor.preVisitDirectory(p, attrs);
        if (r == FileVisitResult.TERMINATE) {
            return r;
        }
        if (r == FileVisitResult.SKIP_SUBTREE || r == FileVisitResult.SKIP_SIBLINGS) {
            return FileVisitResult.CONTINUE;
        }
        for (String name : names) {
            FileVisitResult c = visit(p.resolve(name), depth + 1, maxDepth, follow, visitor);
            if (c == FileVisitResult.TERMINATE) {
                return c;
            }
            if (c == FileVisitResult.SKIP_SIBLINGS) {
                break;
            }
        }
        return visitor.postVisitDirectory(p, null);
    }
}
