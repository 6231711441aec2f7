import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a year of pay periods for three schedules (weekly, bi-weekly, semi-monthly and
 * monthly) with pay dates moved off weekends and holidays, and totals per quarter.
 */
public class DatePayrollPeriods {

    static final DateTimeFormatter FMT = DateTimeFormatter.ofPattern("MMM dd, yyyy");

    static final List<LocalDate> HOLIDAYS = new ArrayList<>();

    static {
        int y = 2025;
        HOLIDAYS.add(LocalDate.of(y, 1, 1));
        HOLIDAYS.add(LocalDate.of(y, Month.JANUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)));
        HOLIDAYS.add(LocalDate.of(y, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        HOLIDAYS.add(LocalDate.of(y, 7, 4));
        HOLIDAYS.add(LocalDate.of(y, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        HOLIDAYS.add(LocalDate.of(y, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
        HOLIDAYS.add(LocalDate.of(y, 12, 25));
    }

    /** Pay on the previous business day when the date is a weekend or holiday. */
    static LocalDate payDate(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || HOLIDAYS.contains(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    static void report(String name, List<LocalDate[]> periods, long ratePerDay) {
        System.out.println("== " + name + " (" + periods.size() + " periods)");
        long[] quarter = new long[4];
        for (LocalDate[] p : periods) {
            long days = ChronoUnit.DAYS.between(p[0], p[1]) + 1;
            LocalDate pay = payDate(p[1]);
            long gross = days * ratePerDay;
            quarter[(pay.getMonthValue() - 1) / 3] += gross;
            System.out.println(FMT.format(p[0]) + " - " + FMT.format(p[1]) + "  " + days + "d  paid "
                    + pay + " " + pay.getDayOfWeek().toString().substring(0, 3) + (pay.equals(p[1]) ? "" : " (moved)") + "  " + gross);
        }
        for (int q = 0; q < 4; q++) {
            System.out.println("  Q" + (q + 1) + " total " + quarter[q]);
        }
    }

    public static void main(String[] args) {
        System.out.println("Holidays: " + HOLIDAYS);
        List<LocalDate[]> weekly = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate d = start; d.getYear() <= 2025; d = d.plusWeeks(1)) {
            if (d.plusDays(6).getMonthValue() <= 3 || d.getMonthValue() == 12) {
                weekly.add(new LocalDate[] {d, d.plusDays(6)});
            }
        }
        report("weekly (Q1 and December)", weekly, 200);

        List<LocalDate[]> biweekly = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 6); d.getYear() == 2025; d = d.plusWeeks(2)) {
            biweekly.add(new LocalDate[] {d, d.plusDays(13)});
        }
        report("bi-weekly", biweekly, 180);

        List<LocalDate[]> semi = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(2025, m);
            semi.add(new LocalDate[] {ym.atDay(1), ym.atDay(15)});
            semi.add(new LocalDate[] {ym.atDay(16), ym.atEndOfMonth()});
        }
        report("semi-monthly", semi, 190);

        List<LocalDate[]> monthly = new ArrayList<>();
        LocalDate anchor = LocalDate.of(2025, 1, 31);
        for (int i = 0; i < 12; i++) {
            LocalDate end = anchor.plusMonths(i);
            LocalDate begin = anchor.plusMonths(i - 1).plusDays(1);
            monthly.add(new LocalDate[] {begin, end});
        }
        report("monthly anchored on the 31st", monthly, 210);
    }
}
