/*
 * Tern class library: java.util.Date, an instant in epoch milliseconds. The deprecated field
 * accessors and constructors work through a lenient GregorianCalendar in the default zone (so the
 * Julian calendar applies before 1582-10-15, as in the JDK); toString prints HotSpot's
 * "EEE MMM dd HH:mm:ss zzz yyyy" with the zone's short English name. Date(String) and Date.parse
 * follow the grammar the JDK documents for Date.parse (and its observable quirks: abbreviations
 * of at least two letters matched against the word table from its end, two-digit years placed in
 * the 100 years starting 80 years ago, "+hhmm"/"-hh" offsets only after the year for '-').
 */
package java.util;

import java.io.Serializable;
import java.time.Instant;

public class Date implements Serializable, Cloneable, Comparable<Date> {
    private static final long serialVersionUID = 7523967970034938905L;

    private transient long fastTime;
    /**
     * Fields changed by the deprecated setters and not yet normalized (null when fastTime is
     * current): like the JDK's pending calendar date, so setMonth(13) then setDate(0) act on the
     * same un-normalized month.
     */
    private transient GregorianCalendar cdate;

    public Date() {
        this(System.currentTimeMillis());
    }

    public Date(long date) {
        fastTime = date;
    }

    @Deprecated
    public Date(int year, int month, int date) {
        this(year, month, date, 0, 0, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min) {
        this(year, month, date, hrs, min, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min, int sec) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getDefaultRef(), Locale.getDefault(Locale.Category.FORMAT));
        cal.clear();
        cal.set(year + 1900, month, date, hrs, min, sec);
        fastTime = cal.getTimeInMillis();
    }

    @Override
    public Object clone() {
        getTime();
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Deprecated
    public Date(String s) {
        this(parse(s));
    }

    /** Words Date.parse knows, and what each means (ttb below): am/pm, days, months, zones. */
    private static final String[] WORDS = {
        "am", "pm",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
        "gmt", "ut", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"};
    /** 14 am, 1 pm, 0 ignored (days), 2-13 months, 10000 + minutes west of GMT for zones. */
    private static final int[] ACTIONS = {
        14, 1, 0, 0, 0, 0, 0, 0, 0,
        2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
        10000, 10000, 10000, 10000 + 5 * 60, 10000 + 4 * 60, 10000 + 6 * 60, 10000 + 5 * 60,
        10000 + 7 * 60, 10000 + 6 * 60, 10000 + 8 * 60, 10000 + 7 * 60};

    /**
     * Milliseconds since the epoch of a date in the old "Sat, 12 Aug 1995 13:30:00 GMT" family of
     * syntaxes (also "8/12/95 1:30 PM", "12 Aug 1995 13:30 -0500", ...); IllegalArgumentException
     * (no message) for anything else. Without a zone the default zone applies.
     */
    @Deprecated
    public static long parse(String s) {
        int year = Integer.MIN_VALUE;
        int mon = -1, mday = -1, hour = -1, min = -1, sec = -1;
        int c, i = 0, n, tzoffset = -1, prevc = 0;
        if (s == null) throw new IllegalArgumentException();
        int limit = s.length();
        while (i < limit) {
            c = s.charAt(i);
            i++;
            if (c <= ' ' || c == ',') continue;
            if (c == '(') { // comments nest
                int depth = 1;
                while (i < limit) {
                    c = s.charAt(i);
                    i++;
                    if (c == '(') depth++;
                    else if (c == ')' && --depth <= 0) break;
                }
                continue;
            }
            if ('0' <= c && c <= '9') {
                n = c - '0';
                while (i < limit && '0' <= (c = s.charAt(i)) && c <= '9') {
                    n = n * 10 + c - '0';
                    i++;
                }
                if (prevc == '+' || (prevc == '-' && year != Integer.MIN_VALUE)) {
                    // A zone offset: hh or hhmm; '+' is east of GMT.
                    n = n < 24 ? n * 60 : n % 100 + n / 100 * 60;
                    if (prevc == '+') n = -n;
                    if (tzoffset != 0 && tzoffset != -1) throw new IllegalArgumentException();
                    tzoffset = n;
                } else if (n >= 70) {
                    if (year != Integer.MIN_VALUE) throw new IllegalArgumentException();
                    if (c <= ' ' || c == ',' || c == '/' || i >= limit) year = n;
                    else throw new IllegalArgumentException();
                } else if (c == ':') {
                    if (hour < 0) hour = (byte) n;
                    else if (min < 0) min = (byte) n;
                    else throw new IllegalArgumentException();
                } else if (c == '/') {
                    if (mon < 0) mon = (byte) (n - 1);
                    else if (mday < 0) mday = (byte) n;
                    else throw new IllegalArgumentException();
                } else if (i < limit && c != ',' && c > ' ' && c != '-') {
                    throw new IllegalArgumentException();
                } else if (hour >= 0 && min < 0) {
                    min = (byte) n;
                } else if (min >= 0 && sec < 0) {
                    sec = (byte) n;
                } else if (mday < 0) {
                    mday = (byte) n;
                } else if (year == Integer.MIN_VALUE && mon >= 0 && mday >= 0) {
                    year = n; // a two-digit year below 70
                } else {
                    throw new IllegalArgumentException();
                }
                prevc = 0;
            } else if (c == '/' || c == ':' || c == '+' || c == '-') {
                prevc = c;
            } else {
                int st = i - 1;
                while (i < limit) {
                    c = s.charAt(i);
                    if (!('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z')) break;
                    i++;
                }
                if (i <= st + 1) throw new IllegalArgumentException();
                int k;
                for (k = WORDS.length; --k >= 0;) {
                    if (WORDS[k].regionMatches(true, 0, s, st, i - st)) {
                        int action = ACTIONS[k];
                        if (action != 0) {
                            if (action == 1) { // pm
                                if (hour > 12 || hour < 1) throw new IllegalArgumentException();
                                else if (hour < 12) hour += 12;
                            } else if (action == 14) { // am
                                if (hour > 12 || hour < 1) throw new IllegalArgumentException();
                                else if (hour == 12) hour = 0;
                            } else if (action <= 13) { // a month
                                if (mon < 0) mon = (byte) (action - 2);
                                else throw new IllegalArgumentException();
                            } else {
                                tzoffset = action - 10000;
                            }
                        }
                        break;
                    }
                }
                if (k < 0) throw new IllegalArgumentException();
                prevc = 0;
            }
        }
        if (year == Integer.MIN_VALUE || mon < 0 || mday < 0) throw new IllegalArgumentException();
        if (year < 100) {
            // Two-digit years fall in the 100 years starting 80 years before this one.
            int centuryStart = new GregorianCalendar(TimeZone.getDefaultRef(), Locale.ROOT).get(Calendar.YEAR) - 80;
            year += (centuryStart / 100) * 100;
            if (year < centuryStart) year += 100;
        }
        if (sec < 0) sec = 0;
        if (min < 0) min = 0;
        if (hour < 0) hour = 0;
        GregorianCalendar cal = new GregorianCalendar(tzoffset == -1 ? TimeZone.getDefaultRef() : TimeZone.getTimeZone("GMT"), Locale.ROOT);
        cal.clear();
        cal.set(year, mon, mday, hour, min, sec);
        long t = cal.getTimeInMillis();
        return tzoffset == -1 ? t : t + tzoffset * (60 * 1000L);
    }

    @Deprecated
    public static long UTC(int year, int month, int date, int hrs, int min, int sec) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("GMT"), Locale.ROOT);
        cal.clear();
        cal.set(year + 1900, month, date, hrs, min, sec);
        return cal.getTimeInMillis();
    }

    /** A calendar at this instant in the default zone. */
    private GregorianCalendar calendar() {
        getTime();
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getDefaultRef(), Locale.getDefault(Locale.Category.FORMAT));
        cal.setTimeInMillis(fastTime);
        return cal;
    }

    private int field(int f) {
        getTime();
        return calendar().get(f);
    }

    private void setField(int f, int value) {
        if (cdate == null) {
            cdate = calendar();
        }
        cdate.set(f, value);
    }

    @Deprecated
    public int getYear() {
        GregorianCalendar cal = calendar();
        int y = cal.get(Calendar.YEAR);
        if (cal.get(Calendar.ERA) == GregorianCalendar.BC) {
            y = 1 - y;
        }
        return y - 1900;
    }

    @Deprecated
    public void setYear(int year) {
        setField(Calendar.YEAR, year + 1900);
    }

    @Deprecated
    public int getMonth() {
        return field(Calendar.MONTH);
    }

    @Deprecated
    public void setMonth(int month) {
        setField(Calendar.MONTH, month);
    }

    @Deprecated
    public int getDate() {
        return field(Calendar.DAY_OF_MONTH);
    }

    @Deprecated
    public void setDate(int date) {
        setField(Calendar.DAY_OF_MONTH, date);
    }

    @Deprecated
    public int getDay() {
        return field(Calendar.DAY_OF_WEEK) - 1;
    }

    @Deprecated
    public int getHours() {
        return field(Calendar.HOUR_OF_DAY);
    }

    @Deprecated
    public void setHours(int hours) {
        setField(Calendar.HOUR_OF_DAY, hours);
    }

    @Deprecated
    public int getMinutes() {
        return field(Calendar.MINUTE);
    }

    @Deprecated
    public void setMinutes(int minutes) {
        setField(Calendar.MINUTE, minutes);
    }

    @Deprecated
    public int getSeconds() {
        return field(Calendar.SECOND);
    }

    @Deprecated
    public void setSeconds(int seconds) {
        setField(Calendar.SECOND, seconds);
    }

    public long getTime() {
        if (cdate != null) {
            fastTime = cdate.getTimeInMillis();
            cdate = null;
        }
        return fastTime;
    }

    public void setTime(long time) {
        fastTime = time;
        cdate = null;
    }

    public boolean before(Date when) {
        return getTime() < when.getTime();
    }

    public boolean after(Date when) {
        return getTime() > when.getTime();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Date && getTime() == ((Date) obj).getTime();
    }

    @Override
    public int compareTo(Date anotherDate) {
        return Long.compare(getTime(), anotherDate.getTime());
    }

    @Override
    public int hashCode() {
        long ht = getTime();
        return (int) ht ^ (int) (ht >> 32);
    }

    @Override
    public String toString() {
        TimeZone tz = TimeZone.getDefaultRef();
        GregorianCalendar cal = new GregorianCalendar(tz, Locale.US);
        cal.setTimeInMillis(getTime());
        StringBuilder sb = new StringBuilder(28);
        sb.append(DateNames.SHORT_WEEKDAYS[cal.get(Calendar.DAY_OF_WEEK) - 1]).append(' ');
        sb.append(DateNames.SHORT_MONTHS[cal.get(Calendar.MONTH)]).append(' ');
        two(sb, cal.get(Calendar.DAY_OF_MONTH)).append(' ');
        two(sb, cal.get(Calendar.HOUR_OF_DAY)).append(':');
        two(sb, cal.get(Calendar.MINUTE)).append(':');
        two(sb, cal.get(Calendar.SECOND)).append(' ');
        sb.append(tz.getDisplayName(cal.get(Calendar.DST_OFFSET) != 0, TimeZone.SHORT, Locale.US)).append(' ');
        sb.append(cal.get(Calendar.YEAR));
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }

    @Deprecated
    public String toLocaleString() {
        return java.text.DateFormat.getDateTimeInstance().format(this);
    }

    @Deprecated
    public String toGMTString() {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("GMT"), Locale.US);
        cal.setTimeInMillis(getTime());
        StringBuilder sb = new StringBuilder(32);
        sb.append(cal.get(Calendar.DAY_OF_MONTH)).append(' ');
        sb.append(DateNames.SHORT_MONTHS[cal.get(Calendar.MONTH)]).append(' ');
        sb.append(cal.get(Calendar.YEAR)).append(' ');
        two(sb, cal.get(Calendar.HOUR_OF_DAY)).append(':');
        two(sb, cal.get(Calendar.MINUTE)).append(':');
        two(sb, cal.get(Calendar.SECOND));
        return sb.append(" GMT").toString();
    }

    @Deprecated
    public int getTimezoneOffset() {
        GregorianCalendar cal = calendar();
        return -(cal.get(Calendar.ZONE_OFFSET) + cal.get(Calendar.DST_OFFSET)) / 60000;
    }

    public static Date from(Instant instant) {
        try {
            return new Date(instant.toEpochMilli());
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    public Instant toInstant() {
        return Instant.ofEpochMilli(getTime());
    }
}
