import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Formats sample values with many patterns and checks that parsing gives them back. */
public class TimeFormatRoundTrip {

    static int ok;
    static int lossy;

    static void roundTripDateTime(String pattern, LocalDateTime value) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.US);
        String text = f.format(value);
        LocalDateTime back = LocalDateTime.parse(text, f);
        boolean same = back.equals(value);
        if (same) {
            ok++;
        } else {
            lossy++;
        }
        System.out.println(pad(pattern, 32) + text + (same ? "" : "  -> " + back));
    }

    static void roundTripDate(String pattern, LocalDate value) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.US);
        String text = value.format(f);
        LocalDate back = LocalDate.parse(text, f);
        if (back.equals(value)) {
            ok++;
        } else {
            lossy++;
        }
        System.out.println(pad(pattern, 32) + text + (back.equals(value) ? "" : "  -> " + back));
    }

    static String pad(String s, int n) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < n) {
            b.append(' ');
        }
        return b.toString();
    }

    public static void main(String[] args) {
        LocalDateTime[] samples = {
            LocalDateTime.of(2024, 2, 29, 13, 5, 9, 123_000_000),
            LocalDateTime.of(1999, 12, 31, 0, 0, 0),
            LocalDateTime.of(2000, 1, 1, 12, 30, 45, 500),
            LocalDateTime.of(1, 7, 4, 23, 59, 59, 999_999_999),
        };
        String[] dateTimePatterns = {
            "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy hh:mm:ss a", "EEE, d MMM yyyy HH:mm:ss.SSS", "yyyyMMddHHmmssSSS",
            "MMMM d, uuuu 'at' h:mm:ss.nnnnnnnnn a", "uuuu-DDD'T'HH:mm:ss.SSSSSSSSS", "d.M.y H:m:s", "EEEE dd MMMM yyyy kk:mm:ss",
        };
        for (LocalDateTime s : samples) {
            System.out.println("== " + s);
            for (String p : dateTimePatterns) {
                roundTripDateTime(p, s);
            }
        }
        LocalDate[] dates = {LocalDate.of(2024, 2, 29), LocalDate.of(1970, 1, 1), LocalDate.of(2038, 1, 19)};
        String[] datePatterns = {"yy-MM-dd", "dd MMM yyyy", "yyyyMMdd", "MM/dd/uuuu", "d MMMM y", "EEE yyyy-MM-dd"};
        for (LocalDate d : dates) {
            for (String p : datePatterns) {
                roundTripDate(p, d);
            }
        }

        // The predefined ISO formatters.
        LocalDateTime ldt = samples[0];
        OffsetDateTime odt = ldt.atOffset(ZoneOffset.ofHours(-3));
        ZonedDateTime zdt = ldt.atZone(ZoneId.of("UTC"));
        Instant instant = odt.toInstant();
        System.out.println(DateTimeFormatter.ISO_LOCAL_DATE.format(ldt) + " | " + DateTimeFormatter.ISO_LOCAL_TIME.format(ldt)
                + " | " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(ldt) + " | " + DateTimeFormatter.BASIC_ISO_DATE.format(ldt));
        System.out.println(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt) + " | " + DateTimeFormatter.ISO_ZONED_DATE_TIME.format(zdt)
                + " | " + DateTimeFormatter.ISO_INSTANT.format(instant) + " | " + DateTimeFormatter.ISO_DATE.format(odt));
        System.out.println(OffsetDateTime.parse(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt)).equals(odt)
                + " " + ZonedDateTime.parse(zdt.toString()).equals(zdt) + " " + Instant.parse(instant.toString()).equals(instant)
                + " " + LocalTime.parse("23:59:59.999999999") + " " + LocalDate.parse("20240229", DateTimeFormatter.BASIC_ISO_DATE));

        // A builder with optional parts and defaults, like a config-file date reader.
        DateTimeFormatter flexible = new DateTimeFormatterBuilder()
                .appendPattern("yyyy-MM-dd")
                .optionalStart().appendLiteral(' ').appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd().optionalEnd()
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
                .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
                .toFormatter();
        for (String s : new String[] {"2024-05-06", "2024-05-06 07:08", "2024-05-06 07:08:09"}) {
            System.out.println(s + " -> " + LocalDateTime.parse(s, flexible));
        }
        System.out.println("format with optional: " + flexible.format(ldt));
        DateTimeFormatter caseless = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd-MMM-yyyy").toFormatter(Locale.US);
        System.out.println(LocalDate.parse("05-jan-2024", caseless) + " " + LocalDate.parse("05-JAN-2024", caseless));
        System.out.println("round trips: " + ok + " exact, " + lossy + " lossy");
    }
}
