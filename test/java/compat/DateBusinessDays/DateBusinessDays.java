import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** Business-day arithmetic: counting, adding working days, SLA deadlines over several years. */
public class DateBusinessDays {

    static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }

    static Set<LocalDate> holidays(int year) {
        Set<LocalDate> s = new TreeSet<>();
        s.add(observed(LocalDate.of(year, 1, 1)));
        s.add(easter(year).minusDays(2));
        s.add(easter(year).plusDays(1));
        s.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        s.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        s.add(LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        LocalDate xmas = observed(LocalDate.of(year, 12, 25));
        s.add(xmas);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        while (WEEKEND.contains(boxing.getDayOfWeek()) || boxing.equals(xmas)) {
            boxing = boxing.plusDays(1);
        }
        s.add(boxing);
        return s;
    }

    static LocalDate observed(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return d.plusDays(2);
        }
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return d.plusDays(1);
        }
        return d;
    }

    static boolean isBusinessDay(LocalDate d) {
        return !WEEKEND.contains(d.getDayOfWeek()) && !holidays(d.getYear()).contains(d);
    }

    static long businessDaysBetween(LocalDate start, LocalDate endExclusive) {
        return start.datesUntil(endExclusive).filter(DateBusinessDays::isBusinessDay).count();
    }

    static LocalDate addBusinessDays(LocalDate d, int n) {
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        while (left > 0) {
            d = d.plusDays(step);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    public static void main(String[] args) {
        for (int y = 2023; y <= 2026; y++) {
            Set<LocalDate> h = holidays(y);
            long working = businessDaysBetween(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
            System.out.println(y + (Year.isLeap(y) ? " (leap)" : "") + ": Easter " + easter(y) + ", " + working + " working days, holidays " + h);
            StringBuilder perMonth = new StringBuilder();
            for (Month m : Month.values()) {
                LocalDate first = LocalDate.of(y, m, 1);
                perMonth.append(' ').append(m.toString(), 0, 3).append('=')
                        .append(businessDaysBetween(first, first.plusMonths(1)));
            }
            System.out.println("  " + perMonth.toString().trim());
        }
        LocalDate[] tickets = {
            LocalDate.of(2024, 3, 27), LocalDate.of(2024, 12, 20), LocalDate.of(2025, 4, 17),
            LocalDate.of(2023, 12, 29), LocalDate.of(2026, 8, 28), LocalDate.of(2024, 2, 29),
        };
        for (LocalDate t : tickets) {
            LocalDate due = addBusinessDays(t, 5);
            LocalDate back = addBusinessDays(t, -3);
            System.out.println("Ticket " + t + " " + t.getDayOfWeek() + ": due " + due + " " + due.getDayOfWeek()
                    + " (" + ChronoUnit.DAYS.between(t, due) + " calendar days), 3 back " + back
                    + ", business " + isBusinessDay(t));
        }
        LocalDate q = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 4; i++) {
            LocalDate qs = q.plusMonths(3L * i);
            LocalDate qe = qs.plusMonths(3);
            System.out.println("2024 Q" + (i + 1) + ": " + businessDaysBetween(qs, qe) + " business days of " + qs.until(qe, ChronoUnit.DAYS));
        }
    }
}
