import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny logging framework: pattern-based line layout with padded levels, thread names and timings. */
public class FormatLogLines {
    enum Level { TRACE, DEBUG, INFO, WARN, ERROR }

    record Event(long millis, Level level, String thread, String logger, String message, Object[] args) {
    }

    static String abbreviate(String logger, int max) {
        if (logger.length() <= max) {
            return logger;
        }
        String[] parts = splitDots(logger);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            sb.append(parts[i].charAt(0)).append('.');
        }
        return sb.append(parts[parts.length - 1]).toString();
    }

    static String[] splitDots(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }

    static String layout(Event e) {
        long ms = e.millis();
        long h = ms / 3_600_000 % 24;
        long m = ms / 60_000 % 60;
        long s = ms / 1000 % 60;
        return String.format("%02d:%02d:%02d.%03d %-5s [%-10.10s] %-22s - %s", h, m, s, ms % 1000, e.level(), e.thread(),
                abbreviate(e.logger(), 22), String.format(e.message(), e.args()));
    }

    public static void main(String[] args) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(3_723_004L, Level.INFO, "main", "com.example.app.Server", "listening on port %d", new Object[] {8080}));
        events.add(new Event(3_723_050L, Level.DEBUG, "worker-1", "com.example.app.handlers.RequestHandler",
                "GET %s took %.3f ms (%,d bytes)", new Object[] {"/index.html", 1.23456, 123456}));
        events.add(new Event(3_724_999L, Level.WARN, "scheduler-thread-pool-7", "com.example.jobs.Cleanup",
                "disk usage at %.1f%%", new Object[] {91.25}));
        events.add(new Event(86_399_999L, Level.ERROR, "worker-2", "Db", "query failed after %d retries: %s",
                new Object[] {3, "timeout"}));
        events.add(new Event(0L, Level.TRACE, "t", "x.y.Z", "value=%08.3f hex=%#x flag=%b", new Object[] {-3.14159, 48879, null}));
        for (Event e : events) {
            System.out.println(layout(e));
        }
        System.out.println();

        Map<Level, Integer> counts = new LinkedHashMap<>();
        Map<Level, Double> totals = new LinkedHashMap<>();
        double[] durations = {12.5, 3.25, 100.125, 0.5, 7.75, 42.0, 0.015, 9.995};
        for (int i = 0; i < durations.length; i++) {
            Level l = Level.values()[i % Level.values().length];
            counts.merge(l, 1, Integer::sum);
            totals.merge(l, durations[i], Double::sum);
        }
        System.out.printf("%-6s %5s %10s %10s%n", "level", "count", "total ms", "avg ms");
        for (Level l : counts.keySet()) {
            System.out.printf("%-6s %5d %10.3f %10.4f%n", l, counts.get(l), totals.get(l), totals.get(l) / counts.get(l));
        }
        System.out.println("%d events, %s".formatted(events.size(), "done"));
        System.out.println(String.format("%-5s|%5s|%s", Level.WARN, Level.INFO, Level.ERROR.ordinal()));
    }
}
