/*
 * Tern class library: java.util.Date, an instant in epoch milliseconds. The deprecated field
 * accessors and constructors work through a lenient GregorianCalendar in the default zone (so the
 * Julian calendar applies before 1582-10-15, as in the JDK); toString prints HotSpot's
 * "EEE MMM dd HH:mm:ss zzz yyyy" with the zone's short English name. Date(String) and Date.parse
 * are not provided.
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
