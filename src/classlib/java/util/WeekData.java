/*
 * Tern class library: the first day of the week and the minimal days in the first week of a
 * locale's country, from CLDR's weekData as JDK 17 ships it (what Calendar.getInstance(locale)
 * reports on HotSpot). A locale without a country gets Sunday and 1, as on HotSpot.
 */
package java.util;

final class WeekData {
    private static final String MIN_DAYS_4 = " AD AN AT AX BE BG CH CZ DE DK EE ES FI FJ FO FR GB GF GG GI GP GR HU IE"
            + " IM IS IT JE LI LT LU MC MQ NL NO PL PT RE RU SE SJ SK SM VA ";
    private static final String SUNDAY_FIRST = " AG AS AU BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP"
            + " KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW ";
    private static final String SATURDAY_FIRST = " AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY ";

    private WeekData() {
    }

    /** {firstDayOfWeek, minimalDaysInFirstWeek} for a locale. */
    static int[] of(Locale locale) {
        String country = locale == null ? "" : locale.getCountry();
        if (country.isEmpty()) {
            return new int[] {Calendar.SUNDAY, 1};
        }
        String key = " " + country + " ";
        int first = SUNDAY_FIRST.contains(key) ? Calendar.SUNDAY
                : SATURDAY_FIRST.contains(key) ? Calendar.SATURDAY
                : country.equals("MV") ? Calendar.FRIDAY : Calendar.MONDAY;
        return new int[] {first, MIN_DAYS_4.contains(key) ? 4 : 1};
    }
}
