import java.io.BufferedReader;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small grep: fixed-string search with -i, -n, -c, -v and -r over a directory of files. */
public class FileGrep {
    boolean ignoreCase, lineNumbers, countOnly, invert, recursive;
    String pattern;
    int filesWithMatches;

    boolean matches(String line) {
        boolean m = ignoreCase ? line.toLowerCase().contains(pattern.toLowerCase()) : line.contains(pattern);
        return m != invert;
    }

    void grepFile(File f, String label, boolean showName) throws IOException {
        int count = 0;
        try (BufferedReader in = new BufferedReader(new FileReader(f))) {
            String line;
            int no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (matches(line)) {
                    count++;
                    if (!countOnly) {
                        System.out.println((showName ? label + ":" : "") + (lineNumbers ? no + ":" : "") + line);
                    }
                }
            }
        }
        if (countOnly) {
            System.out.println((showName ? label + ":" : "") + count);
        }
        if (count > 0) {
            filesWithMatches++;
        }
    }

    void grep(File f, String label) throws IOException {
        if (f.isDirectory()) {
            if (!recursive) {
                System.out.println("grep: " + label + ": Is a directory");
                return;
            }
            String[] names = f.list();
            Arrays.sort(names);
            for (String n : names) {
                grep(new File(f, n), label + "/" + n);
            }
        } else {
            grepFile(f, label, true);
        }
    }

    static void run(File base, String... args) {
        FileGrep g = new FileGrep();
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("-") && g.pattern == null) {
                for (char c : a.substring(1).toCharArray()) {
                    switch (c) {
                        case 'i': g.ignoreCase = true; break;
                        case 'n': g.lineNumbers = true; break;
                        case 'c': g.countOnly = true; break;
                        case 'v': g.invert = true; break;
                        case 'r': g.recursive = true; break;
                        default: System.out.println("grep: unknown option " + c);
                    }
                }
            } else if (g.pattern == null) {
                g.pattern = a;
            } else {
                files.add(a);
            }
        }
        System.out.println("$ grep " + String.join(" ", args));
        for (String name : files) {
            try {
                g.grep(new File(base, name), name);
            } catch (FileNotFoundException e) {
                System.out.println("grep: " + e.getMessage().replace(base.getPath() + "/", ""));
            } catch (IOException e) {
                System.out.println("grep: " + e);
            }
        }
        System.out.println("(" + g.filesWithMatches + " files matched)");
    }

    static void write(File f, String... lines) throws IOException {
        f.getParentFile().mkdirs();
        try (PrintWriter w = new PrintWriter(new FileWriter(f))) {
            for (String l : lines) {
                w.println(l);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        File base = new File("grep-work");
        write(new File(base, "src/Main.java"), "public class Main {", "  // TODO: parse args", "  public static void main(String[] a) {",
                "    System.out.println(\"hello\");", "  }", "}");
        write(new File(base, "src/util/Strings.java"), "class Strings {", "  // todo remove", "  static String trim(String s) { return s.trim(); }", "}");
        write(new File(base, "README"), "Hello project", "TODO list:", "- write docs", "- write tests");
        write(new File(base, "empty.txt"));

        run(base, "TODO", "README", "src/Main.java");
        run(base, "-in", "todo", "README", "src/Main.java", "src/util/Strings.java");
        run(base, "-c", "String", "src/Main.java", "src/util/Strings.java", "empty.txt");
        run(base, "-v", "write", "README");
        run(base, "-rn", "static", "src");
        run(base, "class", "src", "missing.txt");
        deleteAll(base);
        System.out.println("cleaned: " + !base.exists());
    }

    static void deleteAll(File f) {
        if (f.isDirectory()) {
            for (File c : f.listFiles()) {
                deleteAll(c);
            }
        }
        f.delete();
    }
}
