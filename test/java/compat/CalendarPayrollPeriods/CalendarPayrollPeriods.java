import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A payroll calendar generator: bi-weekly, semi-monthly and monthly pay periods for a year, pay
 * days moved off weekends and holidays, week numbers in US and ISO (UK) conventions, and a
 * quarter summary, all with java.util.Calendar arithmetic (add, roll, set, getActualMaximum).
 */
public class CalendarPayrollPeriods {
    static final SimpleDateFormat DAY = new SimpleDateFormat("EEE MMM dd, yyyy", Locale.US);
    static final int YEAR = 2024;

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("America/Chicago"));
        List<Date> holidays = holidays(YEAR);
        System.out.println("Holidays:");
        for (Date h : holidays) {
            System.out.println("  " + DAY.format(h));
        }
        biweekly(holidays);
        semiMonthly(holidays);
        monthlyLastBusinessDay(holidays);
        weekNumbers();
        rolls();
    }

    static Date date(int y, int m, int d) {
        return new GregorianCalendar(y, m, d).getTime();
    }

    /** Fixed and floating US holidays (n-th weekday of a month). */
    static List<Date> holidays(int y) {
        List<Date> out = new ArrayList<>();
        out.add(date(y, Calendar.JANUARY, 1));
        out.add(nthWeekday(y, Calendar.JANUARY, Calendar.MONDAY, 3));
        out.add(nthWeekday(y, Calendar.MAY, Calendar.MONDAY, -1));
        out.add(date(y, Calendar.JULY, 4));
        out.add(nthWeekday(y, Calendar.SEPTEMBER, Calendar.MONDAY, 1));
        out.add(nthWeekday(y, Calendar.NOVEMBER, Calendar.THURSDAY, 4));
        out.add(date(y, Calendar.DECEMBER, 25));
        return out;
    }

    static Date nthWeekday(int y, int month, int dow, int n) {
        Calendar c = Calendar.getInstance();
        c.clear();
        c.set(Calendar.YEAR, y);
        c.set(Calendar.MONTH, month);
        c.set(Calendar.DAY_OF_WEEK, dow);
        c.set(Calendar.DAY_OF_WEEK_IN_MONTH, n);
        return c.getTime();
    }

    static boolean isBusinessDay(Calendar c, List<Date> holidays) {
        int dow = c.get(Calendar.DAY_OF_WEEK);
        return dow != Calendar.SATURDAY && dow != Calendar.SUNDAY && !holidays.contains(c.getTime());
    }

    /** Moves a pay day back to the previous business day. */
    static Calendar adjust(Calendar c, List<Date> holidays) {
        Calendar p = (Calendar) c.clone();
        while (!isBusinessDay(p, holidays)) {
            p.add(Calendar.DATE, -1);
        }
        return p;
    }

    static void biweekly(List<Date> holidays) {
        System.out.println("Bi-weekly periods (first 6 and last 3):");
        Calendar start = new GregorianCalendar(YEAR - 1, Calendar.DECEMBER, 24);
        int n = 0;
        List<String> lines = new ArrayList<>();
        while (true) {
            Calendar end = (Calendar) start.clone();
            end.add(Calendar.DAY_OF_YEAR, 13);
            Calendar pay = (Calendar) end.clone();
            pay.add(Calendar.DAY_OF_WEEK, 5);
            if (pay.get(Calendar.YEAR) > YEAR) {
                break;
            }
            n++;
            if (pay.get(Calendar.YEAR) == YEAR) {
                lines.add(String.format("  #%02d %s - %s pay %s", n, DAY.format(start.getTime()),
                        DAY.format(end.getTime()), DAY.format(adjust(pay, holidays).getTime())));
            }
            start.add(Calendar.WEEK_OF_YEAR, 2);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i < 6 || i >= lines.size() - 3) {
                System.out.println(lines.get(i));
            }
        }
        System.out.println("  " + lines.size() + " pay days in " + YEAR);
    }

    static void semiMonthly(List<Date> holidays) {
        System.out.println("Semi-monthly pay days (15th and last day):");
        Calendar c = new GregorianCalendar(YEAR, Calendar.JANUARY, 15);
        StringBuilder sb = new StringBuilder();
        for (int m = 0; m < 12; m++) {
            c.set(Calendar.MONTH, m);
            c.set(Calendar.DAY_OF_MONTH, 15);
            Calendar mid = adjust(c, holidays);
            c.set(Calendar.DAY_OF_MONTH, c.getActualMaximum(Calendar.DAY_OF_MONTH));
            Calendar last = adjust(c, holidays);
            sb.append(String.format("  %tb: %2d and %2d%n", c.getTimeInMillis(), mid.get(Calendar.DATE),
                    last.get(Calendar.DATE)));
        }
        System.out.print(sb);
    }

    static void monthlyLastBusinessDay(List<Date> holidays) {
        DateFormat medium = DateFormat.getDateInstance(DateFormat.MEDIUM, Locale.US);
        Calendar c = Calendar.getInstance();
        c.setTime(date(YEAR, Calendar.JANUARY, 31));
        System.out.println("Monthly (add MONTH keeps the end of month pinned):");
        for (int q = 1; q <= 4; q++) {
            StringBuilder sb = new StringBuilder("  Q" + q + ":");
            for (int k = 0; k < 3; k++) {
                sb.append(' ').append(medium.format(adjust(c, holidays).getTime()));
                c.add(Calendar.MONTH, 1);
                c.set(Calendar.DAY_OF_MONTH, c.getActualMaximum(Calendar.DAY_OF_MONTH));
            }
            System.out.println(sb);
        }
    }

    static void weekNumbers() {
        int[][] days = {{2024, 0, 1}, {2024, 11, 29}, {2024, 11, 30}, {2026, 0, 1}, {2027, 0, 3}, {2020, 11, 31}};
        for (int[] d : days) {
            Calendar us = Calendar.getInstance(Locale.US);
            Calendar uk = Calendar.getInstance(Locale.UK);
            us.clear();
            uk.clear();
            us.set(d[0], d[1], d[2]);
            uk.set(d[0], d[1], d[2]);
            System.out.printf("  %s: US week %d/%d (of %d, month week %d), ISO week %d of %d (of %d)%n",
                    DAY.format(us.getTime()), us.get(Calendar.WEEK_OF_YEAR), us.getWeekYear(),
                    us.getActualMaximum(Calendar.WEEK_OF_YEAR), us.get(Calendar.WEEK_OF_MONTH),
                    uk.get(Calendar.WEEK_OF_YEAR), uk.getWeekYear(), uk.getWeeksInWeekYear());
        }
        SimpleDateFormat iso = new SimpleDateFormat("YYYY-'W'ww-u", Locale.UK);
        Calendar c = new GregorianCalendar(2024, Calendar.DECEMBER, 28);
        for (int i = 0; i < 5; i++) {
            iso.setCalendar(Calendar.getInstance(Locale.UK));
            System.out.println("  " + DAY.format(c.getTime()) + " = " + iso.format(c.getTime()));
            c.add(Calendar.DATE, 1);
        }
    }

    static void rolls() {
        Calendar c = new GregorianCalendar(YEAR, Calendar.JANUARY, 31, 17, 45);
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm (EEE, 'week' w, 'day' D)", Locale.US);
        System.out.println("Rolls from " + f.format(c.getTime()));
        int[][] steps = {{Calendar.MONTH, 1}, {Calendar.DAY_OF_MONTH, 10}, {Calendar.DAY_OF_WEEK, -3},
            {Calendar.WEEK_OF_MONTH, 2}, {Calendar.HOUR_OF_DAY, 9}, {Calendar.MINUTE, 30}, {Calendar.DAY_OF_YEAR, -60},
            {Calendar.WEEK_OF_YEAR, 10}, {Calendar.AM_PM, 1}, {Calendar.HOUR, 5}, {Calendar.DAY_OF_WEEK_IN_MONTH, 2}};
        String[] names = {"MONTH", "DAY_OF_MONTH", "DAY_OF_WEEK", "WEEK_OF_MONTH", "HOUR_OF_DAY", "MINUTE",
            "DAY_OF_YEAR", "WEEK_OF_YEAR", "AM_PM", "HOUR", "DAY_OF_WEEK_IN_MONTH"};
        for (int i = 0; i < steps.length; i++) {
            c.roll(steps[i][0], steps[i][1]);
            System.out.printf("  roll %-20s %+3d -> %s%n", names[i], steps[i][1], f.format(c.getTime()));
        }
        c.roll(Calendar.MONTH, false);
        System.out.println("  roll MONTH down -> " + f.format(c.getTime()));
        System.out.println("  limits: " + c.getMinimum(Calendar.DAY_OF_MONTH) + ".." + c.getMaximum(Calendar.DAY_OF_MONTH)
                + ", least max " + c.getLeastMaximum(Calendar.DAY_OF_MONTH) + ", actual " + c.getActualMaximum(Calendar.DAY_OF_MONTH)
                + ", weeks in month " + c.getActualMaximum(Calendar.WEEK_OF_MONTH));
    }
}
