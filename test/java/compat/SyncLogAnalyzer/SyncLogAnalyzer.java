import java.util.Hashtable;
import java.util.Vector;

/**
 * A log analyser built on the synchronized collections (Hashtable, Vector, StringBuffer) and a
 * synchronized statistics object, as older code bases write them: every line goes through
 * synchronized methods in the hot loop. The service only starts failing near the end of the log,
 * so the branch that handles ERROR lines is taken for the first time late in the run.
 */
public class SyncLogAnalyzer {
    static final String[] SERVICES = {"auth", "billing", "search", "cart", "profile", "media"};
    static final String[] LEVELS = {"DEBUG", "INFO", "INFO", "WARN"};

    static final class Stats {
        private final Hashtable<String, Integer> perService = new Hashtable<>();
        private final Hashtable<String, Integer> slowPerService = new Hashtable<>();
        private final Vector<String> alerts = new Vector<>();
        private final StringBuffer trail = new StringBuffer();
        private int lines;
        private int warnings;
        private int errors;
        private long latencySum;
        private int maxLatency;

        synchronized void record(String service, String level, int latency, int lineNo) {
            lines++;
            Integer c = perService.get(service);
            perService.put(service, c == null ? 1 : c + 1);
            latencySum += latency;
            if (latency > maxLatency) maxLatency = latency;
            if (latency > 900) {
                Integer s = slowPerService.get(service);
                slowPerService.put(service, s == null ? 1 : s + 1);
            }
            if (level.equals("WARN")) warnings++;
            if (level.equals("ERROR")) {
                errors++;
                alerts.add(lineNo + ":" + service + ":" + latency);
            }
            if (lineNo % 500 == 0) trail.append(service.charAt(0));
        }

        synchronized int count(Hashtable<String, Integer> table, String service) {
            Integer c = table.get(service);
            return c == null ? 0 : c;
        }
    }

    /** The log line number `i`: deterministic pseudo-random traffic, failing only near the end. */
    static String line(int i, int n, int[] seed) {
        seed[0] = seed[0] * 1103515245 + 12345;
        int r = (seed[0] >>> 8) & 0xffffff;
        String service = SERVICES[r % SERVICES.length];
        String level = LEVELS[(r >> 4) % LEVELS.length];
        if (i > n - n / 30 && r % 7 == 0) level = "ERROR";
        int latency = (r >> 8) % 1000;
        StringBuilder sb = new StringBuilder(64);
        sb.append("t=").append(100000 + i).append(" svc=").append(service).append(" level=").append(level).append(" ms=").append(latency);
        return sb.toString();
    }

    static String field(String line, String key) {
        int at = line.indexOf(key + "=");
        int from = at + key.length() + 1;
        int to = line.indexOf(' ', from);
        return to < 0 ? line.substring(from) : line.substring(from, to);
    }

    public static void main(String[] args) {
        int n = 30000;
        Stats stats = new Stats();
        int[] seed = {2024};
        for (int i = 1; i <= n; i++) {
            String l = line(i, n, seed);
            stats.record(field(l, "svc"), field(l, "level"), Integer.parseInt(field(l, "ms")), i);
        }
        System.out.println("lines: " + stats.lines + ", warnings: " + stats.warnings + ", errors: " + stats.errors);
        System.out.println("latency: avg " + (stats.latencySum / stats.lines) + " ms, max " + stats.maxLatency + " ms");
        for (String s : SERVICES) {
            System.out.printf("%-8s %6d lines %5d slow%n", s, stats.count(stats.perService, s), stats.count(stats.slowPerService, s));
        }
        System.out.println("alerts: " + stats.alerts.size());
        for (int i = 0; i < Math.min(5, stats.alerts.size()); i++) System.out.println("  " + stats.alerts.get(i));
        System.out.println("  ...");
        System.out.println("  " + stats.alerts.lastElement());
        System.out.println("trail: " + stats.trail);
    }
}
