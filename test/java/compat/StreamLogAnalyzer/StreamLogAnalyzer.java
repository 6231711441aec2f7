// stdin: access.log
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** An access-log analyser without regular expressions: hand-parsed lines, status classes, top clients, slow endpoints, per-minute traffic. */
public class StreamLogAnalyzer {
    record Entry(String ip, String time, String method, String path, int status, long bytes, int millis) {
        String minute() { return time.substring(0, time.lastIndexOf(':')); }
        String endpoint() { int q = path.indexOf('?'); return q < 0 ? path : path.substring(0, q); }
    }

    static Optional<Entry> parse(String line) {
        try {
            int sp = line.indexOf(' ');
            String ip = line.substring(0, sp);
            int lb = line.indexOf('['), rb = line.indexOf(']');
            String time = line.substring(lb + 1, rb);
            int q1 = line.indexOf('"'), q2 = line.indexOf('"', q1 + 1);
            String[] req = new String[3];
            java.util.StringTokenizer st = new java.util.StringTokenizer(line.substring(q1 + 1, q2));
            for (int i = 0; i < 3; i++) req[i] = st.nextToken();
            java.util.StringTokenizer rest = new java.util.StringTokenizer(line.substring(q2 + 1));
            int status = Integer.parseInt(rest.nextToken());
            String b = rest.nextToken();
            long bytes = b.equals("-") ? 0 : Long.parseLong(b);
            int millis = Integer.parseInt(rest.nextToken().replace("ms", ""));
            return Optional.of(new Entry(ip, time, req[0], req[1], status, bytes, millis));
        } catch (RuntimeException e) {
            System.out.println("unparseable (" + e.getClass().getSimpleName() + "): " + line);
            return Optional.empty();
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<Entry> entries = in.lines().filter(l -> !l.isBlank()).map(StreamLogAnalyzer::parse).flatMap(Optional::stream).toList();
        System.out.println(entries.size() + " requests from " + entries.stream().map(Entry::ip).distinct().count() + " clients");
        Map<String, Long> classes = entries.stream().collect(Collectors.groupingBy(e -> e.status() / 100 + "xx", TreeMap::new, Collectors.counting()));
        System.out.println("status classes " + classes);
        Map<String, Long> perIp = entries.stream().collect(Collectors.groupingBy(Entry::ip, Collectors.counting()));
        String top = perIp.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(3).map(e -> e.getKey() + "(" + e.getValue() + ")").collect(Collectors.joining(" "));
        System.out.println("top clients " + top);
        Map<String, Double> latency = entries.stream().collect(Collectors.groupingBy(Entry::endpoint, TreeMap::new, Collectors.averagingInt(Entry::millis)));
        latency.forEach((p, ms) -> System.out.println("  " + p + " avg " + ms + " ms" + (ms > 200 ? "  <-- slow" : "")));
        Map<String, Long> traffic = entries.stream().collect(Collectors.groupingBy(Entry::minute, TreeMap::new, Collectors.summingLong(Entry::bytes)));
        traffic.forEach((m, b) -> System.out.println("  " + m + " " + "*".repeat((int) (b / 2000)) + " " + b));
        System.out.println("errors: " + entries.stream().filter(e -> e.status() >= 400)
            .map(e -> e.status() + " " + e.method() + " " + e.endpoint()).distinct().sorted().toList());
        Entry slowest = entries.stream().max(Comparator.comparingInt(Entry::millis)).get();
        System.out.println("slowest " + slowest);
        Map<String, Map<String, Long>> methods = entries.stream().collect(Collectors.groupingBy(Entry::endpoint, TreeMap::new,
            Collectors.groupingBy(Entry::method, TreeMap::new, Collectors.counting())));
        System.out.println("methods " + methods);
        var p95 = entries.stream().mapToInt(Entry::millis).sorted().skip((long) Math.ceil(entries.size() * 0.95) - 1).findFirst();
        System.out.println("p95 latency " + p95.orElse(-1) + " ms, total bytes " + entries.stream().mapToLong(Entry::bytes).sum());
    }
}
