import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Expands recurrence rules of a small calendar application over a fixed window, groups the
 * occurrences by US and ISO week, and prints them in localized and HTTP date formats.
 */
public class DateRecurringEvents {

    interface Rule {
        List<LocalDate> expand(LocalDate from, LocalDate to);
    }

    /** Every n-th week on the given days. */
    static Rule weekly(LocalDate start, int interval, Set<DayOfWeek> days) {
        return (from, to) -> {
            List<LocalDate> out = new ArrayList<>();
            LocalDate weekStart = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (LocalDate w = weekStart; !w.isAfter(to); w = w.plusWeeks(interval)) {
                for (DayOfWeek d : days) {
                    LocalDate x = w.with(TemporalAdjusters.nextOrSame(d));
                    if (!x.isBefore(start) && !x.isBefore(from) && !x.isAfter(to)) {
                        out.add(x);
                    }
                }
            }
            return out;
        };
    }

    /** Monthly by an adjuster, e.g. the second Tuesday or the last day. */
    static Rule monthly(LocalDate start, TemporalAdjuster adjuster) {
        return (from, to) -> {
            List<LocalDate> out = new ArrayList<>();
            for (LocalDate m = start.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                LocalDate x = m.with(adjuster);
                if (!x.isBefore(start) && !x.isBefore(from) && !x.isAfter(to)) {
                    out.add(x);
                }
            }
            return out;
        };
    }

    /** Every n months on the start's day, clamped to the month's end and computed from the start. */
    static Rule everyMonths(LocalDate start, int n) {
        return (from, to) -> {
            List<LocalDate> out = new ArrayList<>();
            start.datesUntil(to.plusDays(1), Period.ofMonths(n)).filter(d -> !d.isBefore(from)).forEach(out::add);
            return out;
        };
    }

    static LocalDate lastBusinessDay(LocalDate anyDayInMonth) {
        LocalDate d = anyDayInMonth.with(TemporalAdjusters.lastDayOfMonth());
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    public static void main(String[] args) {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 6, 30);
        TreeMap<LocalDate, List<String>> agenda = new TreeMap<>();
        Object[][] rules = {
            {"Gym", weekly(LocalDate.of(2023, 12, 1), 1, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))},
            {"Sprint review", weekly(LocalDate.of(2024, 1, 11), 2, EnumSet.of(DayOfWeek.THURSDAY))},
            {"Board meeting", monthly(from, TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY))},
            {"Payroll", monthly(from, TemporalAdjusters.ofDateAdjuster(DateRecurringEvents::lastBusinessDay))},
            {"Rent", everyMonths(LocalDate.of(2023, 10, 31), 1)},
            {"Quarterly tax", everyMonths(LocalDate.of(2024, 1, 15), 3)},
            {"Leap party", everyMonths(LocalDate.of(2020, 2, 29), 12)},
        };
        for (Object[] r : rules) {
            String name = (String) r[0];
            List<LocalDate> dates = ((Rule) r[1]).expand(from, to);
            System.out.println(name + ": " + dates.size() + " occurrences, first " + dates.get(0) + ", last " + dates.get(dates.size() - 1));
            for (LocalDate d : dates) {
                agenda.computeIfAbsent(d, k -> new ArrayList<>()).add(name);
            }
        }

        WeekFields us = WeekFields.of(Locale.US);
        WeekFields iso = WeekFields.ISO;
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.US);
        int busiest = 0;
        LocalDate busiestDay = null;
        for (LocalDate d : agenda.keySet()) {
            List<String> names = agenda.get(d);
            if (names.size() > busiest) {
                busiest = names.size();
                busiestDay = d;
            }
            if (d.getMonth() == Month.FEBRUARY || names.size() > 1) {
                System.out.println(medium.format(d) + " [US wk " + d.get(us.weekOfYear()) + ", ISO " + d.get(iso.weekBasedYear()) + "-W" + d.get(iso.weekOfWeekBasedYear())
                        + ", day " + d.get(us.dayOfWeek()) + "/" + d.get(iso.dayOfWeek()) + "] " + names);
            }
        }
        System.out.println("Busiest: " + full.format(busiestDay) + " with " + busiest + " events");

        // Occurrences per US week-of-month for March.
        int[] perWeek = new int[7];
        for (LocalDate d : agenda.keySet()) {
            if (d.getMonth() == Month.MARCH) {
                perWeek[d.get(us.weekOfMonth())] += agenda.get(d).size();
            }
        }
        StringBuilder b = new StringBuilder("March by US week-of-month:");
        for (int w = 0; w < perWeek.length; w++) {
            b.append(' ').append(w).append('=').append(perWeek[w]);
        }
        System.out.println(b);
        System.out.println("Week patterns: " + DateTimeFormatter.ofPattern("YYYY-'W'ww-e").format(LocalDate.of(2024, 12, 30))
                + " " + DateTimeFormatter.ofPattern("YYYY-'W'ww-e", Locale.UK).format(LocalDate.of(2024, 12, 30))
                + " " + LocalDate.parse("2024-W01-1", DateTimeFormatter.ofPattern("YYYY-'W'ww-e", Locale.UK)));

        // Invitations carry HTTP-style timestamps.
        LocalDateTime meeting = LocalDateTime.of(busiestDay, LocalTime.of(9, 30));
        ZonedDateTime stamp = meeting.atZone(ZoneOffset.UTC);
        String header = DateTimeFormatter.RFC_1123_DATE_TIME.format(stamp);
        System.out.println("Date: " + header);
        System.out.println("Parsed back: " + ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                + ", Expires: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(stamp.plusDays(30).withZoneSameInstant(ZoneOffset.ofHours(-5))));
        System.out.println("Reminder: " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US).format(meeting.minusMinutes(15))
                + " / " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.UK).format(meeting)
                + " / " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK).format(meeting));
        System.out.println("Days covered " + ChronoUnit.DAYS.between(from, to.plusDays(1)) + ", days with events " + agenda.size());
    }
}
