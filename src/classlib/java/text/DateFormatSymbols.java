/*
 * Tern class library: java.text.DateFormatSymbols with the English (CLDR, JDK 17) names for every
 * locale (Tern ships no other locale data). Zone strings come from java.util.TimeZone.
 */
package java.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.TimeZone;

public class DateFormatSymbols implements java.io.Serializable, Cloneable {
    private static final long serialVersionUID = -5987973545549424702L;

    static final String PATTERN_CHARS = "GyMdkHmsSEDFwWahKzZYuXL";

    String[] eras = {"BC", "AD"};
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", ""};
    String[] shortMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", ""};
    String[] weekdays = {"", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    String[] shortWeekdays = {"", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    String[] ampms = {"AM", "PM"};
    String[][] zoneStrings;
    String localPatternChars = "GyMdkHmsSEDFwWahKzZ";
    private final Locale locale;

    public DateFormatSymbols() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    public DateFormatSymbols(Locale locale) {
        this.locale = locale;
    }

    public static Locale[] getAvailableLocales() {
        return Locale.getAvailableLocales();
    }

    public static final DateFormatSymbols getInstance() {
        return new DateFormatSymbols();
    }

    public static final DateFormatSymbols getInstance(Locale locale) {
        return new DateFormatSymbols(locale);
    }

    public String[] getEras() {
        return eras.clone();
    }

    public void setEras(String[] newEras) {
        eras = newEras.clone();
    }

    public String[] getMonths() {
        return months.clone();
    }

    public void setMonths(String[] newMonths) {
        months = newMonths.clone();
    }

    public String[] getShortMonths() {
        return shortMonths.clone();
    }

    public void setShortMonths(String[] newShortMonths) {
        shortMonths = newShortMonths.clone();
    }

    public String[] getWeekdays() {
        return weekdays.clone();
    }

    public void setWeekdays(String[] newWeekdays) {
        weekdays = newWeekdays.clone();
    }

    public String[] getShortWeekdays() {
        return shortWeekdays.clone();
    }

    public void setShortWeekdays(String[] newShortWeekdays) {
        shortWeekdays = newShortWeekdays.clone();
    }

    public String[] getAmPmStrings() {
        return ampms.clone();
    }

    public void setAmPmStrings(String[] newAmpms) {
        ampms = newAmpms.clone();
    }

    /** Rows of {ID, long standard, short standard, long daylight, short daylight}. */
    public String[][] getZoneStrings() {
        String[][] z = zoneStrings();
        String[][] copy = new String[z.length][];
        for (int i = 0; i < z.length; i++) {
            copy[i] = z[i].clone();
        }
        return copy;
    }

    String[][] zoneStrings() {
        if (zoneStrings == null) {
            String[] ids = TimeZone.getAvailableIDs();
            String[][] rows = new String[ids.length][];
            for (int i = 0; i < ids.length; i++) {
                TimeZone tz = TimeZone.getTimeZone(ids[i]);
                rows[i] = new String[] {ids[i], tz.getDisplayName(false, TimeZone.LONG, locale),
                    tz.getDisplayName(false, TimeZone.SHORT, locale), tz.getDisplayName(true, TimeZone.LONG, locale),
                    tz.getDisplayName(true, TimeZone.SHORT, locale)};
            }
            zoneStrings = rows;
        }
        return zoneStrings;
    }

    public void setZoneStrings(String[][] newZoneStrings) {
        String[][] copy = new String[newZoneStrings.length][];
        for (int i = 0; i < newZoneStrings.length; i++) {
            if (newZoneStrings[i].length < 5) {
                throw new IllegalArgumentException();
            }
            copy[i] = newZoneStrings[i].clone();
        }
        zoneStrings = copy;
    }

    public String getLocalPatternChars() {
        return localPatternChars;
    }

    public void setLocalPatternChars(String newLocalPatternChars) {
        localPatternChars = newLocalPatternChars.toString();
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(eras) * 31 + Arrays.hashCode(months);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DateFormatSymbols)) {
            return false;
        }
        DateFormatSymbols that = (DateFormatSymbols) obj;
        return Arrays.equals(eras, that.eras) && Arrays.equals(months, that.months)
                && Arrays.equals(shortMonths, that.shortMonths) && Arrays.equals(weekdays, that.weekdays)
                && Arrays.equals(shortWeekdays, that.shortWeekdays) && Arrays.equals(ampms, that.ampms)
                && localPatternChars.equals(that.localPatternChars);
    }
}
