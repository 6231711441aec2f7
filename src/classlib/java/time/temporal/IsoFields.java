/*
 * Tern class library: ISO-8601 quarter and week-based-year fields and units
 * (java.time.temporal.IsoFields). An ISO week starts on Monday and belongs to the year of its
 * Thursday, so week 1 is the week with the year's first Thursday.
 */
package java.time.temporal;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.DAY_OF_YEAR;
import static java.time.temporal.ChronoField.EPOCH_DAY;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.ResolverStyle;
import java.util.Map;

public final class IsoFields {
    public static final TemporalField DAY_OF_QUARTER = Field.DAY_OF_QUARTER;
    public static final TemporalField QUARTER_OF_YEAR = Field.QUARTER_OF_YEAR;
    public static final TemporalField WEEK_OF_WEEK_BASED_YEAR = Field.WEEK_OF_WEEK_BASED_YEAR;
    public static final TemporalField WEEK_BASED_YEAR = Field.WEEK_BASED_YEAR;
    public static final TemporalUnit WEEK_BASED_YEARS = Unit.WEEK_BASED_YEARS;
    public static final TemporalUnit QUARTER_YEARS = Unit.QUARTER_YEARS;

    private IsoFields() {
    }

    /** The Thursday of the ISO week containing the date. */
    private static LocalDate thursday(LocalDate date) {
        return date.plusDays(3 - date.getDayOfWeek().ordinal());
    }

    static int getWeek(LocalDate date) {
        return (thursday(date).getDayOfYear() - 1) / 7 + 1;
    }

    static int getWeekBasedYear(LocalDate date) {
        return thursday(date).getYear();
    }

    /** 53 when the year starts on a Thursday, or on a Wednesday in a leap year; else 52. */
    static int weeksInWeekBasedYear(int wby) {
        LocalDate jan1 = LocalDate.of(wby, 1, 1);
        int dow = jan1.getDayOfWeek().getValue();
        return (dow == 4 || (dow == 3 && jan1.isLeapYear())) ? 53 : 52;
    }

    private static boolean isIso(TemporalAccessor temporal) {
        return IsoChronology.INSTANCE.equals(temporal.query(TemporalQueries.chronology()));
    }

    private enum Field implements TemporalField {
        DAY_OF_QUARTER("DayOfQuarter", ValueRange.of(1, 90, 92)),
        QUARTER_OF_YEAR("QuarterOfYear", ValueRange.of(1, 4)),
        WEEK_OF_WEEK_BASED_YEAR("WeekOfWeekBasedYear", ValueRange.of(1, 52, 53)),
        WEEK_BASED_YEAR("WeekBasedYear", YEAR.range());

        private final String name;
        private final ValueRange range;

        Field(String name, ValueRange range) {
            this.name = name;
            this.range = range;
        }

        @Override
        public TemporalUnit getBaseUnit() {
            switch (this) {
                case DAY_OF_QUARTER:
                    return ChronoUnit.DAYS;
                case QUARTER_OF_YEAR:
                    return QUARTER_YEARS;
                case WEEK_OF_WEEK_BASED_YEAR:
                    return ChronoUnit.WEEKS;
                default:
                    return WEEK_BASED_YEARS;
            }
        }

        @Override
        public TemporalUnit getRangeUnit() {
            switch (this) {
                case DAY_OF_QUARTER:
                    return QUARTER_YEARS;
                case QUARTER_OF_YEAR:
                    return ChronoUnit.YEARS;
                case WEEK_OF_WEEK_BASED_YEAR:
                    return WEEK_BASED_YEARS;
                default:
                    return ChronoUnit.FOREVER;
            }
        }

        @Override
        public ValueRange range() {
            return range;
        }

        @Override
        public String getDisplayName(java.util.Locale locale) {
            java.util.Objects.requireNonNull(locale, "locale");
            return this == WEEK_OF_WEEK_BASED_YEAR ? "week" : name;
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
        public boolean isSupportedBy(TemporalAccessor temporal) {
            if (!isIso(temporal)) {
                return false;
            }
            if (this == DAY_OF_QUARTER) {
                return temporal.isSupported(DAY_OF_YEAR) && temporal.isSupported(MONTH_OF_YEAR) && temporal.isSupported(YEAR);
            } else if (this == QUARTER_OF_YEAR) {
                return temporal.isSupported(MONTH_OF_YEAR);
            }
            return temporal.isSupported(EPOCH_DAY);
        }

        @Override
        public ValueRange rangeRefinedBy(TemporalAccessor temporal) {
            if (!isSupportedBy(temporal)) {
                throw new UnsupportedTemporalTypeException("Unsupported field: " + name);
            }
            switch (this) {
                case DAY_OF_QUARTER: {
                    long qoy = temporal.getLong(QUARTER_OF_YEAR);
                    if (qoy == 1) {
                        long year = temporal.getLong(YEAR);
                        return (IsoChronology.INSTANCE.isLeapYear(year) ? ValueRange.of(1, 91) : ValueRange.of(1, 90));
                    } else if (qoy == 2) {
                        return ValueRange.of(1, 91);
                    } else if (qoy == 3 || qoy == 4) {
                        return ValueRange.of(1, 92);
                    }
                    return range();
                }
                case WEEK_OF_WEEK_BASED_YEAR: {
                    LocalDate date = LocalDate.from(temporal);
                    return ValueRange.of(1, weeksInWeekBasedYear(getWeekBasedYear(date)));
                }
                default:
                    return range();
            }
        }

        @Override
        public long getFrom(TemporalAccessor temporal) {
            if (!isSupportedBy(temporal)) {
                throw new UnsupportedTemporalTypeException("Unsupported field: " + name);
            }
            switch (this) {
                case DAY_OF_QUARTER: {
                    int doy = temporal.get(DAY_OF_YEAR);
                    int moy = temporal.get(MONTH_OF_YEAR);
                    long year = temporal.getLong(YEAR);
                    int firstMonth = ((moy - 1) / 3) * 3 + 1;
                    int before = LocalDate.of((int) year, firstMonth, 1).getDayOfYear() - 1;
                    return doy - before;
                }
                case QUARTER_OF_YEAR:
                    return (temporal.getLong(MONTH_OF_YEAR) + 2) / 3;
                case WEEK_OF_WEEK_BASED_YEAR:
                    return getWeek(LocalDate.from(temporal));
                default:
                    return getWeekBasedYear(LocalDate.from(temporal));
            }
        }

        @SuppressWarnings("unchecked")
        @Override
        public <R extends Temporal> R adjustInto(R temporal, long newValue) {
            long curValue = getFrom(temporal);
            range().checkValidValue(newValue, this);
            switch (this) {
                case DAY_OF_QUARTER:
                    return (R) temporal.with(DAY_OF_YEAR, temporal.getLong(DAY_OF_YEAR) + (newValue - curValue));
                case QUARTER_OF_YEAR:
                    return (R) temporal.with(MONTH_OF_YEAR, temporal.getLong(MONTH_OF_YEAR) + (newValue - curValue) * 3);
                case WEEK_OF_WEEK_BASED_YEAR:
                    rangeRefinedBy(temporal).checkValidValue(newValue, this);
                    return (R) temporal.plus(Math.subtractExact(newValue, curValue), ChronoUnit.WEEKS);
                default: {
                    int newWby = range().checkValidIntValue(newValue, WEEK_BASED_YEAR);
                    LocalDate date = LocalDate.from(temporal);
                    int dow = date.get(DAY_OF_WEEK);
                    int week = getWeek(date);
                    if (week == 53 && weeksInWeekBasedYear(newWby) == 52) {
                        week = 52;
                    }
                    LocalDate resolved = LocalDate.of(newWby, 1, 4);
                    int days = (dow - resolved.get(DAY_OF_WEEK)) + ((week - 1) * 7);
                    resolved = resolved.plusDays(days);
                    return (R) temporal.with(resolved);
                }
            }
        }

        @Override
        public TemporalAccessor resolve(Map<TemporalField, Long> fieldValues, TemporalAccessor partialTemporal, ResolverStyle resolverStyle) {
            if (this == WEEK_OF_WEEK_BASED_YEAR) {
                Long wbyLong = fieldValues.get(WEEK_BASED_YEAR);
                Long dowLong = fieldValues.get(DAY_OF_WEEK);
                if (wbyLong == null || dowLong == null) {
                    return null;
                }
                int wby = WEEK_BASED_YEAR.range().checkValidIntValue(wbyLong, WEEK_BASED_YEAR);
                long wowby = fieldValues.get(WEEK_OF_WEEK_BASED_YEAR);
                LocalDate date = LocalDate.of(wby, 1, 4);
                if (resolverStyle == ResolverStyle.LENIENT) {
                    long dow = dowLong;
                    if (dow > 7) {
                        date = date.plusWeeks((dow - 1) / 7);
                        dow = ((dow - 1) % 7) + 1;
                    } else if (dow < 1) {
                        date = date.plusWeeks(Math.subtractExact(dow, 7) / 7);
                        dow = ((dow + 6) % 7) + 1;
                    }
                    date = date.plusWeeks(Math.subtractExact(wowby, 1)).with(DAY_OF_WEEK, dow);
                } else {
                    int dow = DAY_OF_WEEK.checkValidIntValue(dowLong);
                    if (resolverStyle == ResolverStyle.STRICT) {
                        ValueRange.of(1, weeksInWeekBasedYear(wby)).checkValidValue(wowby, this);
                    } else {
                        range().checkValidValue(wowby, this);
                    }
                    date = date.plusWeeks(wowby - 1).with(DAY_OF_WEEK, dow);
                }
                fieldValues.remove(this);
                fieldValues.remove(WEEK_BASED_YEAR);
                fieldValues.remove(DAY_OF_WEEK);
                return date;
            } else if (this == DAY_OF_QUARTER) {
                Long yearLong = fieldValues.get(YEAR);
                Long qoyLong = fieldValues.get(QUARTER_OF_YEAR);
                if (yearLong == null || qoyLong == null) {
                    return null;
                }
                int y = YEAR.checkValidIntValue(yearLong);
                long doq = fieldValues.get(DAY_OF_QUARTER);
                LocalDate date;
                if (resolverStyle == ResolverStyle.LENIENT) {
                    date = LocalDate.of(y, 1, 1).plusMonths(Math.multiplyExact(Math.subtractExact(qoyLong, 1), 3));
                    doq = Math.subtractExact(doq, 1);
                } else {
                    int qoy = QUARTER_OF_YEAR.range().checkValidIntValue(qoyLong, QUARTER_OF_YEAR);
                    date = LocalDate.of(y, ((qoy - 1) * 3) + 1, 1);
                    if (doq < 1 || doq > 90) {
                        if (resolverStyle == ResolverStyle.STRICT) {
                            rangeRefinedBy(date).checkValidValue(doq, this);
                        } else {
                            range().checkValidValue(doq, this);
                        }
                    }
                    doq--;
                }
                fieldValues.remove(this);
                fieldValues.remove(YEAR);
                fieldValues.remove(QUARTER_OF_YEAR);
                return date.plusDays(doq);
            }
            return null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private enum Unit implements TemporalUnit {
        WEEK_BASED_YEARS("WeekBasedYears", Duration.ofSeconds(31556952L)),
        QUARTER_YEARS("QuarterYears", Duration.ofSeconds(31556952L / 4));

        private final String name;
        private final Duration duration;

        Unit(String name, Duration estimatedDuration) {
            this.name = name;
            this.duration = estimatedDuration;
        }

        @Override
        public Duration getDuration() {
            return duration;
        }

        @Override
        public boolean isDurationEstimated() {
            return true;
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
        public boolean isSupportedBy(Temporal temporal) {
            return temporal.isSupported(EPOCH_DAY) && isIso(temporal);
        }

        @SuppressWarnings("unchecked")
        @Override
        public <R extends Temporal> R addTo(R temporal, long amount) {
            switch (this) {
                case WEEK_BASED_YEARS:
                    return (R) temporal.with(WEEK_BASED_YEAR, Math.addExact(temporal.get(WEEK_BASED_YEAR), amount));
                default:
                    return (R) temporal.plus(amount / 4, ChronoUnit.YEARS).plus((amount % 4) * 3, ChronoUnit.MONTHS);
            }
        }

        @Override
        public long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive) {
            if (temporal1Inclusive.getClass() != temporal2Exclusive.getClass()) {
                return temporal1Inclusive.until(temporal2Exclusive, this);
            }
            switch (this) {
                case WEEK_BASED_YEARS:
                    return Math.subtractExact(temporal2Exclusive.getLong(WEEK_BASED_YEAR), temporal1Inclusive.getLong(WEEK_BASED_YEAR));
                default:
                    return temporal1Inclusive.until(temporal2Exclusive, ChronoUnit.MONTHS) / 3;
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
