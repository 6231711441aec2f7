import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A form validator: checks user-typed dates, times and durations and reports the exception
 * and message each bad value gets, including the error index of parse failures.
 */
public class TimeParseErrors {

    interface Parser {
        Object parse(String s);
    }

    static int accepted;
    static int rejected;

    static void check(String label, Parser p, String... inputs) {
        System.out.println("-- " + label);
        for (String in : inputs) {
            try {
                Object v = p.parse(in);
                accepted++;
                System.out.println("  ok   '" + in + "' -> " + v);
            } catch (DateTimeParseException e) {
                rejected++;
                System.out.println("  FAIL '" + in + "' at " + e.getErrorIndex() + ": " + e.getMessage());
                if (e.getCause() != null) {
                    System.out.println("       cause " + e.getCause().getClass().getName());
                }
            } catch (DateTimeException | IllegalArgumentException e) {
                rejected++;
                System.out.println("  FAIL '" + in + "': " + e);
            }
        }
    }

    public static void main(String[] args) {
        check("ISO date", LocalDate::parse,
                "2024-02-29", "2023-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "2021-4-5", "21-04-05", "2021-04-05 ",
                " 2021-04-05", "2021/04/05", "+2021-04-05", "+12021-04-05", "-0001-01-01", "", "2021-04-05T10:00");
        DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy");
        check("US date (smart)", s -> LocalDate.parse(s, us),
                "02/29/2024", "02/30/2024", "02/31/2023", "04/31/2024", "13/01/2024", "1/2/2024", "02/29/24");
        DateTimeFormatter strict = DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);
        check("US date (strict)", s -> LocalDate.parse(s, strict), "02/29/2024", "02/30/2024", "04/31/2024");
        DateTimeFormatter lenient = DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.LENIENT);
        check("US date (lenient)", s -> LocalDate.parse(s, lenient), "02/30/2024", "13/01/2024", "00/00/2024");
        check("time", LocalTime::parse, "09:30", "9:30", "23:59:59.999", "24:00", "12:60", "12:30:61", "12:30:30.1234567890", "noon");
        DateTimeFormatter ampm = DateTimeFormatter.ofPattern("h:mm a");
        check("12-hour time", s -> LocalTime.parse(s, ampm), "9:05 AM", "12:00 PM", "12:00 AM", "13:00 PM", "0:15 AM", "9:05AM", "9:05 am");
        check("date-time", LocalDateTime::parse, "2024-01-15T08:00", "2024-01-15 08:00", "2024-01-15T08", "2024-01-15T25:00");
        DateTimeFormatter named = DateTimeFormatter.ofPattern("EEE, d MMM yyyy");
        check("named", s -> LocalDate.parse(s, named), "Mon, 15 Jan 2024", "Tue, 15 Jan 2024", "Mon, 15 January 2024", "mon, 15 Jan 2024");
        check("instant", Instant::parse, "2024-01-15T08:00:00Z", "2024-01-15T08:00:00.5Z", "2024-01-15T08:00Z", "2024-01-15T08:00:00", "2024-01-15T08:00:00+02:00");
        check("year-month", YearMonth::parse, "2024-02", "+12024-02", "2024-2");
        check("duration", Duration::parse, "PT15M", "PT1H30M", "P1DT2H", "PT-90S", "-PT2H", "PT1.5S", "PT", "P1H", "15M", "PT1H1H");
        check("period", Period::parse, "P1Y2M3D", "P2W", "-P1M", "P1Y-2M", "P", "P1D2M", "1Y");
        check("zone", ZoneId::of, "UTC", "Z", "+05:30", "GMT+2", "UTC-03:00", "+19:00", "+5:3", "Mars/Olympus", "");
        check("offset", ZoneOffset::of, "+01:00", "-0830", "+1", "Z", "+18:01", "01:00");
        check("pattern", DateTimeFormatter::ofPattern, "yyyy-MM-dd", "yyyy-mm-DD", "dddd", "yyyy-MM-dd'T", "HH:mm]", "aa", "{yyyy}");
        System.out.println("accepted " + accepted + ", rejected " + rejected);
    }
}
