// tern-flags: -Xmx16m
import java.util.HashMap;
import java.util.Map;

/** Heavy string building and discarding in a small heap: a log formatter and an interning-free symbol table. */
public class StringChurn {
    public static void main(String[] args) {
        Map<String, Integer> symbols = new HashMap<>();
        long totalLength = 0;
        for (int i = 0; i < 40_000; i++) {
            String line = "[" + (i % 24) + ":" + (i % 60) + "] user" + (i % 137) + " action=" + (i % 3 == 0 ? "read" : "write") + " bytes=" + (i * 13 % 4096);
            totalLength += line.length();
            String user = line.substring(line.indexOf("user"), line.indexOf(" action"));
            symbols.merge(user, 1, Integer::sum);
        }
        System.out.println("total length " + totalLength + " distinct users " + symbols.size() + " user0 " + symbols.get("user0") + " user136 " + symbols.get("user136"));
        String acc = "";
        for (int i = 0; i < 2000; i++) {
            acc += (char) ('a' + i % 26);
            if (acc.length() > 500) acc = acc.substring(250);
        }
        System.out.println("rolling string " + acc.length() + " ends " + acc.substring(acc.length() - 10));
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < 10; round++) {
            sb.setLength(0);
            for (int i = 0; i < 20_000; i++) sb.append(i % 10);
        }
        System.out.println("builder " + sb.length() + " hash " + sb.toString().hashCode());
    }
}
