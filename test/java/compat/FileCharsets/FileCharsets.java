import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the same text in several charsets, compares the bytes, and reads it back. */
public class FileCharsets {
    static final String TEXT = "Gr\u00fc\u00dfe, Z\u00fcrich! \u20ac5 \u00bd";

    static String hex(byte[] b, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(b.length, max); i++) {
            String h = Integer.toHexString(b[i] & 0xFF);
            sb.append(h.length() == 1 ? "0" : "").append(h).append(' ');
        }
        return sb.toString().trim() + (b.length > max ? " ..." : "");
    }

    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 32 && c < 127) {
                sb.append(c);
            } else {
                String h = Integer.toHexString(c);
                sb.append("\\u").append("0000".substring(h.length())).append(h);
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("charsets");
        String[] names = {"UTF-8", "ISO-8859-1", "US-ASCII", "UTF-16", "UTF-16LE", "UnicodeBigUnmarked", "latin1"};
        for (String name : names) {
            Charset cs = Charset.forName(name);
            File f = dir.resolve("text-" + cs.name()).toFile();
            try (Writer w = new FileWriter(f, cs)) {
                w.write(TEXT);
            }
            byte[] bytes = Files.readAllBytes(f.toPath());
            String back;
            try (Reader r = new FileReader(f, cs)) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[5];
                int n;
                while ((n = r.read(buf)) > 0) {
                    sb.append(buf, 0, n);
                }
                back = sb.toString();
            }
            System.out.println(name + " -> " + cs.name() + ": " + bytes.length + " bytes [" + hex(bytes, 12) + "] round trip "
                    + (back.equals(TEXT) ? "exact" : "lossy: " + visible(back)));
        }
        // Decoding with the wrong charset: java.io replaces, java.nio.file reports.
        File utf8 = dir.resolve("text-UTF-8").toFile();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(utf8), StandardCharsets.ISO_8859_1))) {
            System.out.println("UTF-8 read as Latin-1: " + visible(r.readLine()));
        }
        File latin = dir.resolve("text-ISO-8859-1").toFile();
        try (BufferedReader r = new BufferedReader(new FileReader(latin, StandardCharsets.UTF_8))) {
            System.out.println("Latin-1 read as UTF-8 (reader): " + visible(r.readLine()));
        }
        try {
            Files.readString(latin.toPath());
        } catch (IOException e) {
            System.out.println("Latin-1 read as UTF-8 (Files.readString): " + e);
        }
        try (BufferedReader r = Files.newBufferedReader(latin.toPath())) {
            System.out.println("never: " + r.readLine());
        } catch (IOException e) {
            System.out.println("Latin-1 read as UTF-8 (Files.newBufferedReader): " + e);
        }
        System.out.println("Files.readString Latin-1: " + visible(Files.readString(latin.toPath(), StandardCharsets.ISO_8859_1)));
        // Encodings by name with the legacy constructors, and the default charset.
        File legacy = dir.resolve("legacy.txt").toFile();
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new FileOutputStream(legacy), "ISO8859_1"))) {
            w.println("caf\u00e9");
            w.println("na\u00efve \u4e2d");
        }
        System.out.println("legacy bytes: " + hex(Files.readAllBytes(legacy.toPath()), 20));
        try (InputStreamReader r = new InputStreamReader(new FileInputStream(legacy), "ISO-8859-1")) {
            System.out.println("encoding name: " + r.getEncoding());
        }
        System.out.println("default charset: " + Charset.defaultCharset() + ", supported UTF-32: " + Charset.isSupported("x-unknown"));
        try (PrintWriter w = new PrintWriter(dir.resolve("pw.txt").toFile(), "UTF-16BE")) {
            w.print("AB\u00e9");
        }
        System.out.println("PrintWriter(File, csn): " + hex(Files.readAllBytes(dir.resolve("pw.txt")), 10));
        try (PrintWriter w = new PrintWriter(dir.resolve("pw2.txt").toString())) {
            w.print("x=" + 5);
            w.println();
        }
        System.out.println("PrintWriter(String): " + visible(Files.readString(dir.resolve("pw2.txt"))));
        for (File f : dir.toFile().listFiles()) {
            f.delete();
        }
        Files.delete(dir);
    }
}
