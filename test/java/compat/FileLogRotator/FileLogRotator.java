import java.io.BufferedReader;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A size-based log rotator: app.log rolls to app.log.1 .. app.log.3 when it passes a limit. */
public class FileLogRotator {
    static final long LIMIT = 400;
    static final int KEEP = 3;

    final File dir;
    final String base;
    int rotations;

    FileLogRotator(File dir, String base) {
        this.dir = dir;
        this.base = base;
    }

    File file(int n) {
        return new File(dir, n == 0 ? base : base + "." + n);
    }

    void rotate() throws IOException {
        File oldest = file(KEEP);
        if (oldest.exists() && !oldest.delete()) {
            throw new IOException("cannot delete " + oldest.getName());
        }
        for (int i = KEEP - 1; i >= 0; i--) {
            File from = file(i);
            if (from.exists() && !from.renameTo(file(i + 1))) {
                throw new IOException("cannot rename " + from.getName());
            }
        }
        rotations++;
    }

    void log(String level, String message) throws IOException {
        File current = file(0);
        if (current.length() >= LIMIT) {
            rotate();
        }
        // Append mode: each call opens, appends one line and closes, like simple loggers do.
        try (Writer w = new FileWriter(current, StandardCharsets.UTF_8, true)) {
            w.write(level + " " + message + "\n");
        }
    }

    static String firstLine(File f) throws IOException {
        try (BufferedReader r = new BufferedReader(new FileReader(f))) {
            return r.readLine();
        }
    }

    static int lineCount(File f) throws IOException {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new FileReader(f))) {
            while (r.readLine() != null) {
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) throws IOException {
        Path tmp = Files.createTempDirectory("rotator");
        File dir = tmp.toFile();
        FileLogRotator log = new FileLogRotator(dir, "app.log");
        String[] levels = {"INFO", "WARN", "DEBUG", "ERROR"};
        for (int i = 1; i <= 60; i++) {
            log.log(levels[i % 4], "request " + i + " served in " + (i * 37 % 101) + " ms by worker-" + (i % 5));
        }
        // Also write through a PrintStream appending to a separate audit file.
        try (PrintStream audit = new PrintStream(new FileOutputStream(new File(dir, "audit.txt"), true), true, "UTF-8")) {
            audit.println("rotations=" + log.rotations);
        }
        try (PrintStream audit = new PrintStream(new FileOutputStream(new File(dir, "audit.txt"), true))) {
            audit.println("done");
        }
        System.out.println("rotations: " + log.rotations);
        for (int i = 0; i <= KEEP + 1; i++) {
            File f = log.file(i);
            if (!f.exists()) {
                System.out.println(f.getName() + ": missing");
                continue;
            }
            System.out.println(f.getName() + ": " + f.length() + " bytes, " + lineCount(f) + " lines, first: " + firstLine(f));
        }
        System.out.println("audit: " + Files.readAllLines(tmp.resolve("audit.txt")));
        // Truncating open (no append) replaces the content.
        try (OutputStreamWriter w = new OutputStreamWriter(new FileOutputStream(log.file(0)), StandardCharsets.UTF_8)) {
            w.write("reset\n");
        }
        System.out.println("after reset: " + log.file(0).length() + " bytes");
        for (File f : dir.listFiles()) {
            if (!f.delete()) {
                System.out.println("could not delete " + f.getName());
            }
        }
        System.out.println("directory removed: " + dir.delete());
    }
}
