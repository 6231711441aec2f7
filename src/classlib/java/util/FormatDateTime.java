/*
 * @fileoverview The date/time conversions of Formatter (%tY, %tH, %tc ...) for a Long (epoch
 * milliseconds) or Date argument, read in the default time zone, or a Calendar argument, read in
 * its own zone, through GregorianCalendar's fields as the JDK does (Julian before 1582-10-15,
 * English names). java.time TemporalAccessor arguments are not supported yet.
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Calendar fields of one instant, and the text of each %t conversion. */
final class FormatDateTime {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    private final long millis;
    private final int year;
    private final int month;
    private final int day;
    private final int dayOfYear;
    private final int dayOfWeek;
    private final int hour;
    private final int minute;
    private final int second;
    private final int milli;
    private final int offsetMinutes;
    private final String zoneName;

    private FormatDateTime(Calendar cal) {
        millis = cal.getTimeInMillis();
        hour = cal.get(Calendar.HOUR_OF_DAY);
        minute = cal.get(Calendar.MINUTE);
        second = cal.get(Calendar.SECOND);
        milli = cal.get(Calendar.MILLISECOND);
        dayOfWeek = cal.get(Calendar.DAY_OF_WEEK) - 1;
        year = cal.get(Calendar.YEAR);
        month = cal.get(Calendar.MONTH) + 1;
        day = cal.get(Calendar.DAY_OF_MONTH);
        dayOfYear = cal.get(Calendar.DAY_OF_YEAR);
        int dst = cal.get(Calendar.DST_OFFSET);
        offsetMinutes = (cal.get(Calendar.ZONE_OFFSET) + dst) / 60000;
        zoneName = cal.getTimeZone().getDisplayName(dst != 0, TimeZone.SHORT, Locale.US);
    }

    /** The text of conversion {@code c} (one of Formatter's date/time conversion characters) at {@code millis}. */
    static String format(long millis, char c) {
        Calendar cal = Calendar.getInstance(TimeZone.getDefaultRef(), Locale.US);
        cal.setTimeInMillis(millis);
        return new FormatDateTime(cal).text(c);
    }

    /** The text of conversion {@code c} for a Calendar, in its own zone. */
    static String format(Calendar cal, char c) {
        return new FormatDateTime(cal).text(c);
    }

    private static String pad(long v, int width) {
        String s = Long.toString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    private String text(char c) {
        switch (c) {
            case 'H':
                return pad(hour, 2);
            case 'I':
                return pad(hour % 12 == 0 ? 12 : hour % 12, 2);
            case 'k':
                return Integer.toString(hour);
            case 'l':
                return Integer.toString(hour % 12 == 0 ? 12 : hour % 12);
            case 'M':
                return pad(minute, 2);
            case 'S':
                return pad(second, 2);
            case 'L':
                return pad(milli, 3);
            case 'N':
                return pad(milli * 1_000_000L, 9);
            case 'p':
                return hour < 12 ? "am" : "pm";
            case 'z': {
                int m = Math.abs(offsetMinutes);
                return (offsetMinutes < 0 ? "-" : "+") + pad(m / 60, 2) + pad(m % 60, 2);
            }
            case 'Z':
                return zoneName;
            case 's':
                return Long.toString(millis / 1000);
            case 'Q':
                return Long.toString(millis);
            case 'B':
                return MONTHS[month - 1];
            case 'b':
            case 'h':
                return MONTHS[month - 1].substring(0, 3);
            case 'A':
                return DAYS[dayOfWeek];
            case 'a':
                return DAYS[dayOfWeek].substring(0, 3);
            case 'C':
                return pad(year / 100, 2);
            case 'Y':
                return pad(year, 4);
            case 'y':
                return pad(year % 100, 2);
            case 'j':
                return pad(dayOfYear, 3);
            case 'm':
                return pad(month, 2);
            case 'd':
                return pad(day, 2);
            case 'e':
                return Integer.toString(day);
            case 'R':
                return text('H') + ":" + text('M');
            case 'T':
                return text('H') + ":" + text('M') + ":" + text('S');
            case 'r':
                return text('I') + ":" + text('M') + ":" + text('S') + " " + text('p').toUpperCase();
            case 'D':
                return text('m') + "/" + text('d') + "/" + text('y');
            case 'F':
                return text('Y') + "-" + text('m') + "-" + text('d');
            default: // 'c'
                return text('a') + " " + text('b') + " " + text('d') + " " + text('T') + " " + text('Z') + " " + text('Y');
        }
    }
}
