/*
 * Tern class library: java.util.Calendar. The state is the JDK's documented one (fields, isSet,
 * time, isTimeSet, areFieldsSet) plus a stamp per field recording the order fields were set, which
 * decides, as in the JDK, which combination of fields a lenient computeTime uses. Every calendar
 * is a GregorianCalendar (Tern has no other calendar systems); the week rules of a locale come from
 * a small CLDR-derived table (WeekData).
 */
package java.util;

import java.io.Serializable;
import java.time.Instant;

public abstract class Calendar implements Serializable, Cloneable, Comparable<Calendar> {
    private static final long serialVersionUID = -1807547505821590642L;

    public static final int ERA = 0;
    public static final int YEAR = 1;
    public static final int MONTH = 2;
    public static final int WEEK_OF_YEAR = 3;
    public static final int WEEK_OF_MONTH = 4;
    public static final int DATE = 5;
    public static final int DAY_OF_MONTH = 5;
    public static final int DAY_OF_YEAR = 6;
    public static final int DAY_OF_WEEK = 7;
    public static final int DAY_OF_WEEK_IN_MONTH = 8;
    public static final int AM_PM = 9;
    public static final int HOUR = 10;
    public static final int HOUR_OF_DAY = 11;
    public static final int MINUTE = 12;
    public static final int SECOND = 13;
    public static final int MILLISECOND = 14;
    public static final int ZONE_OFFSET = 15;
    public static final int DST_OFFSET = 16;
    public static final int FIELD_COUNT = 17;

    public static final int SUNDAY = 1;
    public static final int MONDAY = 2;
    public static final int TUESDAY = 3;
    public static final int WEDNESDAY = 4;
    public static final int THURSDAY = 5;
    public static final int FRIDAY = 6;
    public static final int SATURDAY = 7;

    public static final int JANUARY = 0;
    public static final int FEBRUARY = 1;
    public static final int MARCH = 2;
    public static final int APRIL = 3;
    public static final int MAY = 4;
    public static final int JUNE = 5;
    public static final int JULY = 6;
    public static final int AUGUST = 7;
    public static final int SEPTEMBER = 8;
    public static final int OCTOBER = 9;
    public static final int NOVEMBER = 10;
    public static final int DECEMBER = 11;
    public static final int UNDECIMBER = 12;

    public static final int AM = 0;
    public static final int PM = 1;

    public static final int ALL_STYLES = 0;
    static final int STANDALONE_MASK = 0x8000;
    public static final int SHORT = 1;
    public static final int LONG = 2;
    public static final int NARROW_FORMAT = 4;
    public static final int NARROW_STANDALONE = NARROW_FORMAT | STANDALONE_MASK;
    public static final int SHORT_FORMAT = 1;
    public static final int LONG_FORMAT = 2;
    public static final int SHORT_STANDALONE = SHORT | STANDALONE_MASK;
    public static final int LONG_STANDALONE = LONG | STANDALONE_MASK;

    static final String[] FIELD_NAMES = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH", "DAY_OF_MONTH",
        "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR", "HOUR_OF_DAY", "MINUTE", "SECOND",
        "MILLISECOND", "ZONE_OFFSET", "DST_OFFSET"};

    /** Stamps: a field never set, computed from the time, or set by the user (2 and up, increasing). */
    static final int UNSET = 0;
    static final int COMPUTED = 1;
    static final int MINIMUM_USER_STAMP = 2;

    protected int[] fields;
    protected boolean[] isSet;
    protected long time;
    protected boolean isTimeSet;
    protected boolean areFieldsSet;

    transient int[] stamp;
    transient int nextStamp = MINIMUM_USER_STAMP;
    private boolean lenient = true;
    private TimeZone zone;
    private int firstDayOfWeek;
    private int minimalDaysInFirstWeek;

    protected Calendar() {
        this(TimeZone.getDefaultRef(), Locale.getDefault(Locale.Category.FORMAT));
    }

    protected Calendar(TimeZone zone, Locale aLocale) {
        fields = new int[FIELD_COUNT];
        isSet = new boolean[FIELD_COUNT];
        stamp = new int[FIELD_COUNT];
        this.zone = zone;
        int[] week = WeekData.of(aLocale);
        firstDayOfWeek = week[0];
        minimalDaysInFirstWeek = week[1];
    }

    public static Calendar getInstance() {
        return new GregorianCalendar();
    }

    public static Calendar getInstance(TimeZone zone) {
        return new GregorianCalendar(zone);
    }

    public static Calendar getInstance(Locale aLocale) {
        return new GregorianCalendar(aLocale);
    }

    public static Calendar getInstance(TimeZone zone, Locale aLocale) {
        return new GregorianCalendar(zone, aLocale);
    }

    public static synchronized Locale[] getAvailableLocales() {
        return Locale.getAvailableLocales();
    }

    public static Set<String> getAvailableCalendarTypes() {
        Set<String> s = new HashSet<>();
        s.add("gregory");
        return Collections.unmodifiableSet(s);
    }

    public String getCalendarType() {
        return getClass().getName();
    }

    protected abstract void computeTime();

    protected abstract void computeFields();

    public final Date getTime() {
        return new Date(getTimeInMillis());
    }

    public final void setTime(Date date) {
        setTimeInMillis(date.getTime());
    }

    public long getTimeInMillis() {
        if (!isTimeSet) {
            updateTime();
        }
        return time;
    }

    public void setTimeInMillis(long millis) {
        if (time == millis && isTimeSet && areFieldsSet && zoneUnchanged()) {
            return;
        }
        time = millis;
        isTimeSet = true;
        areFieldsSet = false;
        computeFields();
        setAllComputed();
    }

    boolean zoneUnchanged() {
        return true;
    }

    public int get(int field) {
        complete();
        return internalGet(field);
    }

    protected final int internalGet(int field) {
        return fields[field];
    }

    final void internalSet(int field, int value) {
        fields[field] = value;
    }

    public void set(int field, int value) {
        if (field < 0 || field >= FIELD_COUNT) {
            throw new ArrayIndexOutOfBoundsException("Index " + field + " out of bounds for length " + FIELD_COUNT);
        }
        fields[field] = value;
        stamp[field] = nextStamp++;
        isSet[field] = true;
        isTimeSet = false;
        areFieldsSet = false;
    }

    public final void set(int year, int month, int date) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute) {
        set(year, month, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute, int second) {
        set(year, month, date, hourOfDay, minute);
        set(SECOND, second);
    }

    public final void clear() {
        for (int i = 0; i < FIELD_COUNT; i++) {
            fields[i] = 0;
            stamp[i] = UNSET;
            isSet[i] = false;
        }
        areFieldsSet = false;
        isTimeSet = false;
    }

    public final void clear(int field) {
        fields[field] = 0;
        stamp[field] = UNSET;
        isSet[field] = false;
        areFieldsSet = false;
        isTimeSet = false;
    }

    public final boolean isSet(int field) {
        return stamp[field] != UNSET;
    }

    final boolean isExternallySet(int field) {
        return stamp[field] >= MINIMUM_USER_STAMP;
    }

    public String getDisplayName(int field, int style, Locale locale) {
        if (style != SHORT && style != LONG && style != NARROW_FORMAT && style != SHORT_STANDALONE
                && style != LONG_STANDALONE && style != NARROW_STANDALONE) {
            throw new IllegalArgumentException();
        }
        if (locale == null) {
            throw new NullPointerException();
        }
        String[] names = displayNames(field, style & ~STANDALONE_MASK);
        if (names == null) {
            return null;
        }
        int value = get(field);
        if (field == DAY_OF_WEEK) {
            value--;
        }
        return value >= 0 && value < names.length ? names[value] : null;
    }

    /** English names of a field's values (DAY_OF_WEEK from Sunday), or null for numeric fields. */
    private static String[] displayNames(int field, int style) {
        switch (field) {
            case ERA:
                return style == LONG ? new String[] {"Before Christ", "Anno Domini"}
                        : style == NARROW_FORMAT ? new String[] {"B", "A"} : new String[] {"BC", "AD"};
            case MONTH:
                return style == LONG ? DateNames.MONTHS : style == NARROW_FORMAT ? DateNames.NARROW_MONTHS
                        : DateNames.SHORT_MONTHS;
            case DAY_OF_WEEK:
                return style == LONG ? DateNames.WEEKDAYS : style == NARROW_FORMAT ? DateNames.NARROW_WEEKDAYS
                        : DateNames.SHORT_WEEKDAYS;
            case AM_PM:
                return style == NARROW_FORMAT ? new String[] {"a", "p"} : new String[] {"AM", "PM"};
            default:
                return null;
        }
    }

    public Map<String, Integer> getDisplayNames(int field, int style, Locale locale) {
        if (style != ALL_STYLES && style != SHORT && style != LONG && style != NARROW_FORMAT
                && style != SHORT_STANDALONE && style != LONG_STANDALONE && style != NARROW_STANDALONE) {
            throw new IllegalArgumentException();
        }
        if (locale == null) {
            throw new NullPointerException();
        }
        complete();
        if (displayNames(field, SHORT) == null) {
            return null;
        }
        Map<String, Integer> map = new HashMap<>();
        int[] styles;
        if (style == ALL_STYLES) {
            styles = field == ERA || field == AM_PM ? new int[] {NARROW_FORMAT, SHORT, LONG} : new int[] {SHORT, LONG};
        } else {
            styles = new int[] {style & ~STANDALONE_MASK};
        }
        for (int s : styles) {
            String[] names = displayNames(field, s);
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], field == DAY_OF_WEEK ? i + 1 : i);
            }
        }
        return map;
    }

    protected void complete() {
        if (!isTimeSet) {
            updateTime();
        }
        if (!areFieldsSet) {
            computeFields();
            setAllComputed();
        }
    }

    private void updateTime() {
        computeTime();
        isTimeSet = true;
    }

    final void setAllComputed() {
        for (int i = 0; i < FIELD_COUNT; i++) {
            stamp[i] = COMPUTED;
            isSet[i] = true;
        }
        areFieldsSet = true;
        nextStamp = MINIMUM_USER_STAMP;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Calendar)) {
            return false;
        }
        Calendar that = (Calendar) obj;
        return getTimeInMillis() == that.getTimeInMillis() && lenient == that.lenient
                && firstDayOfWeek == that.firstDayOfWeek && minimalDaysInFirstWeek == that.minimalDaysInFirstWeek
                && zone.equals(that.zone);
    }

    @Override
    public int hashCode() {
        int other = (lenient ? 1 : 0) | (firstDayOfWeek << 1) | (minimalDaysInFirstWeek << 4) | (zone.hashCode() << 7);
        long t = getTimeInMillis();
        return (int) t ^ (int) (t >> 32) ^ other;
    }

    public boolean before(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) < 0;
    }

    public boolean after(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) > 0;
    }

    @Override
    public int compareTo(Calendar anotherCalendar) {
        return Long.compare(getTimeInMillis(), anotherCalendar.getTimeInMillis());
    }

    public abstract void add(int field, int amount);

    public abstract void roll(int field, boolean up);

    public void roll(int field, int amount) {
        while (amount > 0) {
            roll(field, true);
            amount--;
        }
        while (amount < 0) {
            roll(field, false);
            amount++;
        }
    }

    public void setTimeZone(TimeZone value) {
        zone = value;
        areFieldsSet = false;
    }

    public TimeZone getTimeZone() {
        return zone;
    }

    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public boolean isLenient() {
        return lenient;
    }

    public void setFirstDayOfWeek(int value) {
        if (firstDayOfWeek == value) {
            return;
        }
        firstDayOfWeek = value;
        areFieldsSet = false;
    }

    public int getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public void setMinimalDaysInFirstWeek(int value) {
        if (minimalDaysInFirstWeek == value) {
            return;
        }
        minimalDaysInFirstWeek = value;
        areFieldsSet = false;
    }

    public int getMinimalDaysInFirstWeek() {
        return minimalDaysInFirstWeek;
    }

    public boolean isWeekDateSupported() {
        return false;
    }

    public int getWeekYear() {
        throw new UnsupportedOperationException();
    }

    public void setWeekDate(int weekYear, int weekOfYear, int dayOfWeek) {
        throw new UnsupportedOperationException();
    }

    public int getWeeksInWeekYear() {
        throw new UnsupportedOperationException();
    }

    public abstract int getMinimum(int field);

    public abstract int getMaximum(int field);

    public abstract int getGreatestMinimum(int field);

    public abstract int getLeastMaximum(int field);

    public int getActualMinimum(int field) {
        return getMinimum(field);
    }

    public int getActualMaximum(int field) {
        return getMaximum(field);
    }

    @Override
    public Object clone() {
        try {
            Calendar other = (Calendar) super.clone();
            other.fields = fields.clone();
            other.isSet = isSet.clone();
            other.stamp = stamp.clone();
            other.zone = (TimeZone) zone.clone();
            return other;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(800);
        sb.append(getClass().getName()).append('[');
        sb.append("time=");
        if (isTimeSet) {
            sb.append(time);
        } else {
            sb.append('?');
        }
        sb.append(",areFieldsSet=").append(areFieldsSet);
        sb.append(",areAllFieldsSet=").append(areFieldsSet);
        sb.append(",lenient=").append(lenient);
        sb.append(",zone=").append(zone);
        sb.append(",firstDayOfWeek=").append(firstDayOfWeek);
        sb.append(",minimalDaysInFirstWeek=").append(minimalDaysInFirstWeek);
        for (int i = 0; i < FIELD_COUNT; i++) {
            sb.append(',').append(FIELD_NAMES[i]).append('=');
            if (isSet(i)) {
                sb.append(fields[i]);
            } else {
                sb.append('?');
            }
        }
        sb.append(']');
        return sb.toString();
    }

    public final Instant toInstant() {
        return Instant.ofEpochMilli(getTimeInMillis());
    }

    /** Builds a calendar from field values (only the Gregorian calendar system). */
    public static class Builder {
        private long instant;
        private boolean instantSet;
        private final List<int[]> sets = new ArrayList<>();
        private TimeZone zone;
        private boolean lenient = true;
        private Locale locale;
        private int firstDayOfWeek;
        private int minimalDaysInFirstWeek;

        public Builder() {
        }

        public Builder setInstant(long instant) {
            if (!sets.isEmpty()) {
                throw new IllegalStateException();
            }
            this.instant = instant;
            instantSet = true;
            return this;
        }

        public Builder setInstant(Date instant) {
            return setInstant(instant.getTime());
        }

        public Builder set(int field, int value) {
            if (field < 0 || field >= FIELD_COUNT) {
                throw new IllegalArgumentException("field is invalid");
            }
            if (instantSet) {
                throw new IllegalStateException("instant has been set");
            }
            sets.add(new int[] {field, value});
            return this;
        }

        public Builder setFields(int... fieldValuePairs) {
            if ((fieldValuePairs.length & 1) != 0) {
                throw new IllegalArgumentException();
            }
            for (int i = 0; i < fieldValuePairs.length; i += 2) {
                set(fieldValuePairs[i], fieldValuePairs[i + 1]);
            }
            return this;
        }

        public Builder setDate(int year, int month, int dayOfMonth) {
            return setFields(YEAR, year, MONTH, month, DAY_OF_MONTH, dayOfMonth);
        }

        public Builder setTimeOfDay(int hourOfDay, int minute, int second) {
            return setTimeOfDay(hourOfDay, minute, second, 0);
        }

        public Builder setTimeOfDay(int hourOfDay, int minute, int second, int millis) {
            return setFields(HOUR_OF_DAY, hourOfDay, MINUTE, minute, SECOND, second, MILLISECOND, millis);
        }

        public Builder setWeekDate(int weekYear, int weekOfYear, int dayOfWeek) {
            sets.add(new int[] {-1, weekYear, weekOfYear, dayOfWeek});
            return this;
        }

        public Builder setTimeZone(TimeZone zone) {
            if (zone == null) {
                throw new NullPointerException();
            }
            this.zone = zone;
            return this;
        }

        public Builder setLenient(boolean lenient) {
            this.lenient = lenient;
            return this;
        }

        public Builder setCalendarType(String type) {
            if (type.equals("gregorian") || type.equals("gregory") || type.equals("iso8601")) {
                return this;
            }
            throw new IllegalArgumentException("unknown calendar type: " + type);
        }

        public Builder setLocale(Locale locale) {
            if (locale == null) {
                throw new NullPointerException();
            }
            this.locale = locale;
            return this;
        }

        public Builder setWeekDefinition(int firstDayOfWeek, int minimalDaysInFirstWeek) {
            if (firstDayOfWeek < SUNDAY || firstDayOfWeek > SATURDAY || minimalDaysInFirstWeek < 1
                    || minimalDaysInFirstWeek > 7) {
                throw new IllegalArgumentException();
            }
            this.firstDayOfWeek = firstDayOfWeek;
            this.minimalDaysInFirstWeek = minimalDaysInFirstWeek;
            return this;
        }

        public Calendar build() {
            Locale l = locale == null ? Locale.getDefault(Locale.Category.FORMAT) : locale;
            GregorianCalendar cal = new GregorianCalendar(zone == null ? TimeZone.getDefault() : zone, l);
            cal.setLenient(lenient);
            if (firstDayOfWeek != 0) {
                cal.setFirstDayOfWeek(firstDayOfWeek);
                cal.setMinimalDaysInFirstWeek(minimalDaysInFirstWeek);
            }
            if (instantSet) {
                cal.setTimeInMillis(instant);
                cal.complete();
                return cal;
            }
            cal.clear();
            for (int[] s : sets) {
                if (s[0] < 0) {
                    cal.setWeekDate(s[1], s[2], s[3]);
                } else {
                    cal.set(s[0], s[1]);
                }
            }
            cal.complete();
            return cal;
        }
    }
}
