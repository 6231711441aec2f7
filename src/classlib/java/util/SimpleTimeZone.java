/*
 * Tern class library: java.util.SimpleTimeZone, a raw offset plus one yearly daylight-saving rule
 * (start and end given as a day of month, the n-th weekday of a month, or a weekday on or
 * before/after a day; times in wall, standard or UTC time). Dates are computed in the proleptic
 * Gregorian calendar. Also the class of custom "GMT+hh:mm" zones.
 */
package java.util;

public class SimpleTimeZone extends TimeZone {
    private static final long serialVersionUID = -403250971215465050L;

    public static final int WALL_TIME = 0;
    public static final int STANDARD_TIME = 1;
    public static final int UTC_TIME = 2;

    private static final int DOM_MODE = 1;
    private static final int DOW_IN_MONTH_MODE = 2;
    private static final int DOW_GE_DOM_MODE = 3;
    private static final int DOW_LE_DOM_MODE = 4;

    private int startMonth;
    private int startDay;
    private int startDayOfWeek;
    private int startTime;
    private int startTimeMode;
    private int startMode;
    private int endMonth;
    private int endDay;
    private int endDayOfWeek;
    private int endTime;
    private int endTimeMode;
    private int endMode;
    private int startYear;
    private int rawOffset;
    private boolean useDaylight;
    private int dstSavings = 3600000;

    public SimpleTimeZone(int rawOffset, String ID) {
        this.rawOffset = rawOffset;
        setID(ID);
    }

    public SimpleTimeZone(int rawOffset, String ID, int startMonth, int startDay, int startDayOfWeek, int startTime,
            int endMonth, int endDay, int endDayOfWeek, int endTime) {
        this(rawOffset, ID, startMonth, startDay, startDayOfWeek, startTime, WALL_TIME, endMonth, endDay, endDayOfWeek,
                endTime, WALL_TIME, 3600000);
    }

    public SimpleTimeZone(int rawOffset, String ID, int startMonth, int startDay, int startDayOfWeek, int startTime,
            int endMonth, int endDay, int endDayOfWeek, int endTime, int dstSavings) {
        this(rawOffset, ID, startMonth, startDay, startDayOfWeek, startTime, WALL_TIME, endMonth, endDay, endDayOfWeek,
                endTime, WALL_TIME, dstSavings);
    }

    public SimpleTimeZone(int rawOffset, String ID, int startMonth, int startDay, int startDayOfWeek, int startTime,
            int startTimeMode, int endMonth, int endDay, int endDayOfWeek, int endTime, int endTimeMode,
            int dstSavings) {
        setID(ID);
        this.rawOffset = rawOffset;
        this.startMonth = startMonth;
        this.startDay = startDay;
        this.startDayOfWeek = startDayOfWeek;
        this.startTime = startTime;
        this.startTimeMode = startTimeMode;
        this.endMonth = endMonth;
        this.endDay = endDay;
        this.endDayOfWeek = endDayOfWeek;
        this.endTime = endTime;
        this.endTimeMode = endTimeMode;
        this.dstSavings = dstSavings;
        decodeRules();
        if (dstSavings <= 0) {
            throw new IllegalArgumentException("Illegal daylight saving value: " + dstSavings);
        }
    }

    public void setStartYear(int year) {
        startYear = year;
    }

    public void setStartRule(int startMonth, int startDay, int startDayOfWeek, int startTime) {
        this.startMonth = startMonth;
        this.startDay = startDay;
        this.startDayOfWeek = startDayOfWeek;
        this.startTime = startTime;
        startTimeMode = WALL_TIME;
        decodeStartRule();
    }

    public void setStartRule(int startMonth, int startDay, int startTime) {
        setStartRule(startMonth, startDay, 0, startTime);
    }

    public void setStartRule(int startMonth, int startDay, int startDayOfWeek, int startTime, boolean after) {
        if (after) {
            setStartRule(startMonth, startDay, -startDayOfWeek, startTime);
        } else {
            setStartRule(startMonth, -startDay, -startDayOfWeek, startTime);
        }
    }

    public void setEndRule(int endMonth, int endDay, int endDayOfWeek, int endTime) {
        this.endMonth = endMonth;
        this.endDay = endDay;
        this.endDayOfWeek = endDayOfWeek;
        this.endTime = endTime;
        endTimeMode = WALL_TIME;
        decodeEndRule();
    }

    public void setEndRule(int endMonth, int endDay, int endTime) {
        setEndRule(endMonth, endDay, 0, endTime);
    }

    public void setEndRule(int endMonth, int endDay, int endDayOfWeek, int endTime, boolean after) {
        if (after) {
            setEndRule(endMonth, endDay, -endDayOfWeek, endTime);
        } else {
            setEndRule(endMonth, -endDay, -endDayOfWeek, endTime);
        }
    }

    private void decodeRules() {
        decodeStartRule();
        decodeEndRule();
    }

    private void decodeStartRule() {
        useDaylight = startDay != 0 && endDay != 0;
        if (startDay == 0) {
            return;
        }
        if (startMonth < Calendar.JANUARY || startMonth > Calendar.DECEMBER) {
            throw new IllegalArgumentException("Illegal start month " + startMonth);
        }
        if (startTime < 0 || startTime > 86400000) {
            throw new IllegalArgumentException("Illegal start time " + startTime);
        }
        if (startDayOfWeek == 0) {
            startMode = DOM_MODE;
        } else {
            if (startDayOfWeek > 0) {
                startMode = DOW_IN_MONTH_MODE;
            } else {
                startDayOfWeek = -startDayOfWeek;
                if (startDay > 0) {
                    startMode = DOW_GE_DOM_MODE;
                } else {
                    startDay = -startDay;
                    startMode = DOW_LE_DOM_MODE;
                }
            }
            if (startDayOfWeek > Calendar.SATURDAY) {
                throw new IllegalArgumentException("Illegal start day of week " + startDayOfWeek);
            }
        }
        if (startMode == DOW_IN_MONTH_MODE) {
            if (startDay < -5 || startDay > 5) {
                throw new IllegalArgumentException("Illegal start day of week in month " + startDay);
            }
        } else if (startDay < 1 || startDay > 31) {
            throw new IllegalArgumentException("Illegal start day " + startDay);
        }
    }

    private void decodeEndRule() {
        useDaylight = startDay != 0 && endDay != 0;
        if (endDay == 0) {
            return;
        }
        if (endMonth < Calendar.JANUARY || endMonth > Calendar.DECEMBER) {
            throw new IllegalArgumentException("Illegal end month " + endMonth);
        }
        if (endTime < 0 || endTime > 86400000) {
            throw new IllegalArgumentException("Illegal end time " + endTime);
        }
        if (endDayOfWeek == 0) {
            endMode = DOM_MODE;
        } else {
            if (endDayOfWeek > 0) {
                endMode = DOW_IN_MONTH_MODE;
            } else {
                endDayOfWeek = -endDayOfWeek;
                if (endDay > 0) {
                    endMode = DOW_GE_DOM_MODE;
                } else {
                    endDay = -endDay;
                    endMode = DOW_LE_DOM_MODE;
                }
            }
            if (endDayOfWeek > Calendar.SATURDAY) {
                throw new IllegalArgumentException("Illegal end day of week " + endDayOfWeek);
            }
        }
        if (endMode == DOW_IN_MONTH_MODE) {
            if (endDay < -5 || endDay > 5) {
                throw new IllegalArgumentException("Illegal end day of week in month " + endDay);
            }
        } else if (endDay < 1 || endDay > 31) {
            throw new IllegalArgumentException("Illegal end day " + endDay);
        }
    }

    /** The fixed date of a rule's day in year y. */
    private static long ruleDay(long y, int month, int mode, int day, int dow) {
        int m = month + 1;
        switch (mode) {
            case DOM_MODE:
                return CalendarMath.fixedFromGregorian(y, m, day);
            case DOW_IN_MONTH_MODE:
                if (day > 0) {
                    long first = CalendarMath.fixedFromGregorian(y, m, 1);
                    return first + Math.floorMod(dow - CalendarMath.dayOfWeek(first), 7) + (day - 1) * 7L;
                } else {
                    long last = CalendarMath.fixedFromGregorian(y, m, CalendarMath.gregorianMonthLength(y, m));
                    return last - Math.floorMod(CalendarMath.dayOfWeek(last) - dow, 7) + (day + 1) * 7L;
                }
            case DOW_GE_DOM_MODE: {
                long d = CalendarMath.fixedFromGregorian(y, m, day);
                return d + Math.floorMod(dow - CalendarMath.dayOfWeek(d), 7);
            }
            default: {
                long d = CalendarMath.fixedFromGregorian(y, m, day);
                return d - Math.floorMod(CalendarMath.dayOfWeek(d) - dow, 7);
            }
        }
    }

    /** Whether the UTC instant {@code t} is in daylight time. */
    private boolean inDst(long t) {
        if (!useDaylight) {
            return false;
        }
        long y = CalendarMath.gregorianFromFixed(Math.floorDiv(t + rawOffset, 86400000L))[0];
        if (y < startYear) {
            return false;
        }
        long start = ruleDay(y, startMonth, startMode, startDay, startDayOfWeek) * 86400000L + startTime;
        start -= startTimeMode == UTC_TIME ? 0 : rawOffset;
        long end = ruleDay(y, endMonth, endMode, endDay, endDayOfWeek) * 86400000L + endTime;
        end -= endTimeMode == UTC_TIME ? 0 : endTimeMode == STANDARD_TIME ? rawOffset : rawOffset + dstSavings;
        if (start <= end) {
            return t >= start && t < end;
        }
        return t >= start || t < end;
    }

    @Override
    public int getOffset(int era, int year, int month, int day, int dayOfWeek, int millis) {
        if (era != GregorianCalendar.AD && era != GregorianCalendar.BC) {
            throw new IllegalArgumentException("Illegal era " + era);
        }
        if (month < Calendar.JANUARY || month > Calendar.DECEMBER) {
            throw new IllegalArgumentException("Illegal month " + month);
        }
        if (dayOfWeek < Calendar.SUNDAY || dayOfWeek > Calendar.SATURDAY) {
            throw new IllegalArgumentException("Illegal day of week " + dayOfWeek);
        }
        if (millis < 0 || millis >= 86400000) {
            throw new IllegalArgumentException("Illegal millis " + millis);
        }
        long y = era == GregorianCalendar.BC ? 1 - year : year;
        long local = CalendarMath.fixedFromGregorian(y, month + 1, day) * 86400000L + millis;
        return getOffset(local - rawOffset);
    }

    @Override
    public int getOffset(long date) {
        return inDst(date) ? rawOffset + dstSavings : rawOffset;
    }

    @Override
    public int getRawOffset() {
        return rawOffset;
    }

    @Override
    public void setRawOffset(int offsetMillis) {
        rawOffset = offsetMillis;
    }

    public void setDSTSavings(int millisSavedDuringDST) {
        if (millisSavedDuringDST <= 0) {
            throw new IllegalArgumentException("Illegal daylight saving value: " + millisSavedDuringDST);
        }
        dstSavings = millisSavedDuringDST;
    }

    @Override
    public int getDSTSavings() {
        return useDaylight ? dstSavings : 0;
    }

    @Override
    public boolean useDaylightTime() {
        return useDaylight;
    }

    @Override
    public boolean observesDaylightTime() {
        return useDaylightTime();
    }

    @Override
    public boolean inDaylightTime(Date date) {
        return inDst(date.getTime());
    }

    @Override
    public Object clone() {
        return super.clone();
    }

    @Override
    public synchronized int hashCode() {
        return startMonth ^ startDay ^ startDayOfWeek ^ startTime ^ endMonth ^ endDay ^ endDayOfWeek ^ endTime
                ^ rawOffset;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof SimpleTimeZone)) {
            return false;
        }
        SimpleTimeZone that = (SimpleTimeZone) obj;
        return getID().equals(that.getID()) && hasSameRules(that);
    }

    @Override
    public boolean hasSameRules(TimeZone other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SimpleTimeZone)) {
            return false;
        }
        SimpleTimeZone that = (SimpleTimeZone) other;
        return rawOffset == that.rawOffset && useDaylight == that.useDaylight
                && (!useDaylight || (dstSavings == that.dstSavings && startMode == that.startMode
                        && startMonth == that.startMonth && startDay == that.startDay
                        && startDayOfWeek == that.startDayOfWeek && startTime == that.startTime
                        && startTimeMode == that.startTimeMode && endMode == that.endMode
                        && endMonth == that.endMonth && endDay == that.endDay && endDayOfWeek == that.endDayOfWeek
                        && endTime == that.endTime && endTimeMode == that.endTimeMode
                        && startYear == that.startYear));
    }

    @Override
    public String toString() {
        return getClass().getName() + "[id=" + getID() + ",offset=" + rawOffset + ",dstSavings=" + dstSavings
                + ",useDaylight=" + useDaylight + ",startYear=" + startYear + ",startMode=" + startMode
                + ",startMonth=" + startMonth + ",startDay=" + startDay + ",startDayOfWeek=" + startDayOfWeek
                + ",startTime=" + startTime + ",startTimeMode=" + startTimeMode + ",endMode=" + endMode
                + ",endMonth=" + endMonth + ",endDay=" + endDay + ",endDayOfWeek=" + endDayOfWeek + ",endTime="
                + endTime + ",endTimeMode=" + endTimeMode + ']';
    }
}
