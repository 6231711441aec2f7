import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.SimpleTimeZone;
import java.util.TimeZone;

/**
 * Schedules a weekly stand-up for a team spread over several zones with the legacy API: finds the
 * slot inside everyone's working hours, follows it across the spring and autumn DST changes of
 * both hemispheres, and prints each participant's local time, zone names and offsets.
 */
public class DateMeetingScheduler {
    static final String[] TEAM = {"America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata",
        "Australia/Sydney", "America/Sao_Paulo", "Asia/Kathmandu", "GMT+05:30", "PST", "Nowhere/Land"};

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        List<TimeZone> zones = new ArrayList<>();
        for (String id : TEAM) {
            TimeZone tz = TimeZone.getTimeZone(id);
            zones.add(tz);
            System.out.printf("%-18s -> %-18s raw %+6d min, dst %d min, uses DST %-5b observes %-5b %s / %s%n", id,
                    tz.getID(), tz.getRawOffset() / 60000, tz.getDSTSavings() / 60000, tz.useDaylightTime(),
                    tz.observesDaylightTime(), tz.getDisplayName(false, TimeZone.SHORT, Locale.US),
                    tz.getDisplayName(true, TimeZone.LONG, Locale.US));
        }
        zones = zones.subList(0, 5);
        int slot = findSlot(zones, new GregorianCalendar(2024, Calendar.JANUARY, 8));
        System.out.println("best UTC hour in January: " + slot);
        Calendar meeting = Calendar.getInstance(TimeZone.getTimeZone("America/New_York"), Locale.US);
        meeting.clear();
        meeting.set(2024, Calendar.JANUARY, 8, 8, 0);
        SimpleDateFormat utc = new SimpleDateFormat("yyyy-MM-dd HH:mm 'UTC'");
        for (int week = 0; week < 52; week += 1) {
            boolean interesting = week % 8 == 0 || week == 9 || week == 12 || week == 13 || week == 42 || week == 43;
            if (interesting) {
                StringBuilder sb = new StringBuilder(utc.format(meeting.getTime()));
                for (TimeZone tz : zones) {
                    SimpleDateFormat f = new SimpleDateFormat(" | EEE HH:mm z", Locale.US);
                    f.setTimeZone(tz);
                    sb.append(f.format(meeting.getTime()));
                }
                System.out.println(sb);
            }
            meeting.add(Calendar.WEEK_OF_YEAR, 1);
        }
        transitions(TimeZone.getTimeZone("Europe/London"), 2024);
        transitions(TimeZone.getTimeZone("Australia/Sydney"), 2024);
        custom();
    }

    /** The UTC hour at which the most participants are within 8:00-18:00 local time. */
    static int findSlot(List<TimeZone> zones, Calendar day) {
        int best = -1;
        int bestCount = -1;
        for (int h = 0; h < 24; h++) {
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.setTime(day.getTime());
            c.set(Calendar.HOUR_OF_DAY, h);
            int count = 0;
            for (TimeZone tz : zones) {
                Calendar local = Calendar.getInstance(tz);
                local.setTimeInMillis(c.getTimeInMillis());
                int lh = local.get(Calendar.HOUR_OF_DAY);
                if (lh >= 8 && lh < 18) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                best = h;
            }
        }
        return best;
    }

    /** Finds the DST changes of a year: day by day, then hour by hour on the day of a change. */
    static void transitions(TimeZone tz, int year) {
        Calendar c = new GregorianCalendar(tz);
        c.clear();
        c.set(year, Calendar.JANUARY, 1);
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss zzzz (XXX)", Locale.US);
        f.setTimeZone(tz);
        int prev = tz.getOffset(c.getTimeInMillis());
        while (c.get(Calendar.YEAR) == year) {
            c.add(Calendar.DAY_OF_MONTH, 1);
            if (tz.getOffset(c.getTimeInMillis()) == prev) {
                continue;
            }
            c.add(Calendar.DAY_OF_MONTH, -1);
            int now = prev;
            while (now == prev) {
                c.add(Calendar.HOUR_OF_DAY, 1);
                now = tz.getOffset(c.getTimeInMillis());
            }
            if (now != prev) {
                Date before = new Date(c.getTimeInMillis() - 1000);
                System.out.println(tz.getID() + ": " + f.format(before) + " -> " + f.format(c.getTime())
                        + " inDST=" + tz.inDaylightTime(c.getTime()));
                prev = now;
            }
        }
        Calendar gap = new GregorianCalendar(tz);
        gap.clear();
        if (tz.getID().startsWith("Europe")) {
            gap.set(year, Calendar.MARCH, 31, 1, 30);
        } else {
            gap.set(year, Calendar.OCTOBER, 6, 2, 30);
        }
        System.out.println("  wall 01:30/02:30 on the spring day reads as " + f.format(gap.getTime()));
        gap.add(Calendar.DAY_OF_MONTH, -1);
        System.out.println("  a day earlier: " + f.format(gap.getTime()));
        gap.add(Calendar.HOUR, 24);
        System.out.println("  24 hours later: " + f.format(gap.getTime()));
    }

    static void custom() {
        SimpleTimeZone us = new SimpleTimeZone(-5 * 3600000, "MyEastern", Calendar.MARCH, 8, -Calendar.SUNDAY,
                7200000, Calendar.NOVEMBER, 1, -Calendar.SUNDAY, 7200000);
        TimeZone real = TimeZone.getTimeZone("America/New_York");
        System.out.println(us);
        long t = new GregorianCalendar(2024, Calendar.JANUARY, 1).getTimeInMillis();
        int diffs = 0;
        for (int h = 0; h < 366 * 24; h += 3) {
            long at = t + h * 3600000L;
            if (us.getOffset(at) != real.getOffset(at)) {
                diffs++;
            }
        }
        System.out.println("hours where MyEastern differs from America/New_York in 2024: " + diffs);
        SimpleTimeZone south = new SimpleTimeZone(10 * 3600000, "MySydney", Calendar.OCTOBER, 1, -Calendar.SUNDAY,
                2 * 3600000, SimpleTimeZone.STANDARD_TIME, Calendar.APRIL, 1, -Calendar.SUNDAY, 2 * 3600000,
                SimpleTimeZone.STANDARD_TIME, 3600000);
        Calendar c = new GregorianCalendar(south);
        c.clear();
        c.set(2024, Calendar.JULY, 1, 9, 0);
        System.out.println("MySydney July 09:00 -> UTC " + c.getTimeInMillis() / 3600000 % 24 + "h, in DST "
                + south.inDaylightTime(c.getTime()) + ", offset " + south.getOffset(c.getTimeInMillis()));
        c.set(Calendar.MONTH, Calendar.DECEMBER);
        System.out.println("MySydney December 09:00 -> UTC " + c.getTimeInMillis() / 3600000 % 24 + "h, in DST "
                + south.inDaylightTime(c.getTime()) + ", name " + south.getDisplayName(true, TimeZone.SHORT, Locale.US));
        try {
            new SimpleTimeZone(0, "Bad", 13, 1, 0, 0, 1, 1, 0, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
