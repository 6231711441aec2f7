import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Prints a directory tree like `tree`, directories first, names sorted, with sizes. */
public class FileTreePrinter {
    static int dirs, files;
    static long bytes;

    static void print(File dir, String indent) {
        File[] children = dir.listFiles();
        Arrays.sort(children, Comparator.comparing((File f) -> !f.isDirectory()).thenComparing(File::getName));
        for (int i = 0; i < children.length; i++) {
            File c = children[i];
            boolean last = i == children.length - 1;
            String branch = last ? "`-- " : "|-- ";
            if (c.isDirectory()) {
                dirs++;
                System.out.println(indent + branch + c.getName() + "/");
                print(c, indent + (last ? "    " : "|   "));
            } else {
                files++;
                bytes += c.length();
                System.out.println(indent + branch + c.getName() + " (" + c.length() + ")");
            }
        }
    }

    static void touch(File f, int size) throws IOException {
        try (FileOutputStream out = new FileOutputStream(f)) {
            byte[] b = new byte[size];
            Arrays.fill(b, (byte) 'x');
            out.write(b);
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("tree");
        File r = root.toFile();
        String[] layout = {"src/main/java/app", "src/main/resources", "src/test/java/app", "docs", "build/tmp"};
        for (String d : layout) {
            File f = new File(r, d);
            System.out.println("mkdirs " + d + ": " + f.mkdirs());
        }
        System.out.println("mkdirs again: " + new File(r, "docs").mkdirs());
        touch(new File(r, "src/main/java/app/Main.java"), 120);
        touch(new File(r, "src/main/java/app/Util.java"), 64);
        touch(new File(r, "src/test/java/app/MainTest.java"), 88);
        touch(new File(r, "src/main/resources/app.properties"), 17);
        touch(new File(r, "docs/README.md"), 300);
        touch(new File(r, "build.gradle"), 42);
        touch(new File(r, ".gitignore"), 6);
        System.out.println("createNewFile: " + new File(r, "docs/NOTES").createNewFile() + " "
                + new File(r, "docs/NOTES").createNewFile());

        System.out.println(".");
        print(r, "");
        System.out.println(dirs + " directories, " + files + " files, " + bytes + " bytes");

        List<String> javaFiles;
        try (Stream<Path> s = Files.walk(root)) {
            javaFiles = s.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList());
        }
        System.out.println("java sources: " + javaFiles);
        try (Stream<Path> s = Files.find(root, 2, (p, a) -> a.isRegularFile())) {
            System.out.println("files at depth <= 2: "
                    + s.map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList()));
        }
        File hidden = new File(r, ".gitignore");
        System.out.println("hidden: " + hidden.isHidden() + ", parent is root: " + hidden.getParentFile().equals(r));

        // Delete everything bottom-up with a FileVisitor, counting what goes.
        int[] deleted = new int[2];
        Files.walkFileTree(root, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                deleted[0]++;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                deleted[1]++;
                return FileVisitResult.CONTINUE;
            }
        });
        System.out.println("deleted " + deleted[0] + " files and " + deleted[1] + " directories; root exists: " + r.exists());
    }
}
