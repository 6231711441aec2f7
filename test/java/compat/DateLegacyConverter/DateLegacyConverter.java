// env: TZ=Asia/Tokyo
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Migrates a small legacy record store from java.util.Date/Calendar to java.time: converts in both
 * directions, checks round trips, and shows where the two APIs disagree (Julian dates before 1582,
 * the default zone, deprecated Date accessors).
 */
public class DateLegacyConverter {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) {
        System.out.println("default: " + TimeZone.getDefault().getID() + " " + ZoneId.systemDefault() + " "
                + System.getProperty("user.timezone"));
        long[] stamps = {0L, 951782400000L, 1709251199999L, -12219292800000L - 1, 4102444800000L, -62135596800000L};
        for (long ms : stamps) {
            Date d = new Date(ms);
            Instant i = d.toInstant();
            ZonedDateTime z = i.atZone(ZoneId.systemDefault());
            GregorianCalendar g = new GregorianCalendar();
            g.setTime(d);
            ZonedDateTime viaCal = g.toZonedDateTime();
            GregorianCalendar back = GregorianCalendar.from(viaCal);
            System.out.println(d + " | " + i + " | " + z.toLocalDateTime() + " | cal " + g.get(Calendar.YEAR) + "-"
                    + (g.get(Calendar.MONTH) + 1) + "-" + g.get(Calendar.DAY_OF_MONTH) + " | back "
                    + back.get(Calendar.YEAR) + "-" + (back.get(Calendar.MONTH) + 1) + "-"
                    + back.get(Calendar.DAY_OF_MONTH) + " eq " + Date.from(i).equals(d) + " "
                    + (back.getTimeInMillis() == ms));
        }
        // legacy record: deprecated constructor and accessors
        Date hired = new Date(99, 11, 31, 23, 59, 30);
        System.out.println("hired " + hired + " year " + hired.getYear() + " month " + hired.getMonth() + " date "
                + hired.getDate() + " day " + hired.getDay() + " " + hired.getHours() + ":" + hired.getMinutes() + ":"
                + hired.getSeconds() + " tzoffset " + hired.getTimezoneOffset());
        hired.setMonth(13);
        hired.setDate(0);
        System.out.println("adjusted " + hired + " gmt " + hired.toGMTString() + " locale " + hired.toLocaleString());
        System.out.println("UTC(124,1,29,12,0,0) = " + Date.UTC(124, 1, 29, 12, 0, 0));
        Date a = new Date(1000);
        Date b = (Date) a.clone();
        b.setTime(2000);
        System.out.println(a.before(b) + " " + a.after(b) + " " + a.compareTo(b) + " " + b.compareTo(a) + " "
                + a.hashCode() + " " + new Date(-1L).hashCode() + " " + new Date(1L << 40).hashCode());
        // java.time -> legacy
        LocalDateTime ldt = LocalDateTime.of(2024, 2, 29, 18, 30);
        Date fromLocal = Date.from(ldt.atZone(ZoneId.systemDefault()).toInstant());
        Calendar cal = Calendar.getInstance(TimeZone.getTimeZone(ZoneId.of("Europe/Paris")), Locale.FRANCE);
        cal.setTime(fromLocal);
        System.out.println("Paris: " + cal.get(Calendar.HOUR_OF_DAY) + ":" + cal.get(Calendar.MINUTE) + " week "
                + cal.get(Calendar.WEEK_OF_YEAR) + " first day " + cal.getFirstDayOfWeek() + " min days "
                + cal.getMinimalDaysInFirstWeek() + " zone " + cal.getTimeZone().getID() + " -> "
                + cal.getTimeZone().toZoneId());
        System.out.println("US week " + Calendar.getInstance(Locale.US).getFirstDayOfWeek() + "/"
                + Calendar.getInstance(Locale.US).getMinimalDaysInFirstWeek() + " UK " + Calendar.getInstance(Locale.UK)
                .getFirstDayOfWeek() + "/" + Calendar.getInstance(Locale.UK).getMinimalDaysInFirstWeek());
        Calendar built = new Calendar.Builder().setTimeZone(TimeZone.getTimeZone("UTC")).setDate(2024, Calendar.MARCH, 1)
                .setTimeOfDay(9, 15, 0).build();
        System.out.println("builder " + built.getTimeInMillis() + " " + built.toInstant() + " "
                + (built instanceof GregorianCalendar));
        Calendar week = new Calendar.Builder().setWeekDefinition(Calendar.MONDAY, 4).setWeekDate(2025, 1, Calendar.MONDAY)
                .build();
        System.out.println("ISO week 2025-W01-1 = " + week.getTime() + " weekYear " + week.getWeekYear() + " weeks "
                + week.getWeeksInWeekYear());
        // changing the default zone changes java.time's view too
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        System.out.println("after setDefault: " + ZoneId.systemDefault() + " " + new Date(0) + " "
                + System.getProperty("user.timezone"));
        TimeZone.setDefault(null);
        System.out.println("after reset: " + TimeZone.getDefault().getID());
        for (String id : new String[] {"GMT+5", "GMT-0930", "GMT+0", "UTC", "EST", "HST", "CTT", "Z", "GMT+24:00"}) {
            TimeZone tz = TimeZone.getTimeZone(id);
            System.out.println(id + " -> " + tz.getID() + " " + tz.getRawOffset() + " " + tz.toZoneId() + " "
                    + TimeZone.getTimeZone(tz.toZoneId()).getID());
        }
        System.out.println(TimeZone.getTimeZone(ZoneId.of("+03:00")).getID() + " "
                + TimeZone.getTimeZone(ZoneId.of("Z")).getID());
        System.out.println(TimeZone.getAvailableIDs().length + " ids, " + TimeZone.getAvailableIDs(-3 * 3600000).length
                + " at -3h; first " + TimeZone.getAvailableIDs()[0]);
        LocalDate julian = LocalDate.of(1582, 10, 10);
        GregorianCalendar j = new GregorianCalendar(1582, Calendar.OCTOBER, 10);
        System.out.println("java.time " + julian + " vs Calendar " + j.toZonedDateTime().toLocalDate() + " "
                + DateTimeFormatter.ISO_LOCAL_DATE.format(j.toZonedDateTime()));
    }
}
