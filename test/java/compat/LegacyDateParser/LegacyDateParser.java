import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Imports a legacy mail archive whose headers carry dates in the old formats Date.parse accepts,
 * sorts the messages and reports the ones whose dates cannot be read.
 */
public class LegacyDateParser {
    static final String[] HEADERS = {
        "Sat, 12 Aug 1995 13:30:00 GMT|release notes",
        "Sat, 12 Aug 1995 13:30:00 GMT+0430|offset east",
        "12 Aug 1995 13:30 -0500|offset west",
        "Mon Jan 01 09:15:00 EST 2001|new millennium",
        "8/12/95 1:30 PM|us style pm",
        "8/12/95 12:05 am|midnight am",
        "December 25, 2005 6:45 pm PST|holiday party",
        "Tue, 3 Jun 08 11:05:30 (local time) CDT|two digit year",
        "1999 dec 31 23:59:59 UTC|y2k eve",
        "Feb 30 2004 10:00|rolls over",
        "Thu Jul 4 1776 12:00 GMT|very old",
        "(comment (nested)) 15 Mar 2010 08:00 MDT|comments",
        "2010-03-15|iso is not supported",
        "13:00 pm 1 Jan 2000|bad pm",
        "Foo 12 1999|unknown word",
        "12 Aug|no year",
        "|empty",
        "31/12/1999|day first",
        "1 January 2000 10:00 EDT EST|two zones",
        "ma 3 2001|ambiguous abbreviation",
    };

    record Message(long time, String subject, String raw) {}

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        List<Message> messages = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String h : HEADERS) {
            String[] parts = h.split("\\|");
            String raw = parts[0];
            String subject = parts[1];
            try {
                long t = Date.parse(raw);
                Date viaCtor = new Date(raw);
                if (viaCtor.getTime() != t) throw new AssertionError("constructor disagrees for " + raw);
                messages.add(new Message(t, subject, raw));
            } catch (IllegalArgumentException e) {
                rejected.add(subject + " <" + raw + "> " + e);
            }
        }
        messages.sort((a, b) -> Long.compare(a.time(), b.time()));
        TimeZone utc = TimeZone.getTimeZone("UTC");
        for (Message m : messages) {
            Date d = new Date(m.time());
            System.out.printf("%-16s %15d  %s  (%s)%n", m.subject(), m.time(), d, m.raw());
        }
        System.out.println("rejected " + rejected.size() + ":");
        rejected.forEach(r -> System.out.println("  " + r));
        try {
            Date.parse(null);
        } catch (IllegalArgumentException e) {
            System.out.println("null -> " + e);
        }
        System.out.println(utc.getID() + " " + new Date("1 Jan 1970 00:00:00 GMT").getTime());
    }
}
