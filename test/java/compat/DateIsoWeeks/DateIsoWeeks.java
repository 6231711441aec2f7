import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** ISO-8601 week numbers, week-based years and quarters, as used by a timesheet tool. */
public class DateIsoWeeks {

    static String weekId(LocalDate d) {
        int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (w < 10 ? "0" : "") + w;
    }

    public static void main(String[] args) {
        // Year boundaries: Dec 28 .. Jan 4 for a range of years.
        for (int y = 2014; y <= 2027; y++) {
            StringBuilder b = new StringBuilder(y + ":");
            for (LocalDate d = LocalDate.of(y, 12, 28); !d.isAfter(LocalDate.of(y + 1, 1, 4)); d = d.plusDays(1)) {
                b.append(' ').append(d.getDayOfMonth()).append('=').append(weekId(d).substring(2));
            }
            LocalDate jan4 = LocalDate.of(y, 1, 4);
            long weeks = jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            System.out.println(b + " | weeks in " + y + ": " + weeks);
        }

        // Monday of a given week, and moving between weeks.
        DateTimeFormatter iso = DateTimeFormatter.ISO_WEEK_DATE;
        String[] ids = {"2020-W53-5", "2021-W01-1", "2024-W09-4", "2026-W53-7", "2015-W01-1"};
        for (String id : ids) {
            LocalDate d = LocalDate.parse(id, iso);
            System.out.println(id + " -> " + d + " " + d.getDayOfWeek() + " back " + iso.format(d));
        }
        LocalDate ref = LocalDate.of(2024, 6, 12);
        LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        System.out.println(ref + " week " + weekId(ref) + " starts " + monday + " ends " + monday.plusDays(6));
        System.out.println("week 1 of 2024: " + ref.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1));
        System.out.println("same week in 2021: " + ref.with(IsoFields.WEEK_BASED_YEAR, 2021));
        System.out.println("weeks until new year: " + ChronoUnit.WEEKS.between(ref, LocalDate.of(2025, 1, 1))
                + ", week-based-years between: " + IsoFields.WEEK_BASED_YEARS.between(LocalDate.of(2020, 12, 31), ref));

        // Quarters and days of quarter.
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(2024, m, 1);
            LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
            System.out.println(first.getMonth() + ": Q" + first.get(IsoFields.QUARTER_OF_YEAR) + " days " + first.get(IsoFields.DAY_OF_QUARTER)
                    + "-" + last.get(IsoFields.DAY_OF_QUARTER) + " quarter length " + first.range(IsoFields.DAY_OF_QUARTER).getMaximum()
                    + " format " + DateTimeFormatter.ofPattern("QQQ yyyy").format(first));
        }
        System.out.println("next quarter from " + ref + ": " + ref.plus(1, IsoFields.QUARTER_YEARS) + ", quarters since 2000: "
                + IsoFields.QUARTER_YEARS.between(LocalDate.of(2000, 1, 1), ref));

        // Timesheet: hours per ISO week over a month of fixed entries.
        int[] hours = {8, 7, 9, 8, 6, 0, 0};
        int total = 0;
        String currentWeek = null;
        int weekHours = 0;
        for (LocalDate d = LocalDate.of(2024, 12, 23); d.isBefore(LocalDate.of(2025, 2, 3)); d = d.plusDays(1)) {
            String w = weekId(d);
            if (!w.equals(currentWeek)) {
                if (currentWeek != null) {
                    System.out.println(currentWeek + ": " + weekHours + "h");
                }
                currentWeek = w;
                weekHours = 0;
            }
            int h = hours[d.getDayOfWeek().ordinal()] - (d.getDayOfMonth() % 3 == 0 ? 1 : 0);
            h = Math.max(h, 0);
            weekHours += h;
            total += h;
        }
        System.out.println(currentWeek + ": " + weekHours + "h");
        System.out.println("total " + total + "h");
    }
}
