import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A build-directory cleaner: glob rules pick artifacts to delete and files to archive; sources
 * are kept. Prints what it would do (dry run), then does it.
 */
public class NioBuildCleaner {
    static final String[] DELETE = {"**.class", "**/*.tmp", "**/target/**", "*.log"};
    static final String[] ARCHIVE = {"**/*.{jar,war}", "reports/*.html"};

    static void write(Path p, int size) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[size]);
    }

    static boolean any(List<PathMatcher> rules, Path rel) {
        for (PathMatcher m : rules) {
            if (m.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    static List<PathMatcher> compile(String[] globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("cleaner");
        String[][] files = {
            {"src/app/Main.java", "420"}, {"src/app/Main.class", "900"}, {"src/app/util/Text.java", "300"},
            {"src/app/util/Text.class", "610"}, {"build/app.jar", "5000"}, {"build/tmp/x.tmp", "12"},
            {"module/target/classes/A.class", "700"}, {"module/target/notes.txt", "5"}, {"module/pom.xml", "80"},
            {"reports/index.html", "150"}, {"reports/deep/more.html", "90"}, {"debug.log", "33"},
            {"nested/server.war", "2500"}, {"README.md", "64"}, {"scratch.tmp", "1"},
        };
        for (String[] f : files) {
            write(root.resolve(f[0]), Integer.parseInt(f[1]));
        }
        List<PathMatcher> delete = compile(DELETE);
        List<PathMatcher> archive = compile(ARCHIVE);

        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(Files::isRegularFile).map(root::relativize).sorted().collect(Collectors.toList());
        }
        long freed = 0;
        List<Path> toDelete = new ArrayList<>();
        List<Path> toArchive = new ArrayList<>();
        for (Path rel : all) {
            String action = any(delete, rel) ? "delete" : any(archive, rel) ? "archive" : "keep";
            System.out.println(action + "\t" + rel + " (" + Files.size(root.resolve(rel)) + ")");
            if (action.equals("delete")) {
                toDelete.add(rel);
                freed += Files.size(root.resolve(rel));
            } else if (action.equals("archive")) {
                toArchive.add(rel);
            }
        }
        System.out.println("would free " + freed + " bytes, archive " + toArchive.size() + " files");

        for (Path rel : toDelete) {
            Files.delete(root.resolve(rel));
        }
        Path archiveDir = Files.createDirectories(root.resolve("archive"));
        for (Path rel : toArchive) {
            Path target = archiveDir.resolve(rel.getFileName());
            Files.move(root.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING);
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(archiveDir, "*.{jar,war,html}")) {
            List<String> names = new ArrayList<>();
            for (Path p : ds) {
                names.add(p.getFileName() + ":" + Files.size(p));
            }
            Collections.sort(names);
            System.out.println("archive: " + names);
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "[!a-m]*")) {
            List<String> names = new ArrayList<>();
            ds.forEach(p -> names.add(p.getFileName().toString()));
            Collections.sort(names);
            System.out.println("top level not a-m: " + names);
        }
        // Remove directories left empty, deepest first.
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(root)) {
            dirs = s.filter(Files::isDirectory).sorted(Collections.reverseOrder()).collect(Collectors.toList());
        }
        int removed = 0;
        for (Path d : dirs) {
            try (Stream<Path> entries = Files.list(d)) {
                if (entries.findAny().isEmpty() && !d.equals(root)) {
                    Files.delete(d);
                    removed++;
                }
            }
        }
        System.out.println("removed " + removed + " empty directories");
        try (Stream<Path> s = Files.walk(root)) {
            System.out.println("left: " + s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted()
                    .collect(Collectors.joining(" ")));
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Collections.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
        System.out.println("root gone: " + Files.notExists(root));
    }
}
