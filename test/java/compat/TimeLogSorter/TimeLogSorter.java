import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges log lines from three services whose timestamps use different formats and offsets,
 * sorts them on one timeline, rejects malformed stamps and reports per-minute counts and gaps.
 */
public class TimeLogSorter {

    static final String[] RAW = {
        "api|2024-03-10T14:02:11.250+01:00|GET /users 200",
        "api|2024-03-10T14:02:11.9+01:00|GET /users/7 404",
        "db|20240310 130159.120|slow query 812ms",
        "web|10/Mar/2024:13:03:05 +0000|POST /login",
        "api|2024-03-10T14:03:00Z|health ok",
        "db|20240310 130301.000|checkpoint",
        "web|10/Mar/2024:14:01:59 +0100|GET /",
        "api|2024-03-10T25:00:00+01:00|bad hour",
        "web|10/Mrz/2024:13:05:00 +0000|bad month",
        "db|20240230 120000.000|bad day",
        "api|2024-03-10T14:05:30.000000001+01:00|GET /metrics",
        "web|10/Mar/2024:08:04:44 -0500|cron",
        "db|20240310 130444.999|vacuum",
        "api|2024-03-10T13:06:00.5-00:30|clock skew test",
    };

    static final DateTimeFormatter DB = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss.SSS");
    static final DateTimeFormatter WEB = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z");

    static final class Entry {
        final Instant at;
        final String source;
        final String message;

        Entry(Instant at, String source, String message) {
            this.at = at;
            this.source = source;
            this.message = message;
        }
    }

    static Instant parse(String source, String stamp) {
        switch (source) {
            case "api":
                return OffsetDateTime.parse(stamp).toInstant();
            case "db":
                return LocalDateTime.parse(stamp, DB).toInstant(ZoneOffset.UTC);
            default:
                return OffsetDateTime.parse(stamp, WEB).toInstant();
        }
    }

    public static void main(String[] args) {
        List<Entry> entries = new ArrayList<>();
        for (String line : RAW) {
            int a = line.indexOf('|');
            int b = line.indexOf('|', a + 1);
            String source = line.substring(0, a);
            String stamp = line.substring(a + 1, b);
            String message = line.substring(b + 1);
            try {
                entries.add(new Entry(parse(source, stamp), source, message));
            } catch (DateTimeParseException e) {
                System.out.println("REJECT " + source + ": " + e.getMessage() + " (index " + e.getErrorIndex() + ")");
            }
        }
        entries.sort((x, y) -> {
            int c = x.at.compareTo(y.at);
            return c != 0 ? c : x.source.compareTo(y.source);
        });
        Instant previous = null;
        Map<String, Integer> perMinute = new TreeMap<>();
        for (Entry e : entries) {
            String gap = previous == null ? "" : "  +" + Duration.between(previous, e.at);
            System.out.println(e.at + " [" + e.source + "] " + e.message + gap);
            String minute = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(e.at.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC));
            perMinute.merge(minute, 1, Integer::sum);
            previous = e.at;
        }
        System.out.println("Per minute:");
        for (Map.Entry<String, Integer> m : perMinute.entrySet()) {
            System.out.println("  " + m.getKey() + " " + m.getValue());
        }
        Entry first = entries.get(0);
        Entry last = entries.get(entries.size() - 1);
        Duration span = Duration.between(first.at, last.at);
        System.out.println("Span " + span + " = " + span.toMillis() + " ms, " + span.getSeconds() + " s + " + span.getNano() + " ns");
        System.out.println("Epoch millis of first: " + first.at.toEpochMilli() + ", last as +05:30: " + last.at.atOffset(ZoneOffset.ofHoursMinutes(5, 30)));
    }
}
