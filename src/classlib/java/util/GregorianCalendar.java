/*
 * Tern class library: java.util.GregorianCalendar, the hybrid Julian/Gregorian calendar (Julian
 * before the cutover, 1582-10-15 by default). Fields are computed from the epoch day
 * (CalendarMath); which fields a lenient computeTime uses is decided by the stamps Calendar.set
 * records (the most recently set combination wins, ties go to DAY_OF_MONTH, then WEEK_OF_MONTH,
 * DAY_OF_WEEK_IN_MONTH, WEEK_OF_YEAR, DAY_OF_YEAR). A local time in a DST gap or overlap is read
 * with the offset after the wall-clock transition, and add() of day-based fields keeps the old
 * offset when it can, which are HotSpot's observed results.
 */
package java.util;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;

public class GregorianCalendar extends Calendar {
    private static final long serialVersionUID = -8125100834729963327L;

    public static final int BC = 0;
    public static final int AD = 1;

    private static final long DAY = 86400000L;
    private static final long DEFAULT_CUTOVER = -12219292800000L;

    private static final int[] MIN_VALUES = {0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, -46800000, 0};
    private static final int[] LEAST_MAX_VALUES = {1, 292269054, 11, 50, 3, 28, 355, 7, 3, 1, 11, 23, 59, 59, 999,
        50400000, 1200000};
    private static final int[] MAX_VALUES = {1, 292278994, 11, 53, 6, 31, 366, 7, 6, 1, 11, 23, 59, 59, 999,
        50400000, 7200000};

    private long gregorianCutover = DEFAULT_CUTOVER;
    private transient long cutoverFd = Math.floorDiv(DEFAULT_CUTOVER, DAY);
    private transient long cutoverYear = 1582;

    public GregorianCalendar() {
        this(TimeZone.getDefault(), Locale.getDefault(Locale.Category.FORMAT));
    }

    public GregorianCalendar(TimeZone zone) {
        this(zone, Locale.getDefault(Locale.Category.FORMAT));
    }

    public GregorianCalendar(Locale aLocale) {
        this(TimeZone.getDefault(), aLocale);
    }

    public GregorianCalendar(TimeZone zone, Locale aLocale) {
        super(zone, aLocale);
        setTimeInMillis(System.currentTimeMillis());
    }

    public GregorianCalendar(int year, int month, int dayOfMonth) {
        this(year, month, dayOfMonth, 0, 0, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {
        this(year, month, dayOfMonth, hourOfDay, minute, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second) {
        this(year, month, dayOfMonth, hourOfDay, minute, second, 0);
    }

    GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second, int millis) {
        super(TimeZone.getDefault(), Locale.getDefault(Locale.Category.FORMAT));
        set(YEAR, year);
        set(MONTH, month);
        set(DAY_OF_MONTH, dayOfMonth);
        if (hourOfDay >= 12 && hourOfDay <= 23) {
            internalSet(AM_PM, PM);
            internalSet(HOUR, hourOfDay - 12);
        } else {
            internalSet(HOUR, hourOfDay);
        }
        stamp[AM_PM] = COMPUTED;
        stamp[HOUR] = COMPUTED;
        isSet[AM_PM] = true;
        isSet[HOUR] = true;
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
        set(SECOND, second);
        internalSet(MILLISECOND, millis);
    }

    public void setGregorianChange(Date date) {
        long cutover = date.getTime();
        if (cutover == gregorianCutover) {
            return;
        }
        complete();
        gregorianCutover = cutover;
        cutoverFd = Math.floorDiv(cutover, DAY);
        cutoverYear = CalendarMath.gregorianFromFixed(cutoverFd)[0];
        areFieldsSet = false;
        complete();
    }

    public final Date getGregorianChange() {
        return new Date(gregorianCutover);
    }

    public boolean isLeapYear(int year) {
        if ((year & 3) != 0) {
            return false;
        }
        if (year > cutoverYear) {
            return CalendarMath.isGregorianLeap(year);
        }
        if (year < cutoverYear) {
            return true;
        }
        return CalendarMath.isGregorianLeap(year);
    }

    @Override
    public String getCalendarType() {
        return "gregory";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GregorianCalendar && super.equals(obj)
                && gregorianCutover == ((GregorianCalendar) obj).gregorianCutover;
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ (int) cutoverFd;
    }

    // ---- calendar arithmetic (astronomical years, months 0..11 here) ----

    /** The fixed date of y-(month0+1)-day in the hybrid calendar; month and day may be out of range. */
    private long fixedFor(long y, long month0, long day) {
        y += Math.floorDiv(month0, 12);
        int m = (int) Math.floorMod(month0, 12) + 1;
        if (y > cutoverYear) {
            return CalendarMath.fixedFromGregorian(y, m, day);
        }
        if (y < cutoverYear - 1 || cutoverYear == Long.MIN_VALUE) {
            return CalendarMath.fixedFromJulian(y, m, day);
        }
        long g = CalendarMath.fixedFromGregorian(y, m, 1) + day - 1;
        return g >= cutoverFd ? g : CalendarMath.fixedFromJulian(y, m, day);
    }

    private long[] dateOf(long fd) {
        return fd >= cutoverFd ? CalendarMath.gregorianFromFixed(fd) : CalendarMath.julianFromFixed(fd);
    }

    private long yearStart(long y) {
        return fixedFor(y, 0, 1);
    }

    private int monthLength(long y, int month0) {
        long last = fixedFor(y, month0 + 1, 1) - 1;
        return (int) dateOf(last)[2];
    }

    private int yearLength(long y) {
        return (int) (yearStart(y + 1) - yearStart(y));
    }

    /** The first day of week 1 of the period (month or year) starting at {@code start}. */
    private long weekOneStart(long start) {
        int off = Math.floorMod(CalendarMath.dayOfWeek(start) - getFirstDayOfWeek(), 7);
        long s = start - off;
        return 7 - off >= getMinimalDaysInFirstWeek() ? s : s + 7;
    }

    private long weekNumber(long periodStart, long fd) {
        return Math.floorDiv(fd - weekOneStart(periodStart), 7) + 1;
    }

    private long astronomicalYear() {
        int year = internalGet(YEAR);
        return internalGet(ERA) == BC ? 1 - (long) year : year;
    }

    private long fixedDate() {
        return fixedFor(astronomicalYear(), internalGet(MONTH), internalGet(DAY_OF_MONTH));
    }

    // ---- time -> fields ----

    @Override
    protected void computeFields() {
        TimeZone tz = getTimeZone();
        int total = tz.getOffset(time);
        int raw = tz instanceof TzdbTimeZone ? ((TzdbTimeZone) tz).rawOffsetAt(time) : tz.getRawOffset();
        fillFields(time + total);
        internalSet(ZONE_OFFSET, raw);
        internalSet(DST_OFFSET, total - raw);
    }

    /** Sets every field but the zone fields from local milliseconds. */
    private void fillFields(long local) {
        long fd = Math.floorDiv(local, DAY);
        int tod = (int) Math.floorMod(local, DAY);
        long[] d = dateOf(fd);
        long y = d[0];
        int month0 = (int) d[1] - 1;
        int dom = (int) d[2];
        internalSet(ERA, y > 0 ? AD : BC);
        internalSet(YEAR, (int) (y > 0 ? y : 1 - y));
        internalSet(MONTH, month0);
        internalSet(DAY_OF_MONTH, dom);
        internalSet(DAY_OF_WEEK, CalendarMath.dayOfWeek(fd));
        long ys = yearStart(y);
        internalSet(DAY_OF_YEAR, (int) (fd - ys + 1));
        long woy = weekNumber(ys, fd);
        if (woy < 1) {
            woy = weekNumber(yearStart(y - 1), fd);
        } else if (fd >= weekOneStart(yearStart(y + 1))) {
            woy = 1;
        }
        internalSet(WEEK_OF_YEAR, (int) woy);
        internalSet(WEEK_OF_MONTH, (int) weekNumber(fixedFor(y, month0, 1), fd));
        internalSet(DAY_OF_WEEK_IN_MONTH, (dom - 1) / 7 + 1);
        int h = tod / 3600000;
        internalSet(HOUR_OF_DAY, h);
        internalSet(AM_PM, h / 12);
        internalSet(HOUR, h % 12);
        internalSet(MINUTE, tod / 60000 % 60);
        internalSet(SECOND, tod / 1000 % 60);
        internalSet(MILLISECOND, tod % 1000);
    }

    // ---- fields -> time ----

    private int value(int field, int dflt) {
        return stamp[field] == UNSET ? dflt : internalGet(field);
    }

    @Override
    protected void computeTime() {
        if (!isLenient()) {
            for (int f = 0; f < FIELD_COUNT; f++) {
                int v = internalGet(f);
                if (isExternallySet(f) && (v < getMinimum(f) || v > getMaximum(f))) {
                    throw new IllegalArgumentException(FIELD_NAMES[f]);
                }
            }
        }
        int year = value(YEAR, 1970);
        long y = value(ERA, AD) == BC ? 1 - (long) year : year;
        long fd = resolveDate(y);
        long tod = resolveTimeOfDay();
        fd += Math.floorDiv(tod, DAY);
        tod = Math.floorMod(tod, DAY);
        long local = fd * DAY + tod;
        int offset = localOffset(local);
        long millis = local - offset;
        if (!isLenient()) {
            int[] original = fields.clone();
            long saved = time;
            time = millis;
            fillFields(local); // with the offset used, which may be one the user set
            for (int f = 0; f < ZONE_OFFSET; f++) { // zone fields set by the user are kept, not checked
                if (isExternallySet(f) && original[f] != internalGet(f)) {
                    String s = original[f] + " -> " + internalGet(f);
                    System.arraycopy(original, 0, fields, 0, FIELD_COUNT);
                    time = saved;
                    throw new IllegalArgumentException(FIELD_NAMES[f] + ": " + s);
                }
            }
        }
        time = millis;
    }

    private long resolveDate(long y) {
        int sDom = stamp[DAY_OF_MONTH];
        int sDow = stamp[DAY_OF_WEEK];
        int sWom = stamp[WEEK_OF_MONTH] > UNSET ? Math.max(stamp[WEEK_OF_MONTH], sDow) : UNSET;
        int sDowim = stamp[DAY_OF_WEEK_IN_MONTH] > UNSET ? Math.max(stamp[DAY_OF_WEEK_IN_MONTH], sDow) : UNSET;
        int sWoy = stamp[WEEK_OF_YEAR] > UNSET ? Math.max(stamp[WEEK_OF_YEAR], sDow) : UNSET;
        int sDoy = stamp[DAY_OF_YEAR];
        int[] candidates = {sDom, sWom, sDowim, sWoy, sDoy};
        int best = 0;
        for (int i = 1; i < candidates.length; i++) {
            if (candidates[i] > candidates[best]) {
                best = i;
            }
        }
        if (candidates[best] == UNSET && sDow != UNSET) {
            best = 5; // DAY_OF_WEEK alone: its first occurrence in the month
        }
        int month = value(MONTH, JANUARY);
        int fdw = getFirstDayOfWeek();
        int dow = value(DAY_OF_WEEK, fdw);
        switch (best) {
            case 1: {
                long w1 = weekOneStart(fixedFor(y, month, 1));
                return w1 + (value(WEEK_OF_MONTH, 1) - 1L) * 7 + Math.floorMod(dow - fdw, 7);
            }
            case 2:
            case 5: {
                int n = value(DAY_OF_WEEK_IN_MONTH, 1);
                if (n > 0 || stamp[DAY_OF_WEEK_IN_MONTH] == UNSET) {
                    long start = fixedFor(y, month, 1);
                    long first = start + Math.floorMod(dow - CalendarMath.dayOfWeek(start), 7);
                    return first + (n - 1L) * 7;
                }
                long last = fixedFor(y, month + 1L, 1) - 1;
                long lastDow = last - Math.floorMod(CalendarMath.dayOfWeek(last) - dow, 7);
                return lastDow + (n + 1L) * 7;
            }
            case 3: {
                long w1 = weekOneStart(yearStart(y));
                return w1 + (value(WEEK_OF_YEAR, 1) - 1L) * 7 + Math.floorMod(dow - fdw, 7);
            }
            case 4:
                return yearStart(y) + value(DAY_OF_YEAR, 1) - 1L;
            default:
                return fixedFor(y, month, value(DAY_OF_MONTH, 1));
        }
    }

    private long resolveTimeOfDay() {
        long h;
        int sHod = stamp[HOUR_OF_DAY];
        int sHalf = Math.max(stamp[AM_PM], stamp[HOUR]);
        if (sHalf > sHod) {
            h = value(AM_PM, AM) * 12L + value(HOUR, 0);
        } else {
            h = value(HOUR_OF_DAY, 0);
        }
        return ((h * 60 + value(MINUTE, 0)) * 60 + value(SECOND, 0)) * 1000 + value(MILLISECOND, 0);
    }

    /** The zone offset of local milliseconds, honouring ZONE_OFFSET/DST_OFFSET set by the user. */
    private int localOffset(long local) {
        TimeZone tz = getTimeZone();
        int offset;
        int raw;
        if (tz instanceof TzdbTimeZone) {
            TzdbTimeZone z = (TzdbTimeZone) tz;
            offset = z.wallOffset(local);
            raw = z.rawOffsetAt(local - offset);
        } else {
            raw = tz.getRawOffset();
            offset = tz.getOffset(local - raw);
        }
        boolean userZone = isExternallySet(ZONE_OFFSET);
        boolean userDst = isExternallySet(DST_OFFSET);
        if (userZone || userDst) {
            int dst = offset - raw;
            if (userZone) {
                raw = internalGet(ZONE_OFFSET);
            }
            if (userDst) {
                dst = internalGet(DST_OFFSET);
            }
            offset = raw + dst;
        }
        return offset;
    }

    // ---- add and roll ----

    @Override
    public void add(int field, int amount) {
        if (amount == 0) {
            return;
        }
        if (field < 0 || field >= ZONE_OFFSET) {
            throw new IllegalArgumentException();
        }
        complete();
        switch (field) {
            case ERA: {
                int era = internalGet(ERA) + amount;
                set(ERA, era < BC ? BC : era > AD ? AD : era);
                pinDayOfMonth();
                return;
            }
            case YEAR:
                setYearMonth(astronomicalYear() + amount, internalGet(MONTH));
                return;
            case MONTH: {
                long m = (long) internalGet(MONTH) + amount;
                setYearMonth(astronomicalYear() + Math.floorDiv(m, 12), (int) Math.floorMod(m, 12));
                return;
            }
            case HOUR:
            case HOUR_OF_DAY:
                setTimeInMillis(time + amount * 3600000L);
                return;
            case MINUTE:
                setTimeInMillis(time + amount * 60000L);
                return;
            case SECOND:
                setTimeInMillis(time + amount * 1000L);
                return;
            case MILLISECOND:
                setTimeInMillis(time + amount);
                return;
            default:
                break;
        }
        long delta;
        long half = 0;
        switch (field) {
            case WEEK_OF_YEAR:
            case WEEK_OF_MONTH:
            case DAY_OF_WEEK_IN_MONTH:
                delta = amount * 7L;
                break;
            case AM_PM:
                delta = amount / 2;
                half = amount % 2;
                break;
            default:
                delta = amount;
                break;
        }
        int oldOffset = internalGet(ZONE_OFFSET) + internalGet(DST_OFFSET);
        long newLocal = time + oldOffset + delta * DAY + half * 12 * 3600000L;
        long millis = newLocal - oldOffset;
        int offset2 = getTimeZone().getOffset(millis);
        if (offset2 != oldOffset) {
            millis = newLocal - offset2;
        }
        setTimeInMillis(millis);
    }

    private void setYearMonth(long y, int month0) {
        if (y > 0) {
            set(ERA, AD);
            set(YEAR, (int) y);
        } else {
            set(ERA, BC);
            set(YEAR, (int) (1 - y));
        }
        set(MONTH, month0);
        pinDayOfMonth();
    }

    private void pinDayOfMonth() {
        int len = monthLength(astronomicalYear(), internalGet(MONTH));
        if (internalGet(DAY_OF_MONTH) > len) {
            set(DAY_OF_MONTH, len);
        }
    }

    @Override
    public void roll(int field, boolean up) {
        roll(field, up ? 1 : -1);
    }

    @Override
    public void roll(int field, int amount) {
        if (amount == 0) {
            return;
        }
        if (field < 0 || field >= ZONE_OFFSET) {
            throw new IllegalArgumentException();
        }
        complete();
        long fd = fixedDate();
        long y = astronomicalYear();
        int month = internalGet(MONTH);
        switch (field) {
            case ERA:
                set(ERA, Math.floorMod(internalGet(ERA) + amount, 2));
                pinDayOfMonth();
                return;
            case YEAR:
                set(YEAR, (int) (Math.floorMod(internalGet(YEAR) - 1L + amount, (long) MAX_VALUES[YEAR]) + 1));
                pinDayOfMonth();
                return;
            case MONTH:
                set(MONTH, Math.floorMod(month + amount, 12));
                pinDayOfMonth();
                return;
            case DAY_OF_MONTH:
                set(DAY_OF_MONTH, Math.floorMod(internalGet(DAY_OF_MONTH) - 1 + amount, monthLength(y, month)) + 1);
                return;
            case DAY_OF_YEAR:
                set(DAY_OF_YEAR, Math.floorMod(internalGet(DAY_OF_YEAR) - 1 + amount, yearLength(y)) + 1);
                return;
            case DAY_OF_WEEK: {
                int fdw = getFirstDayOfWeek();
                int idx = Math.floorMod(internalGet(DAY_OF_WEEK) - fdw, 7);
                int ni = Math.floorMod(idx + amount, 7);
                setDate(fd + ni - idx);
                return;
            }
            case WEEK_OF_MONTH: {
                long start = fixedFor(y, month, 1);
                long end = fixedFor(y, month + 1L, 1) - 1;
                long min = weekNumber(start, start);
                long max = weekNumber(start, end);
                long cur = internalGet(WEEK_OF_MONTH);
                long nw = Math.floorMod(cur - min + amount, max - min + 1) + min;
                long nfd = fd + (nw - cur) * 7;
                setDate(Math.max(start, Math.min(end, nfd)));
                return;
            }
            case WEEK_OF_YEAR: {
                long ys = yearStart(y);
                long ye = yearStart(y + 1) - 1;
                long max = weekNumber(ys, weekOneStart(ye + 1) - 1);
                long cur = internalGet(WEEK_OF_YEAR);
                if (cur == 1 && month == DECEMBER) {
                    cur = max + 1;
                }
                long nw = Math.floorMod(cur - 1 + amount, max) + 1;
                long nfd = fd + (nw - cur) * 7;
                setDate(Math.max(ys, Math.min(ye, nfd)));
                return;
            }
            case DAY_OF_WEEK_IN_MONTH: {
                int dom = internalGet(DAY_OF_MONTH);
                int len = monthLength(y, month);
                int first = (dom - 1) % 7 + 1;
                int count = (len - first) / 7 + 1;
                int cur = (dom - 1) / 7;
                set(DAY_OF_MONTH, first + Math.floorMod(cur + amount, count) * 7);
                return;
            }
            case AM_PM:
                if ((amount & 1) != 0) {
                    set(AM_PM, 1 - internalGet(AM_PM));
                }
                return;
            case HOUR:
                set(HOUR, Math.floorMod(internalGet(HOUR) + amount, 12));
                return;
            case HOUR_OF_DAY:
                set(HOUR_OF_DAY, Math.floorMod(internalGet(HOUR_OF_DAY) + amount, 24));
                return;
            case MINUTE:
            case SECOND:
                set(field, Math.floorMod(internalGet(field) + amount, 60));
                return;
            default:
                set(MILLISECOND, Math.floorMod(internalGet(MILLISECOND) + amount, 1000));
                return;
        }
    }

    /** Moves to another day, keeping the time of day (by the date fields, as set() would). */
    private void setDate(long fd) {
        long[] d = dateOf(fd);
        if (d[0] > 0) {
            set(ERA, AD);
            set(YEAR, (int) d[0]);
        } else {
            set(ERA, BC);
            set(YEAR, (int) (1 - d[0]));
        }
        set(MONTH, (int) d[1] - 1);
        set(DAY_OF_MONTH, (int) d[2]);
    }

    // ---- limits ----

    @Override
    public int getMinimum(int field) {
        return MIN_VALUES[field];
    }

    @Override
    public int getMaximum(int field) {
        return MAX_VALUES[field];
    }

    @Override
    public int getGreatestMinimum(int field) {
        return MIN_VALUES[field];
    }

    @Override
    public int getLeastMaximum(int field) {
        return LEAST_MAX_VALUES[field];
    }

    @Override
    public int getActualMinimum(int field) {
        return getMinimum(field);
    }

    @Override
    public int getActualMaximum(int field) {
        complete();
        long y = astronomicalYear();
        int month = internalGet(MONTH);
        switch (field) {
            case DAY_OF_MONTH:
                return monthLength(y, month);
            case DAY_OF_YEAR:
                return yearLength(y);
            case WEEK_OF_YEAR:
                return weeksInYear(y);
            case WEEK_OF_MONTH: {
                long start = fixedFor(y, month, 1);
                return (int) weekNumber(start, fixedFor(y, month + 1L, 1) - 1);
            }
            case DAY_OF_WEEK_IN_MONTH: {
                int first = (internalGet(DAY_OF_MONTH) - 1) % 7 + 1;
                return (monthLength(y, month) - first) / 7 + 1;
            }
            case YEAR:
                return internalGet(ERA) == BC ? 292269055 : MAX_VALUES[YEAR];
            default:
                return getMaximum(field);
        }
    }

    private int weeksInYear(long y) {
        return (int) weekNumber(yearStart(y), weekOneStart(yearStart(y + 1)) - 1);
    }

    // ---- week dates ----

    @Override
    public final boolean isWeekDateSupported() {
        return true;
    }

    @Override
    public int getWeekYear() {
        complete();
        long y = astronomicalYear();
        int woy = internalGet(WEEK_OF_YEAR);
        int month = internalGet(MONTH);
        if (woy == 1 && month == DECEMBER) {
            y++;
        } else if (woy >= 52 && month == JANUARY) {
            y--;
        }
        return (int) y;
    }

    @Override
    public void setWeekDate(int weekYear, int weekOfYear, int dayOfWeek) {
        if (dayOfWeek < SUNDAY || dayOfWeek > SATURDAY) {
            throw new IllegalArgumentException("invalid dayOfWeek: " + dayOfWeek);
        }
        complete();
        long fd = weekOneStart(yearStart(weekYear)) + (weekOfYear - 1L) * 7
                + Math.floorMod(dayOfWeek - getFirstDayOfWeek(), 7);
        setDate(fd);
    }

    @Override
    public int getWeeksInWeekYear() {
        return weeksInYear(getWeekYear());
    }

    // ---- java.time ----

    public ZonedDateTime toZonedDateTime() {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli(getTimeInMillis()), getTimeZone().toZoneId());
    }

    public static GregorianCalendar from(ZonedDateTime zdt) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone(zdt.getZone()));
        cal.setGregorianChange(new Date(Long.MIN_VALUE));
        cal.setFirstDayOfWeek(MONDAY);
        cal.setMinimalDaysInFirstWeek(4);
        try {
            cal.setTimeInMillis(Math.addExact(Math.multiplyExact(zdt.toEpochSecond(), 1000),
                    zdt.get(ChronoField.MILLI_OF_SECOND)));
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(ex);
        }
        return cal;
    }

    @Override
    public Object clone() {
        return super.clone();
    }
}
