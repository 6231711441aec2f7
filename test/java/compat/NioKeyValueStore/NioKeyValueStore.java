import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A persistent key-value store: an append-only log of "put"/"del" lines, replayed at open,
 * compacted into a snapshot that replaces the log atomically with a move.
 */
public class NioKeyValueStore {
    final Path log;
    final Map<String, String> data = new TreeMap<>();
    int replayed;

    NioKeyValueStore(Path log) throws IOException {
        this.log = log;
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                apply(line);
                replayed++;
            }
        }
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void apply(String line) {
        int t1 = line.indexOf('\t');
        int t2 = line.indexOf('\t', t1 + 1);
        String op = line.substring(0, t1);
        String key = unescape(t2 < 0 ? line.substring(t1 + 1) : line.substring(t1 + 1, t2));
        if (op.equals("put")) {
            data.put(key, unescape(line.substring(t2 + 1)));
        } else if (op.equals("del")) {
            data.remove(key);
        }
    }

    void put(String k, String v) throws IOException {
        String line = "put\t" + escape(k) + "\t" + escape(v) + "\n";
        Files.writeString(log, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        data.put(k, v);
    }

    void delete(String k) throws IOException {
        if (data.remove(k) != null) {
            Files.writeString(log, "del\t" + escape(k) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    void compact() throws IOException {
        Path tmp = log.resolveSibling(log.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : data.entrySet()) {
                w.write("put\t" + escape(e.getKey()) + "\t" + escape(e.getValue()));
                w.write('\n');
            }
        }
        Files.move(tmp, log, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("kv");
        Path log = dir.resolve("store.log");
        NioKeyValueStore s = new NioKeyValueStore(log);
        System.out.println("fresh store, replayed " + s.replayed);
        s.put("user:1", "alice");
        s.put("user:2", "bob");
        s.put("note", "multi\nline\twith tab and \\ backslash");
        s.put("user:1", "alice cooper");
        s.delete("user:2");
        s.delete("user:404");
        for (int i = 0; i < 20; i++) {
            s.put("counter", String.valueOf(i));
        }
        System.out.println("log size " + Files.size(log) + " bytes, " + Files.readAllLines(log).size() + " entries");

        NioKeyValueStore reopened = new NioKeyValueStore(log);
        System.out.println("reopened: replayed " + reopened.replayed + ", keys " + reopened.data.keySet());
        System.out.println("note = [" + reopened.data.get("note") + "]");
        System.out.println("same content: " + reopened.data.equals(s.data));

        reopened.compact();
        List<String> lines = Files.readAllLines(log);
        System.out.println("compacted: " + lines.size() + " entries, " + Files.size(log) + " bytes, tmp left: "
                + Files.exists(log.resolveSibling("store.log.tmp")));
        NioKeyValueStore third = new NioKeyValueStore(log);
        System.out.println("after compaction: " + third.data);
        third.put("user:3", "carol");
        System.out.println("last line: " + Files.readAllLines(log).get(Files.readAllLines(log).size() - 1).replace('\t', ' '));
        Files.delete(log);
        Files.delete(dir);
        System.out.println("deleted: " + Files.notExists(dir));
    }
}
