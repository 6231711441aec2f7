/*
 * Tern class library: day arithmetic of the Gregorian and Julian calendars for GregorianCalendar,
 * Date and SimpleDateFormat. A fixed date is a day count from 1970-01-01 (the epoch day); years are
 * astronomical (0 is 1 BC, -1 is 2 BC); months 1..12.
 */
package java.util;

final class CalendarMath {
    /** The Rata Die (day 1 = Gregorian 0001-01-01) of 1970-01-01. */
    private static final long RD_EPOCH = 719163;

    private CalendarMath() {
    }

    static boolean isGregorianLeap(long y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    static boolean isJulianLeap(long y) {
        return (y & 3) == 0;
    }

    private static long monthDays(long m, boolean leap) {
        long d = Math.floorDiv(367 * m - 362, 12);
        if (m > 2) {
            d -= leap ? 1 : 2;
        }
        return d;
    }

    /** The fixed date of Gregorian y-m-d (m 1..12, d may exceed the month: it just adds days). */
    static long fixedFromGregorian(long y, int m, long d) {
        long p = y - 1;
        long rd = 365 * p + Math.floorDiv(p, 4) - Math.floorDiv(p, 100) + Math.floorDiv(p, 400)
                + monthDays(m, isGregorianLeap(y)) + d;
        return rd - RD_EPOCH;
    }

    /** The fixed date of Julian y-m-d. */
    static long fixedFromJulian(long y, int m, long d) {
        long p = y - 1;
        long rd = -2 + 365 * p + Math.floorDiv(p, 4) + monthDays(m, isJulianLeap(y)) + d;
        return rd - RD_EPOCH;
    }

    /** {year, month 1..12, day} of a fixed date in the Gregorian calendar. */
    static long[] gregorianFromFixed(long fd) {
        long d0 = fd + RD_EPOCH - 1;
        long n400 = Math.floorDiv(d0, 146097);
        long d1 = Math.floorMod(d0, 146097);
        long n100 = d1 / 36524;
        long d2 = d1 % 36524;
        long n4 = d2 / 1461;
        long d3 = d2 % 1461;
        long n1 = d3 / 365;
        long year = 400 * n400 + 100 * n100 + 4 * n4 + n1;
        if (n100 != 4 && n1 != 4) {
            year++;
        }
        return monthDay(year, fd, true);
    }

    /** {year, month 1..12, day} of a fixed date in the Julian calendar. */
    static long[] julianFromFixed(long fd) {
        long rd = fd + RD_EPOCH;
        long year = Math.floorDiv(4 * (rd + 1) + 1464, 1461);
        return monthDay(year, fd, false);
    }

    private static long[] monthDay(long year, long fd, boolean gregorian) {
        long jan1 = gregorian ? fixedFromGregorian(year, 1, 1) : fixedFromJulian(year, 1, 1);
        long mar1 = gregorian ? fixedFromGregorian(year, 3, 1) : fixedFromJulian(year, 3, 1);
        boolean leap = gregorian ? isGregorianLeap(year) : isJulianLeap(year);
        long prior = fd - jan1;
        long correction = fd < mar1 ? 0 : (leap ? 1 : 2);
        int month = (int) Math.floorDiv(12 * (prior + correction) + 373, 367);
        long first = gregorian ? fixedFromGregorian(year, month, 1) : fixedFromJulian(year, month, 1);
        return new long[] {year, month, fd - first + 1};
    }

    /** Day of week of a fixed date: 1 Sunday .. 7 Saturday. */
    static int dayOfWeek(long fd) {
        return (int) Math.floorMod(fd + 4, 7) + 1;
    }

    static int gregorianMonthLength(long y, int m) {
        switch (m) {
            case 2:
                return isGregorianLeap(y) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
