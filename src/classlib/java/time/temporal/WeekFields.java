/*
 * Tern class library: localized week definitions (java.time.temporal.WeekFields): the first day
 * of the week and the minimal number of days in the first week, with day-of-week, week-of-month,
 * week-of-year and week-based-year fields computed from them.
 *
 * Locale data: regions whose weeks are ISO-like (Monday, 4 days: most of Europe) get
 * WeekFields[MONDAY,4]; every other locale, including locales without a region, gets
 * WeekFields[SUNDAY,1], which is what HotSpot answers for "en", "en_US", "ja_JP"...
 */
package java.time.temporal;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.DAY_OF_YEAR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.FOREVER;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;
import static java.time.temporal.ChronoUnit.YEARS;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

public final class WeekFields implements Serializable {
    private static final long serialVersionUID = -1177360819670808121L;

    /** One instance per definition, so that their fields compare equal (they are map keys). */
    private static final WeekFields[] CACHE = new WeekFields[49];

    public static final WeekFields ISO = WeekFields.of(DayOfWeek.MONDAY, 4);
    public static final WeekFields SUNDAY_START = WeekFields.of(DayOfWeek.SUNDAY, 1);
    public static final TemporalUnit WEEK_BASED_YEARS = IsoFields.WEEK_BASED_YEARS;

    /** Regions whose CLDR week starts on Monday with at least four days in the first week. */
    private static final String MONDAY_4_REGIONS =
            " AD AN AT AX BE BG CH CZ DE DK EE ES FI FJ FO FR GB GF GG GI GP GR HU IE IM IS IT JE LI LT LU MC MQ NL NO PL PT RE RU SE SJ SK SM VA ";

    private final DayOfWeek firstDayOfWeek;
    private final int minimalDays;
    private final transient TemporalField dayOfWeek = ComputedDayOfField.ofDayOfWeekField(this);
    private final transient TemporalField weekOfMonth = ComputedDayOfField.ofWeekOfMonthField(this);
    private final transient TemporalField weekOfYear = ComputedDayOfField.ofWeekOfYearField(this);
    private final transient TemporalField weekOfWeekBasedYear = ComputedDayOfField.ofWeekOfWeekBasedYearField(this);
    private final transient TemporalField weekBasedYear = ComputedDayOfField.ofWeekBasedYearField(this);

    private WeekFields(DayOfWeek firstDayOfWeek, int minimalDaysInFirstWeek) {
        Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
        if (minimalDaysInFirstWeek < 1 || minimalDaysInFirstWeek > 7) {
            throw new IllegalArgumentException("Minimal number of days is invalid");
        }
        this.firstDayOfWeek = firstDayOfWeek;
        this.minimalDays = minimalDaysInFirstWeek;
    }

    public static WeekFields of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String country = locale.getCountry();
        if (!country.isEmpty() && MONDAY_4_REGIONS.contains(" " + country + " ")) {
            return ISO;
        }
        return of(DayOfWeek.SUNDAY, 1);
    }

    public static synchronized WeekFields of(DayOfWeek firstDayOfWeek, int minimalDaysInFirstWeek) {
        Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
        if (minimalDaysInFirstWeek < 1 || minimalDaysInFirstWeek > 7) {
            throw new IllegalArgumentException("Minimal number of days is invalid");
        }
        int key = firstDayOfWeek.ordinal() * 7 + minimalDaysInFirstWeek - 1;
        WeekFields rules = CACHE[key];
        if (rules == null) {
            rules = new WeekFields(firstDayOfWeek, minimalDaysInFirstWeek);
            CACHE[key] = rules;
        }
        return rules;
    }

    public DayOfWeek getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public int getMinimalDaysInFirstWeek() {
        return minimalDays;
    }

    public TemporalField dayOfWeek() {
        return dayOfWeek;
    }

    public TemporalField weekOfMonth() {
        return weekOfMonth;
    }

    public TemporalField weekOfYear() {
        return weekOfYear;
    }

    public TemporalField weekOfWeekBasedYear() {
        return weekOfWeekBasedYear;
    }

    public TemporalField weekBasedYear() {
        return weekBasedYear;
    }

    @Override
    public boolean equals(Object object) {
        if (this == object) {
            return true;
        }
        if (object instanceof WeekFields) {
            return hashCode() == object.hashCode();
        }
        return false;
    }

    @Override
    public int hashCode() {
        return firstDayOfWeek.ordinal() * 7 + minimalDays;
    }

    @Override
    public String toString() {
        return "WeekFields[" + firstDayOfWeek + ',' + minimalDays + ']';
    }

    /** One field of a week definition; the units say which (WEEKS range = day-of-week...). */
    static final class ComputedDayOfField implements TemporalField {
        private static final ValueRange DAY_OF_WEEK_RANGE = ValueRange.of(1, 7);
        private static final ValueRange WEEK_OF_MONTH_RANGE = ValueRange.of(0, 1, 4, 6);
        private static final ValueRange WEEK_OF_YEAR_RANGE = ValueRange.of(0, 1, 52, 54);
        private static final ValueRange WEEK_OF_WEEK_BASED_YEAR_RANGE = ValueRange.of(1, 52, 53);

        private final String name;
        private final WeekFields weekDef;
        private final TemporalUnit baseUnit;
        private final TemporalUnit rangeUnit;
        private final ValueRange range;

        private ComputedDayOfField(String name, WeekFields weekDef, TemporalUnit baseUnit, TemporalUnit rangeUnit, ValueRange range) {
            this.name = name;
            this.weekDef = weekDef;
            this.baseUnit = baseUnit;
            this.rangeUnit = rangeUnit;
            this.range = range;
        }

        static ComputedDayOfField ofDayOfWeekField(WeekFields weekDef) {
            return new ComputedDayOfField("DayOfWeek", weekDef, DAYS, WEEKS, DAY_OF_WEEK_RANGE);
        }

        static ComputedDayOfField ofWeekOfMonthField(WeekFields weekDef) {
            return new ComputedDayOfField("WeekOfMonth", weekDef, WEEKS, MONTHS, WEEK_OF_MONTH_RANGE);
        }

        static ComputedDayOfField ofWeekOfYearField(WeekFields weekDef) {
            return new ComputedDayOfField("WeekOfYear", weekDef, WEEKS, YEARS, WEEK_OF_YEAR_RANGE);
        }

        static ComputedDayOfField ofWeekOfWeekBasedYearField(WeekFields weekDef) {
            return new ComputedDayOfField("WeekOfWeekBasedYear", weekDef, WEEKS, IsoFields.WEEK_BASED_YEARS, WEEK_OF_WEEK_BASED_YEAR_RANGE);
        }

        static ComputedDayOfField ofWeekBasedYearField(WeekFields weekDef) {
            return new ComputedDayOfField("WeekBasedYear", weekDef, IsoFields.WEEK_BASED_YEARS, FOREVER, YEAR.range());
        }

        private int localizedDayOfWeek(int isoDow) {
            int sow = weekDef.getFirstDayOfWeek().getValue();
            return Math.floorMod(isoDow - sow, 7) + 1;
        }

        private int localizedDayOfWeek(TemporalAccessor temporal) {
            return localizedDayOfWeek(temporal.get(DAY_OF_WEEK));
        }

        /** Offset from the field's day 1 to the start of its first week (may be negative). */
        private int startOfWeekOffset(int day, int dow) {
            int weekStart = Math.floorMod(day - dow, 7);
            int offset = -weekStart;
            if (weekStart + 1 > weekDef.getMinimalDaysInFirstWeek()) {
                offset = 7 - weekStart;
            }
            return offset;
        }

        private int computeWeek(int offset, int day) {
            return ((7 + offset + (day - 1)) / 7);
        }

        private long localizedWeekOfMonth(TemporalAccessor temporal) {
            int dow = localizedDayOfWeek(temporal);
            int dom = temporal.get(DAY_OF_MONTH);
            int offset = startOfWeekOffset(dom, dow);
            return computeWeek(offset, dom);
        }

        private long localizedWeekOfYear(TemporalAccessor temporal) {
            int dow = localizedDayOfWeek(temporal);
            int doy = temporal.get(DAY_OF_YEAR);
            int offset = startOfWeekOffset(doy, dow);
            return computeWeek(offset, doy);
        }

        private int localizedWeekBasedYear(TemporalAccessor temporal) {
            int dow = localizedDayOfWeek(temporal);
            int year = temporal.get(YEAR);
            int doy = temporal.get(DAY_OF_YEAR);
            int offset = startOfWeekOffset(doy, dow);
            int week = computeWeek(offset, doy);
            if (week == 0) {
                return year - 1;
            }
            int yearLen = (int) temporal.range(DAY_OF_YEAR).getMaximum();
            int newYearWeek = computeWeek(offset, yearLen + weekDef.getMinimalDaysInFirstWeek());
            if (week >= newYearWeek) {
                return year + 1;
            }
            return year;
        }

        private int localizedWeekOfWeekBasedYear(TemporalAccessor temporal) {
            int dow = localizedDayOfWeek(temporal);
            int doy = temporal.get(DAY_OF_YEAR);
            int offset = startOfWeekOffset(doy, dow);
            int week = computeWeek(offset, doy);
            if (week == 0) {
                LocalDate date = LocalDate.from(temporal).minusDays(doy);
                return localizedWeekOfWeekBasedYear(date);
            } else if (week > 50) {
                int yearLen = (int) temporal.range(DAY_OF_YEAR).getMaximum();
                int newYearWeek = computeWeek(offset, yearLen + weekDef.getMinimalDaysInFirstWeek());
                if (week >= newYearWeek) {
                    week = week - newYearWeek + 1;
                }
            }
            return week;
        }

        private LocalDate ofWeekBasedYear(int yowby, int wowby, int dow) {
            LocalDate date = LocalDate.of(yowby, 1, 1);
            int ldow = localizedDayOfWeek(date);
            int offset = startOfWeekOffset(1, ldow);
            int yearLen = date.lengthOfYear();
            int newYearWeek = computeWeek(offset, yearLen + weekDef.getMinimalDaysInFirstWeek());
            wowby = Math.min(wowby, newYearWeek - 1);
            int days = -offset + (dow - 1) + (wowby - 1) * 7;
            return date.plusDays(days);
        }

        @Override
        public long getFrom(TemporalAccessor temporal) {
            if (rangeUnit == WEEKS) {
                return localizedDayOfWeek(temporal);
            } else if (rangeUnit == MONTHS) {
                return localizedWeekOfMonth(temporal);
            } else if (rangeUnit == YEARS) {
                return localizedWeekOfYear(temporal);
            } else if (rangeUnit == IsoFields.WEEK_BASED_YEARS) {
                return localizedWeekOfWeekBasedYear(temporal);
            } else if (rangeUnit == FOREVER) {
                return localizedWeekBasedYear(temporal);
            }
            throw new IllegalStateException("unreachable, rangeUnit: " + rangeUnit + ", this: " + this);
        }

        @SuppressWarnings("unchecked")
        @Override
        public <R extends Temporal> R adjustInto(R temporal, long newValue) {
            int newVal = range.checkValidIntValue(newValue, this);
            int currentVal = temporal.get(this);
            if (newVal == currentVal) {
                return temporal;
            }
            if (rangeUnit == FOREVER) {
                int idow = temporal.get(weekDef.dayOfWeek);
                int wowby = temporal.get(weekDef.weekOfWeekBasedYear);
                return (R) temporal.with(ofWeekBasedYear((int) newValue, wowby, idow));
            }
            return (R) temporal.plus(newVal - currentVal, baseUnit);
        }

        @Override
        public TemporalAccessor resolve(Map<TemporalField, Long> fieldValues, TemporalAccessor partialTemporal, ResolverStyle resolverStyle) {
            final long value = fieldValues.get(this);
            final int newValue = Math.toIntExact(value);
            if (rangeUnit == WEEKS) {
                final int checkedValue = range.checkValidIntValue(value, this);
                final int startDow = weekDef.getFirstDayOfWeek().getValue();
                long isoDow = Math.floorMod((startDow - 1) + (checkedValue - 1), 7) + 1;
                fieldValues.remove(this);
                fieldValues.put(DAY_OF_WEEK, isoDow);
                return null;
            }
            if (!fieldValues.containsKey(DAY_OF_WEEK)) {
                return null;
            }
            int isoDow = DAY_OF_WEEK.checkValidIntValue(fieldValues.get(DAY_OF_WEEK));
            int dow = localizedDayOfWeek(isoDow);
            if (fieldValues.containsKey(YEAR)) {
                int year = YEAR.checkValidIntValue(fieldValues.get(YEAR));
                if (rangeUnit == MONTHS && fieldValues.containsKey(MONTH_OF_YEAR)) {
                    long month = fieldValues.get(MONTH_OF_YEAR);
                    LocalDate date;
                    if (resolverStyle == ResolverStyle.LENIENT) {
                        date = LocalDate.of(year, 1, 1).plusMonths(Math.subtractExact(month, 1));
                        long weeks = Math.subtractExact(value, localizedWeekOfMonth(date));
                        int days = dow - localizedDayOfWeek(date);
                        date = date.plusDays(Math.addExact(Math.multiplyExact(weeks, 7), days));
                    } else {
                        int monthValid = MONTH_OF_YEAR.checkValidIntValue(month);
                        date = LocalDate.of(year, monthValid, 1);
                        int wom = range.checkValidIntValue(value, this);
                        int weeks = (int) (wom - localizedWeekOfMonth(date));
                        int days = dow - localizedDayOfWeek(date);
                        date = date.plusDays(weeks * 7L + days);
                        if (resolverStyle == ResolverStyle.STRICT && date.getLong(MONTH_OF_YEAR) != month) {
                            throw new DateTimeException("Strict mode rejected resolved date as it is in a different month");
                        }
                    }
                    fieldValues.remove(this);
                    fieldValues.remove(YEAR);
                    fieldValues.remove(MONTH_OF_YEAR);
                    fieldValues.remove(DAY_OF_WEEK);
                    return date;
                }
                if (rangeUnit == YEARS) {
                    LocalDate date = LocalDate.of(year, 1, 1);
                    if (resolverStyle == ResolverStyle.LENIENT) {
                        long weeks = Math.subtractExact(value, localizedWeekOfYear(date));
                        int days = dow - localizedDayOfWeek(date);
                        date = date.plusDays(Math.addExact(Math.multiplyExact(weeks, 7), days));
                    } else {
                        int woy = range.checkValidIntValue(value, this);
                        int weeks = (int) (woy - localizedWeekOfYear(date));
                        int days = dow - localizedDayOfWeek(date);
                        date = date.plusDays(weeks * 7L + days);
                        if (resolverStyle == ResolverStyle.STRICT && date.getLong(YEAR) != year) {
                            throw new DateTimeException("Strict mode rejected resolved date as it is in a different year");
                        }
                    }
                    fieldValues.remove(this);
                    fieldValues.remove(YEAR);
                    fieldValues.remove(DAY_OF_WEEK);
                    return date;
                }
            } else if ((rangeUnit == IsoFields.WEEK_BASED_YEARS || rangeUnit == FOREVER)
                    && fieldValues.containsKey(weekDef.weekBasedYear) && fieldValues.containsKey(weekDef.weekOfWeekBasedYear)) {
                ComputedDayOfField wbyField = (ComputedDayOfField) weekDef.weekBasedYear;
                ComputedDayOfField wowbyField = (ComputedDayOfField) weekDef.weekOfWeekBasedYear;
                int yowby = wbyField.range().checkValidIntValue(fieldValues.get(wbyField), wbyField);
                LocalDate date;
                if (resolverStyle == ResolverStyle.LENIENT) {
                    date = ofWeekBasedYear(yowby, 1, dow);
                    long wowby = fieldValues.get(wowbyField);
                    long weeks = Math.subtractExact(wowby, 1);
                    date = date.plusWeeks(weeks);
                } else {
                    int wowby = wowbyField.range().checkValidIntValue(fieldValues.get(wowbyField), wowbyField);
                    date = ofWeekBasedYear(yowby, wowby, dow);
                    if (resolverStyle == ResolverStyle.STRICT && localizedWeekBasedYear(date) != yowby) {
                        throw new DateTimeException("Strict mode rejected resolved date as it is in a different week-based-year");
                    }
                }
                fieldValues.remove(this);
                fieldValues.remove(wbyField);
                fieldValues.remove(wowbyField);
                fieldValues.remove(DAY_OF_WEEK);
                return date;
            }
            return null;
        }

        @Override
        public String getDisplayName(Locale locale) {
            Objects.requireNonNull(locale, "locale");
            return rangeUnit == YEARS ? "week" : name;
        }

        @Override
        public TemporalUnit getBaseUnit() {
            return baseUnit;
        }

        @Override
        public TemporalUnit getRangeUnit() {
            return rangeUnit;
        }

        @Override
        public boolean isDateBased() {
            return true;
        }

        @Override
        public boolean isTimeBased() {
            return false;
        }

        @Override
        public ValueRange range() {
            return range;
        }

        @Override
        public boolean isSupportedBy(TemporalAccessor temporal) {
            if (temporal.isSupported(DAY_OF_WEEK)) {
                if (rangeUnit == WEEKS) {
                    return true;
                } else if (rangeUnit == MONTHS) {
                    return temporal.isSupported(DAY_OF_MONTH);
                } else if (rangeUnit == YEARS) {
                    return temporal.isSupported(DAY_OF_YEAR);
                } else if (rangeUnit == IsoFields.WEEK_BASED_YEARS || rangeUnit == FOREVER) {
                    return temporal.isSupported(ChronoField.EPOCH_DAY);
                }
            }
            return false;
        }

        @Override
        public ValueRange rangeRefinedBy(TemporalAccessor temporal) {
            if (rangeUnit == ChronoUnit.WEEKS) {
                return range;
            } else if (rangeUnit == MONTHS) {
                return rangeByWeek(temporal, DAY_OF_MONTH);
            } else if (rangeUnit == YEARS) {
                return rangeByWeek(temporal, DAY_OF_YEAR);
            } else if (rangeUnit == IsoFields.WEEK_BASED_YEARS) {
                return rangeWeekYear(temporal);
            } else if (rangeUnit == FOREVER) {
                return YEAR.range();
            }
            throw new IllegalStateException("unreachable, rangeUnit: " + rangeUnit + ", this: " + this);
        }

        private ValueRange rangeByWeek(TemporalAccessor temporal, TemporalField field) {
            int dow = localizedDayOfWeek(temporal);
            int offset = startOfWeekOffset(temporal.get(field), dow);
            ValueRange fieldRange = temporal.range(field);
            return ValueRange.of(computeWeek(offset, (int) fieldRange.getMinimum()), computeWeek(offset, (int) fieldRange.getMaximum()));
        }

        private ValueRange rangeWeekYear(TemporalAccessor temporal) {
            if (!temporal.isSupported(DAY_OF_YEAR)) {
                return WEEK_OF_YEAR_RANGE;
            }
            int dow = localizedDayOfWeek(temporal);
            int doy = temporal.get(DAY_OF_YEAR);
            int offset = startOfWeekOffset(doy, dow);
            int week = computeWeek(offset, doy);
            if (week == 0) {
                LocalDate date = LocalDate.from(temporal).minusDays(doy + 7);
                return rangeWeekYear(date);
            }
            int yearLen = (int) temporal.range(DAY_OF_YEAR).getMaximum();
            int newYearWeek = computeWeek(offset, yearLen + weekDef.getMinimalDaysInFirstWeek());
            if (week >= newYearWeek) {
                LocalDate date = LocalDate.from(temporal).plusDays(yearLen - doy + 1 + 7);
                return rangeWeekYear(date);
            }
            return ValueRange.of(1, newYearWeek - 1);
        }

        @Override
        public String toString() {
            return name + "[" + weekDef.toString() + "]";
        }
    }
}
