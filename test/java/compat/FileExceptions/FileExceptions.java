import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** What a file tool reports when things go wrong: each failure's toString, as the JDK prints it. */
public class FileExceptions {
    interface Action {
        Object run() throws Exception;
    }

    static void attempt(String what, Action a) {
        try {
            System.out.println(what + ": ok " + a.run());
        } catch (Exception e) {
            System.out.println(what + ": " + String.valueOf(e).replace("\u0000", "\\0"));
        }
    }

    public static void main(String[] args) throws IOException {
        File base = new File("exc-work");
        base.mkdir();
        new File(base, "dir/sub").mkdirs();
        Files.writeString(Paths.get("exc-work/file.txt"), "content\n");
        Path file = Paths.get("exc-work", "file.txt");
        Path dir = Paths.get("exc-work/dir");

        attempt("FileInputStream missing", () -> new FileInputStream("exc-work/missing.txt"));
        attempt("FileInputStream directory", () -> new FileInputStream(base));
        attempt("FileOutputStream directory", () -> new FileOutputStream("exc-work/dir"));
        attempt("FileOutputStream no parent", () -> new FileOutputStream("exc-work/nope/out.txt"));
        attempt("FileReader missing", () -> new FileReader(new File(base, "gone")));
        attempt("FileWriter under a file", () -> new FileWriter("exc-work/file.txt/child"));
        attempt("RandomAccessFile bad mode", () -> new RandomAccessFile("exc-work/file.txt", "w"));
        attempt("RandomAccessFile missing", () -> new RandomAccessFile("exc-work/missing", "r"));
        attempt("RandomAccessFile negative seek", () -> {
            try (RandomAccessFile r = new RandomAccessFile("exc-work/file.txt", "r")) {
                r.seek(-5);
            }
            return null;
        });
        attempt("read after close", () -> {
            FileInputStream in = new FileInputStream("exc-work/file.txt");
            in.close();
            return in.read();
        });
        attempt("reader after close", () -> {
            BufferedReader r = new BufferedReader(new FileReader("exc-work/file.txt"));
            r.close();
            return r.readLine();
        });
        attempt("readAllBytes missing", () -> Files.readAllBytes(Paths.get("exc-work/missing.txt")));
        attempt("readString directory", () -> Files.readString(dir));
        attempt("size missing", () -> Files.size(Paths.get("exc-work/none")));
        attempt("delete non-empty", () -> {
            Files.delete(dir);
            return null;
        });
        attempt("delete missing", () -> {
            Files.delete(Paths.get("exc-work/none"));
            return null;
        });
        attempt("deleteIfExists missing", () -> Files.deleteIfExists(Paths.get("exc-work/none")));
        attempt("createDirectory existing", () -> Files.createDirectory(dir));
        attempt("createFile existing", () -> Files.createFile(file));
        attempt("createDirectories over file", () -> Files.createDirectories(file));
        attempt("createDirectories existing", () -> Files.createDirectories(dir.resolve("sub")));
        attempt("list a file", () -> Files.list(file));
        attempt("list missing", () -> Files.list(Paths.get("exc-work/none")));
        attempt("copy onto existing", () -> Files.copy(file, Paths.get("exc-work/dir/../file.txt")));
        attempt("copy to itself", () -> Files.copy(file, file));
        attempt("copy missing", () -> Files.copy(Paths.get("exc-work/none"), Paths.get("exc-work/x")));
        attempt("move onto directory", () -> Files.move(file, dir));
        attempt("move missing", () -> Files.move(Paths.get("exc-work/none"), Paths.get("exc-work/x")));
        attempt("replace non-empty dir", () -> Files.move(file, dir, StandardCopyOption.REPLACE_EXISTING));
        attempt("newOutputStream CREATE_NEW existing", () -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW));
        attempt("newOutputStream without CREATE", () -> Files.newOutputStream(Paths.get("exc-work/new"), StandardOpenOption.WRITE));
        attempt("newOutputStream READ", () -> Files.newOutputStream(file, StandardOpenOption.READ));
        attempt("newInputStream APPEND", () -> Files.newInputStream(file, StandardOpenOption.APPEND));
        attempt("getLastModifiedTime missing", () -> Files.getLastModifiedTime(Paths.get("exc-work/none")));
        attempt("path with NUL", () -> Paths.get("exc-work/a\u0000b").toString().length());
        attempt("relativize mixed", () -> Paths.get("/a").relativize(Paths.get("b")));
        attempt("getName out of range", () -> Paths.get("a/b").getName(2));
        attempt("subpath bad", () -> Paths.get("a/b/c").subpath(2, 1));
        attempt("malformed UTF-8", () -> {
            Path bad = Paths.get("exc-work/bad.txt");
            Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'});
            return Files.readAllLines(bad);
        });
        attempt("malformed with ISO-8859-1", () -> Files.readAllLines(Paths.get("exc-work/bad.txt"), StandardCharsets.ISO_8859_1).size());
        attempt("truncated UTF-8", () -> {
            Path bad = Paths.get("exc-work/trunc.txt");
            Files.write(bad, new byte[] {'a', (byte) 0xE2, (byte) 0x82});
            return Files.readString(bad);
        });
        attempt("unmappable ASCII", () -> Files.writeString(Paths.get("exc-work/a.txt"), "caf\u00e9", StandardCharsets.US_ASCII));
        attempt("lone surrogate", () -> Files.writeString(Paths.get("exc-work/s.txt"), "x\ud800y"));
        attempt("buffered writer unmappable", () -> {
            try (java.io.BufferedWriter w = Files.newBufferedWriter(Paths.get("exc-work/w.txt"), StandardCharsets.US_ASCII)) {
                w.write("price: 5\u20ac");
            }
            return null;
        });
        attempt("buffered writer kept prefix", () -> Files.readString(Paths.get("exc-work/w.txt")));
        attempt("channel after close", () -> {
            FileChannel ch = FileChannel.open(file);
            ch.close();
            return ch.read(ByteBuffer.allocate(4));
        });
        attempt("channel write read-only", () -> {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                return ch.write(ByteBuffer.wrap(new byte[1]));
            }
        });
        attempt("channel READ+APPEND", () -> FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.APPEND));
        attempt("createTempFile short prefix", () -> File.createTempFile("ab", null));
        attempt("File.delete non-empty", () -> new File("exc-work/dir").delete());
        attempt("File.length missing", () -> new File("exc-work/none").length());
        attempt("File.list of file", () -> new File("exc-work/file.txt").list());
        attempt("File.renameTo missing", () -> new File("exc-work/none").renameTo(new File("exc-work/x")));

        deleteAll(base);
        System.out.println("cleaned: " + !base.exists());
    }

    static void deleteAll(File f) {
        File[] cs = f.listFiles();
        if (cs != null) {
            for (File c : cs) {
                deleteAll(c);
            }
        }
        f.delete();
    }
}
