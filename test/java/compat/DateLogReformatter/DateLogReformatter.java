// env: TZ=America/New_York
import java.text.DateFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Reads log lines whose timestamps come in several legacy formats, normalises them to UTC ISO-8601,
 * sorts them and reports gaps; malformed stamps are reported with the parser's error offset.
 */
public class DateLogReformatter {
    static final String[] LINES = {
        "[07/Mar/2024:23:59:58 -0500] GET /index.html 200",
        "2024-03-10 01:59:59,120 INFO  scheduler tick",
        "2024-03-10 03:00:00,005 INFO  scheduler tick (after spring forward)",
        "Sun Nov 03 01:30:00 EDT 2024 backup started",
        "Sun Nov 03 01:30:00 EST 2024 backup started again",
        "20240229T120000Z leap-day report",
        "Mar 5, 2024, 4:07:09 PM audit",
        "2024-13-45 10:00:00,000 WARN lenient month",
        "2024-02-30T25:61:00+01:00 strict check",
        "12/31/99 11:59 PM y2k party",
        "1/1/00 12:00 AM y2k party over",
        "Thursday, February 29, 2024 at 9:05:00 AM Eastern Standard Time meeting",
        "2024/06/15 garbage",
        "   2024-07-04 12:00:00,000 INFO fireworks (leading blanks)",
    };

    static final SimpleDateFormat[] PARSERS = {
        new SimpleDateFormat("'['dd/MMM/yyyy:HH:mm:ss Z']'", Locale.US),
        new SimpleDateFormat("yyyy-MM-dd HH:mm:ss,SSS"),
        new SimpleDateFormat("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US),
        new SimpleDateFormat("yyyyMMdd'T'HHmmss'Z'"),
        (SimpleDateFormat) DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM, Locale.US),
        new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX"),
        (SimpleDateFormat) DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, Locale.US),
        (SimpleDateFormat) DateFormat.getDateTimeInstance(DateFormat.FULL, DateFormat.FULL, Locale.US),
    };

    record Entry(Date when, String text) {}

    public static void main(String[] args) {
        System.out.println("default zone: " + TimeZone.getDefault().getID() + " / " + java.time.ZoneId.systemDefault());
        PARSERS[3].setTimeZone(TimeZone.getTimeZone("UTC"));
        PARSERS[5].setLenient(false);
        SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSX");
        iso.setTimeZone(TimeZone.getTimeZone("UTC"));
        SimpleDateFormat local = new SimpleDateFormat("EEE yyyy-MM-dd hh:mm:ss a z (Z)", Locale.US);
        List<Entry> entries = new ArrayList<>();
        for (String line : LINES) {
            Entry e = parse(line);
            if (e == null) {
                continue;
            }
            entries.add(e);
            System.out.printf("%-26s %s | %s%n", iso.format(e.when()), local.format(e.when()), e.text());
        }
        entries.sort((a, b) -> a.when().compareTo(b.when()));
        System.out.println("-- sorted --");
        Date prev = null;
        for (Entry e : entries) {
            String gap = prev == null ? "" : "  (+" + (e.when().getTime() - prev.getTime()) / 1000 + " s)";
            System.out.println(iso.format(e.when()) + gap + "  " + e.text());
            prev = e.when();
        }
        try {
            new SimpleDateFormat("yyyy-MM-dd").parse("2024-1x-05");
        } catch (ParseException ex) {
            System.out.println(ex.getMessage() + " at " + ex.getErrorOffset());
        }
        try {
            new SimpleDateFormat("yyyy-MM-dd hh:mm q");
        } catch (IllegalArgumentException ex) {
            System.out.println(ex.getMessage());
        }
        try {
            new SimpleDateFormat("yyyy-MM-dd 'at");
        } catch (IllegalArgumentException ex) {
            System.out.println(ex.getMessage());
        }
        ParsePosition pp = new ParsePosition(4);
        Date d = new SimpleDateFormat("HH:mm").parse("at: 17:45 sharp", pp);
        System.out.println(d + " next=" + pp.getIndex() + " err=" + pp.getErrorIndex());
        pp = new ParsePosition(0);
        System.out.println(new SimpleDateFormat("HH:mm").parse("noon", pp) + " err=" + pp.getErrorIndex());
    }

    static Entry parse(String line) {
        String trimmed = line;
        for (SimpleDateFormat f : PARSERS) {
            ParsePosition pos = new ParsePosition(0);
            Date d = f.parse(trimmed, pos);
            if (d != null && (pos.getIndex() == trimmed.length() || trimmed.charAt(pos.getIndex()) == ' ')) {
                return new Entry(d, trimmed.substring(pos.getIndex()).trim() + " [" + f.toPattern() + "]");
            }
        }
        try {
            PARSERS[1].parse(trimmed);
        } catch (ParseException ex) {
            System.out.println("skipped: " + ex.getMessage() + " (offset " + ex.getErrorOffset() + ")");
        }
        return null;
    }
}
