import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * An age calculator in the pre-java.time style: birthdays parsed with SimpleDateFormat, ages in
 * years/months/days computed with GregorianCalendar, leap-day birthdays, strict validation of
 * input dates, and a few historical dates across the 1582 Julian-Gregorian cutover.
 */
public class CalendarAgeCalculator {
    static final String[][] PEOPLE = {
        {"Ada", "1815-12-10"}, {"Leap Larry", "2000-02-29"}, {"Newborn", "2024-06-01"},
        {"Centenarian", "1924-06-02"}, {"Eve", "1999-12-31"}, {"Bad Month", "2001-13-01"},
        {"Bad Day", "2023-02-29"}, {"Typo", "19xx-01-01"},
    };

    public static void main(String[] args) throws ParseException {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        SimpleDateFormat in = new SimpleDateFormat("yyyy-MM-dd");
        in.setLenient(false);
        SimpleDateFormat out = new SimpleDateFormat("EEEE d MMMM yyyy (DDD'th day', 'week' w)");
        Calendar today = new GregorianCalendar(2024, Calendar.JUNE, 1, 12, 0);
        System.out.println("today: " + out.format(today.getTime()));
        for (String[] p : PEOPLE) {
            Date birth;
            try {
                birth = in.parse(p[1]);
            } catch (ParseException e) {
                System.out.println(p[0] + ": rejected " + e.getMessage() + " at " + e.getErrorOffset());
                continue;
            }
            Calendar b = Calendar.getInstance();
            b.setTime(birth);
            int[] age = age(b, today);
            Calendar next = nextBirthday(b, today);
            long days = Math.round((next.getTimeInMillis() - today.getTimeInMillis()) / 86400000.0);
            System.out.printf("%-12s born %s: %d y %d m %d d; next birthday %s (in %d days)%s%n", p[0],
                    out.format(birth), age[0], age[1], age[2], in.format(next.getTime()), days,
                    ((GregorianCalendar) b).isLeapYear(b.get(Calendar.YEAR)) ? ", leap year" : "");
        }
        strictChecks();
        history();
    }

    static int[] age(Calendar birth, Calendar now) {
        int years = now.get(Calendar.YEAR) - birth.get(Calendar.YEAR);
        int months = now.get(Calendar.MONTH) - birth.get(Calendar.MONTH);
        int days = now.get(Calendar.DAY_OF_MONTH) - birth.get(Calendar.DAY_OF_MONTH);
        if (days < 0) {
            months--;
            Calendar prev = (Calendar) now.clone();
            prev.add(Calendar.MONTH, -1);
            days += prev.getActualMaximum(Calendar.DAY_OF_MONTH);
        }
        if (months < 0) {
            years--;
            months += 12;
        }
        return new int[] {years, months, days};
    }

    static Calendar nextBirthday(Calendar birth, Calendar now) {
        Calendar next = (Calendar) now.clone();
        next.set(Calendar.HOUR_OF_DAY, 12);
        next.set(Calendar.MONTH, birth.get(Calendar.MONTH));
        int day = birth.get(Calendar.DAY_OF_MONTH);
        next.set(Calendar.DAY_OF_MONTH, Math.min(day, next.getActualMaximum(Calendar.DAY_OF_MONTH)));
        if (!next.after(now)) {
            next.add(Calendar.YEAR, 1);
            next.set(Calendar.DAY_OF_MONTH, Math.min(day, next.getActualMaximum(Calendar.DAY_OF_MONTH)));
        }
        return next;
    }

    static void strictChecks() {
        int[][] cases = {{2024, 1, 29, 10}, {2023, 1, 29, 10}, {2024, 12, 1, 0}, {2024, 5, 31, 0}, {2024, 3, 10, 24}};
        for (int[] c : cases) {
            GregorianCalendar g = new GregorianCalendar();
            g.setLenient(false);
            g.clear();
            g.set(c[0], c[1], c[2], c[3], 0);
            try {
                System.out.println("strict " + c[0] + "/" + c[1] + "/" + c[2] + " " + c[3] + "h -> " + g.getTime());
            } catch (IllegalArgumentException e) {
                System.out.println("strict " + c[0] + "/" + c[1] + "/" + c[2] + " " + c[3] + "h -> " + e.getMessage());
            }
            g.setLenient(true);
            System.out.println("  lenient -> " + g.getTime());
        }
    }

    static void history() {
        GregorianCalendar g = new GregorianCalendar(1582, Calendar.OCTOBER, 1);
        SimpleDateFormat f = new SimpleDateFormat("G yyyy-MM-dd EEE 'doy' D");
        for (int i = 0; i < 6; i++) {
            System.out.println(f.format(g.getTime()) + " max " + g.getActualMaximum(Calendar.DAY_OF_MONTH));
            g.add(Calendar.DAY_OF_MONTH, 2);
        }
        g = new GregorianCalendar(1582, Calendar.OCTOBER, 10);
        System.out.println("Julian Oct 10 1582 is " + f.format(g.getTime()));
        System.out.println("1582 has " + g.getActualMaximum(Calendar.DAY_OF_YEAR) + " days; 1500 leap? "
                + g.isLeapYear(1500) + "; 1700 leap? " + g.isLeapYear(1700) + "; 2000 leap? " + g.isLeapYear(2000));
        g = new GregorianCalendar(44, Calendar.MARCH, 15);
        g.set(Calendar.ERA, GregorianCalendar.BC);
        System.out.println("Ides of March: " + f.format(g.getTime()) + " / " + g.getTime());
        g.add(Calendar.YEAR, 50);
        System.out.println("50 years later: " + f.format(g.getTime()) + " era " + g.get(Calendar.ERA));
        g.setGregorianChange(new Date(Long.MIN_VALUE));
        System.out.println("proleptic: " + f.format(g.getTime()) + " cutover " + g.getGregorianChange().getTime());
    }
}
