import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses web-server style log lines with named groups and prints a traffic report. */
public class RegexLogAnalyzer {
    static final Pattern LINE = Pattern.compile(
            "^(?<ip>\\d{1,3}(?:\\.\\d{1,3}){3}) - (?<user>\\S+) \\[(?<day>\\d{2})/(?<mon>[A-Z][a-z]{2})/(?<year>\\d{4}):"
            + "(?<time>\\d{2}:\\d{2}:\\d{2}) [+-]\\d{4}\\] \"(?<method>GET|POST|PUT|DELETE) (?<path>/\\S*) HTTP/1\\.[01]\" "
            + "(?<status>\\d{3}) (?<bytes>\\d+|-)$");
    static final Pattern QUERY = Pattern.compile("[?&](\\w+)=([^&]*)");

    static final String LOG = String.join("\n",
            "192.168.1.10 - alice [06/Dec/2026:10:15:32 +0000] \"GET /index.html HTTP/1.1\" 200 5120",
            "192.168.1.11 - - [06/Dec/2026:10:15:40 +0000] \"GET /search?q=regex&page=2 HTTP/1.1\" 200 20311",
            "10.0.0.5 - bob [06/Dec/2026:10:16:01 +0000] \"POST /api/login HTTP/1.1\" 401 -",
            "10.0.0.5 - bob [06/Dec/2026:10:16:09 +0000] \"POST /api/login HTTP/1.1\" 200 312",
            "garbage line that does not parse",
            "172.16.0.2 - carol [06/Dec/2026:11:02:00 +0000] \"DELETE /api/items/42 HTTP/1.1\" 204 0",
            "192.168.1.10 - alice [06/Dec/2026:11:05:12 +0000] \"GET /search?q=java+scanner HTTP/1.0\" 200 18004",
            "8.8.8.8 - - [06/Dec/2026:12:00:00 +0000] \"GET /missing HTTP/1.1\" 404 153",
            "10.0.0.5 - bob [06/Dec/2026:12:30:45 +0000] \"PUT /api/items/42 HTTP/1.1\" 500 87",
            "192.168.1.11 - - [06/Dec/2026:12:31:00 +0000] \"GET /index.html HTTP/1.1\" 304 -",
            "999.1.1 - x [bad] \"GET / HTTP/1.1\" 200 1");

    public static void main(String[] args) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Long> bytesByIp = new TreeMap<>();
        Map<String, Integer> byHour = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Map<String, Integer> queryWords = new TreeMap<>();
        int parsed = 0;
        int rejected = 0;
        for (String line : LOG.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                rejected++;
                System.out.println("rejected: " + line);
                continue;
            }
            parsed++;
            byStatus.merge(m.group("status"), 1, Integer::sum);
            long bytes = m.group("bytes").equals("-") ? 0 : Long.parseLong(m.group("bytes"));
            bytesByIp.merge(m.group("ip"), bytes, Long::sum);
            byHour.merge(m.group("time").substring(0, 2), 1, Integer::sum);
            int status = Integer.parseInt(m.group("status"));
            if (status >= 400) {
                errors.add(m.group("method") + " " + m.group("path") + " -> " + status + " by "
                        + (m.group("user").equals("-") ? "anonymous" : m.group("user")));
            }
            Matcher q = QUERY.matcher(m.group("path"));
            while (q.find()) {
                if (q.group(1).equals("q")) {
                    for (String w : q.group(2).split("\\+")) {
                        queryWords.merge(w, 1, Integer::sum);
                    }
                }
            }
            System.out.println(m.group("day") + " " + m.group("mon") + " " + m.group("year") + " " + m.group("time")
                    + " " + m.group("ip") + " " + m.group("method") + " " + m.group("path") + " [" + m.start("path")
                    + "," + m.end("path") + ")");
        }
        System.out.println("parsed=" + parsed + " rejected=" + rejected);
        System.out.println("status: " + byStatus);
        System.out.println("bytes by ip: " + bytesByIp);
        System.out.println("requests by hour: " + byHour);
        System.out.println("query words: " + queryWords);
        errors.forEach(e -> System.out.println("error: " + e));
    }
}
