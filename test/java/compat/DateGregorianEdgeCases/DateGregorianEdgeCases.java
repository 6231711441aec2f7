import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * A self-check of Gregorian calendar rules, the kind of table a date library's author keeps:
 * leap years, month lengths, month-end clamping, epoch days, the 400-year weekday cycle,
 * round trips and hash codes.
 */
public class DateGregorianEdgeCases {

    static long checksum = 17;

    static void mix(long v) {
        checksum = checksum * 1_000_003L + v;
    }

    public static void main(String[] args) {
        // Leap years around century boundaries.
        StringBuilder leaps = new StringBuilder();
        int[] years = {1600, 1700, 1800, 1900, 1996, 1997, 2000, 2004, 2100, 2400, 0, -1, -4, -100, -400};
        for (int y : years) {
            leaps.append(y).append(Year.isLeap(y) ? ":L " : ":- ");
        }
        System.out.println("leap: " + leaps.toString().trim());

        // Month lengths for a leap and a common year.
        for (int y : new int[] {2023, 2024}) {
            StringBuilder b = new StringBuilder(y + ":");
            for (Month m : Month.values()) {
                b.append(' ').append(YearMonth.of(y, m).lengthOfMonth());
            }
            System.out.println(b);
        }

        // plusMonths/plusYears clamp to the month end and never roll over.
        LocalDate[] starts = {LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2023, 3, 31), LocalDate.of(2024, 8, 31)};
        for (LocalDate s : starts) {
            StringBuilder b = new StringBuilder(s + " +months:");
            for (int i = 1; i <= 12; i++) {
                b.append(' ').append(s.plusMonths(i).getDayOfMonth());
            }
            System.out.println(b + " | +1y " + s.plusYears(1) + " +4y " + s.plusYears(4) + " -1m " + s.minusMonths(1));
        }

        // Epoch days of notable dates and back.
        LocalDate[] notable = {
            LocalDate.of(1970, 1, 1), LocalDate.of(1969, 12, 31), LocalDate.of(2000, 1, 1), LocalDate.of(2038, 1, 19),
            LocalDate.of(1, 1, 1), LocalDate.of(0, 12, 31), LocalDate.of(-1, 1, 1), LocalDate.of(1582, 10, 15),
            LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-9999, 1, 1),
        };
        for (LocalDate d : notable) {
            long ed = d.toEpochDay();
            System.out.println(d + " epochDay=" + ed + " back=" + LocalDate.ofEpochDay(ed) + " dow=" + d.getDayOfWeek()
                    + " doy=" + d.getDayOfYear() + " era=" + d.getEra() + " yoe=" + d.get(ChronoField.YEAR_OF_ERA) + " hash=" + d.hashCode());
        }

        // The Gregorian calendar repeats every 400 years (146097 days, a whole number of weeks).
        int[] weekdayCounts = new int[7];
        int[] thirteenths = new int[7];
        LocalDate d = LocalDate.of(2001, 1, 1);
        LocalDate end = d.plusYears(400);
        System.out.println("days in 400 years: " + ChronoUnit.DAYS.between(d, end) + ", weeks: " + ChronoUnit.DAYS.between(d, end) / 7.0);
        for (LocalDate x = d; x.isBefore(end); x = x.plusDays(1)) {
            weekdayCounts[x.getDayOfWeek().ordinal()]++;
            if (x.getDayOfMonth() == 13) {
                thirteenths[x.getDayOfWeek().ordinal()]++;
            }
            mix(x.hashCode());
        }
        StringBuilder w = new StringBuilder("weekdays:");
        StringBuilder t = new StringBuilder("13ths:");
        for (DayOfWeek dow : DayOfWeek.values()) {
            w.append(' ').append(dow).append('=').append(weekdayCounts[dow.ordinal()]);
            t.append(' ').append(dow).append('=').append(thirteenths[dow.ordinal()]);
        }
        System.out.println(w);
        System.out.println(t);
        System.out.println("hash checksum over 400 years: " + checksum);

        // New Year's Day weekday for every year of a century.
        StringBuilder ny = new StringBuilder();
        for (int y = 1900; y < 2000; y++) {
            ny.append(LocalDate.of(y, 1, 1).getDayOfWeek().getValue());
        }
        System.out.println("1900s Jan 1 weekdays: " + ny);

        // Invalid dates and the messages they produce.
        int[][] bad = {{2023, 2, 29}, {2024, 2, 30}, {2024, 4, 31}, {2024, 13, 1}, {2024, 0, 10}, {2024, 6, 0}, {2024, 6, 32}, {1000000000, 1, 1}};
        for (int[] b : bad) {
            try {
                System.out.println("unexpected " + LocalDate.of(b[0], b[1], b[2]));
            } catch (DateTimeException e) {
                System.out.println(b[0] + "-" + b[1] + "-" + b[2] + ": " + e.getMessage());
            }
        }
        try {
            LocalDate.ofYearDay(2023, 366);
        } catch (DateTimeException e) {
            System.out.println("ofYearDay: " + e.getMessage());
        }
        try {
            LocalDate.MAX.plusDays(1);
        } catch (DateTimeException e) {
            System.out.println("MAX+1: " + e.getMessage());
        }

        // Hash codes and orderings of mixed values.
        LocalDateTime ldt = LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999);
        System.out.println(ldt + " hash=" + ldt.hashCode() + " +1ns=" + ldt.plusNanos(1) + " time hash=" + LocalTime.NOON.hashCode());
        System.out.println("compare: " + LocalDate.of(2024, 1, 1).compareTo(LocalDate.of(2023, 12, 31))
                + " " + LocalDate.of(2024, 5, 1).compareTo(LocalDate.of(2024, 2, 1))
                + " " + LocalTime.of(10, 0).compareTo(LocalTime.of(9, 59)) + " " + YearMonth.of(2024, 1).compareTo(YearMonth.of(2020, 7)));
        System.out.println("ranges: " + LocalDate.of(2023, 2, 1).range(ChronoField.DAY_OF_MONTH) + " " + LocalDate.of(2024, 2, 1).range(ChronoField.DAY_OF_YEAR)
                + " " + LocalDate.of(2023, 2, 1).range(ChronoField.ALIGNED_WEEK_OF_MONTH) + " " + ChronoField.DAY_OF_MONTH.range());
    }
}
