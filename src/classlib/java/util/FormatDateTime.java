/*
 * @fileoverview The date/time conversions of Formatter (%tY, %tH, %tc ...) for an instant given as
 * epoch milliseconds (a Long argument). Fields are computed as the JDK's GregorianCalendar does in
 * the default time zone, taken as UTC (Tern has no TimeZone yet; the test corpus runs with
 * TZ=UTC): Gregorian from 1582-10-15, Julian before, English names. Date, Calendar and
 * java.time TemporalAccessor arguments are not supported yet (they would supply the same fields).
 * Tern class library (own implementation of the Java SE 17 API).
 */
package java.util;

/** Calendar fields of one instant, and the text of each %t conversion. */
final class FormatDateTime {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    /** Julian day number of 1970-01-01, and of the first Gregorian day (1582-10-15). */
    private static final long EPOCH_JDN = 2440588;
    private static final long GREGORIAN_START_JDN = 2299161;

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

    private FormatDateTime(long millis) {
        this.millis = millis;
        long epochDay = Math.floorDiv(millis, 86_400_000L);
        long msOfDay = Math.floorMod(millis, 86_400_000L);
        hour = (int) (msOfDay / 3_600_000);
        minute = (int) (msOfDay / 60_000 % 60);
        second = (int) (msOfDay / 1000 % 60);
        milli = (int) (msOfDay % 1000);
        dayOfWeek = (int) Math.floorMod(epochDay + 4, 7L);
        long jdn = epochDay + EPOCH_JDN;
        int[] ymd = jdn >= GREGORIAN_START_JDN ? gregorian(jdn) : julian(jdn);
        int y = ymd[0];
        month = ymd[1];
        day = ymd[2];
        long firstOfYear = jdn >= GREGORIAN_START_JDN ? gregorianJdn(y, 1, 1) : julianJdn(y, 1, 1);
        if (y == 1582 && jdn >= GREGORIAN_START_JDN) {
            firstOfYear = julianJdn(1582, 1, 1);
        }
        dayOfYear = (int) (jdn - firstOfYear + 1);
        // the calendar's YEAR field counts within the era: 1 BC is year 1
        year = y <= 0 ? 1 - y : y;
    }

    private static long div(long a, long b) {
        return Math.floorDiv(a, b);
    }

    /** Gregorian (year, month, day) of a Julian day number (floor division: any year). */
    private static int[] gregorian(long jdn) {
        long a = jdn + 32044;
        long b = div(4 * a + 3, 146097);
        long c = a - div(146097 * b, 4);
        long d = div(4 * c + 3, 1461);
        long e = c - div(1461 * d, 4);
        long m = div(5 * e + 2, 153);
        return new int[] {(int) (100 * b + d - 4800 + div(m, 10)), (int) (m + 3 - 12 * div(m, 10)),
            (int) (e - div(153 * m + 2, 5) + 1)};
    }

    /** Julian-calendar (year, month, day) of a Julian day number. */
    private static int[] julian(long jdn) {
        long c = jdn + 32082;
        long d = div(4 * c + 3, 1461);
        long e = c - div(1461 * d, 4);
        long m = div(5 * e + 2, 153);
        return new int[] {(int) (d - 4800 + div(m, 10)), (int) (m + 3 - 12 * div(m, 10)), (int) (e - div(153 * m + 2, 5) + 1)};
    }

    private static long gregorianJdn(int y, int m, int d) {
        long a = div(14 - m, 12);
        long yy = y + 4800 - a;
        long mm = m + 12 * a - 3;
        return d + div(153 * mm + 2, 5) + 365 * yy + div(yy, 4) - div(yy, 100) + div(yy, 400) - 32045;
    }

    private static long julianJdn(int y, int m, int d) {
        long a = div(14 - m, 12);
        long yy = y + 4800 - a;
        long mm = m + 12 * a - 3;
        return d + div(153 * mm + 2, 5) + 365 * yy + div(yy, 4) - 32083;
    }

    /** The text of conversion {@code c} (one of Formatter's date/time conversion characters) at {@code millis}. */
    static String format(long millis, char c) {
        return new FormatDateTime(millis).text(c);
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
            case 'z':
                return "+0000";
            case 'Z':
                return "UTC";
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
