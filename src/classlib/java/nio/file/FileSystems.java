package java.nio.file;

import java.util.List;
import jdk.internal.io.Glob;
import jdk.internal.io.UnixPath;

/** Access to the default file system. */
public final class FileSystems {
    private FileSystems() {
    }

    private static final FileSystem DEFAULT = new FileSystem() {
        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public boolean isReadOnly() {
            return false;
        }

        @Override
        public String getSeparator() {
            return "/";
        }

        @Override
        public Iterable<Path> getRootDirectories() {
            return List.of(getPath("/"));
        }

        @Override
        public Path getPath(String first, String... more) {
            String path;
            if (more.length == 0) {
                path = first;
            } else {
                StringBuilder sb = new StringBuilder();
                sb.append(first);
                for (String segment : more) {
                    if (!segment.isEmpty()) {
                        if (sb.length() > 0) {
                            sb.append('/');
                        }
                        sb.append(segment);
                    }
                }
                path = sb.toString();
            }
            return new UnixPath(this, path);
        }

        @Override
        public PathMatcher getPathMatcher(String syntaxAndInput) {
            int pos = syntaxAndInput.indexOf(':');
            if (pos <= 0) {
                throw new IllegalArgumentException();
            }
            String syntax = syntaxAndInput.substring(0, pos);
            String input = syntaxAndInput.substring(pos + 1);
            if (syntax.equalsIgnoreCase("glob")) {
                Glob glob = new Glob(input);
                return path -> glob.matches(path.toString());
            }
            // "regex:" needs java.util.regex, which this library does not have yet.
            throw new UnsupportedOperationException("Syntax '" + syntax + "' not recognized");
        }

        @Override
        public void close() {
            throw new UnsupportedOperationException();
        }
    };

    public static FileSystem getDefault() {
        return DEFAULT;
    }
}
