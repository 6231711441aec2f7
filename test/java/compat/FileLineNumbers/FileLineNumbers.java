import java.io.BufferedWriter;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.LineNumberReader;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** `nl`-style line numbering, a tokenizer on PushbackReader, and concatenation of parts. */
public class FileLineNumbers {
    static String number(File in, File out) throws IOException {
        try (LineNumberReader r = new LineNumberReader(new FileReader(in));
             BufferedWriter w = new BufferedWriter(new FileWriter(out))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    w.write("       " + line);
                } else {
                    String n = String.valueOf(r.getLineNumber());
                    w.write("      ".substring(n.length()) + n + "\t" + line);
                }
                w.newLine();
            }
            return "read " + r.getLineNumber() + " lines";
        }
    }

    /** Splits "key = value; key2=value2" style text into tokens, peeking one char ahead. */
    static List<String> tokens(File f) throws IOException {
        List<String> out = new ArrayList<>();
        try (PushbackReader r = new PushbackReader(new FileReader(f), 2)) {
            int c;
            while ((c = r.read()) != -1) {
                if (Character.isWhitespace(c)) {
                    continue;
                }
                if (Character.isLetterOrDigit(c)) {
                    StringBuilder sb = new StringBuilder();
                    while (c != -1 && (Character.isLetterOrDigit(c) || c == '_')) {
                        sb.append((char) c);
                        c = r.read();
                    }
                    if (c != -1) {
                        r.unread(c);
                    }
                    out.add("word:" + sb);
                } else if (c == '=') {
                    int d = r.read();
                    if (d == '=') {
                        out.add("op:==");
                    } else {
                        if (d != -1) {
                            r.unread(d);
                        }
                        out.add("op:=");
                    }
                } else {
                    out.add("punct:" + (char) c);
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("nl");
        File poem = dir.resolve("poem.txt").toFile();
        try (FileWriter w = new FileWriter(poem)) {
            w.write("Roses are red,\r\nViolets are blue,\n\nFiles have lines,\rAnd so do you.\n   \nThe end");
        }
        File numbered = dir.resolve("poem.nl").toFile();
        System.out.println(number(poem, numbered));
        for (String l : Files.readAllLines(numbered.toPath())) {
            System.out.println("|" + l);
        }

        try (LineNumberReader r = new LineNumberReader(new FileReader(poem))) {
            r.setLineNumber(100);
            int c;
            int newlines = 0;
            while ((c = r.read()) != -1) {
                if (c == '\n') {
                    newlines++;
                }
                if (c == '\r') {
                    System.out.println("saw a raw CR");
                }
            }
            System.out.println("chars read to end: line " + r.getLineNumber() + ", newlines " + newlines);
        }

        File config = dir.resolve("config.txt").toFile();
        Files.writeString(config.toPath(), "max_size = 100; mode==fast\nname=tern_vm, level = 3");
        System.out.println(tokens(config));

        File part1 = dir.resolve("part1").toFile();
        File part2 = dir.resolve("part2").toFile();
        Files.writeString(part1.toPath(), "#!header\nalpha\n");
        Files.writeString(part2.toPath(), "beta\ngamma\n");
        try (InputStream all = new SequenceInputStream(new FileInputStream(part1), new FileInputStream(part2));
             PushbackInputStream in = new PushbackInputStream(all, 8)) {
            byte[] magic = new byte[2];
            int n = in.read(magic);
            boolean script = n == 2 && magic[0] == '#' && magic[1] == '!';
            if (!script) {
                in.unread(magic, 0, n);
            } else {
                int c;
                while ((c = in.read()) != '\n' && c != -1) {
                    // skip the header line
                }
            }
            String rest = new String(in.readAllBytes());
            System.out.println("script=" + script + ", body=" + rest.replace("\n", "|"));
        }
        List<String> names = new ArrayList<>();
        for (File f : dir.toFile().listFiles()) {
            names.add(f.getName());
            f.delete();
        }
        Collections.sort(names);
        System.out.println("removed " + names + " and dir: " + dir.toFile().delete());
    }
}
