/*
 * Tern class library: the English names of months, days of week, AM/PM, eras and quarters used
 * by text printing and parsing. Tern has no locale data: every locale gets these names.
 */
package java.time.format;

import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalField;

final class EnglishText {
    private EnglishText() {
    }

    private static final String[] MONTHS_FULL = {"January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] MONTHS_NARROW = {"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"};
    private static final String[] DAYS_FULL = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] DAYS_SHORT = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] DAYS_NARROW = {"M", "T", "W", "T", "F", "S", "S"};
    private static final String[] AMPM = {"AM", "PM"};
    private static final String[] AMPM_NARROW = {"a", "p"};
    private static final String[] ERAS_FULL = {"Before Christ", "Anno Domini"};
    private static final String[] ERAS_SHORT = {"BC", "AD"};
    private static final String[] ERAS_NARROW = {"B", "A"};
    private static final String[] QUARTERS_FULL = {"1st quarter", "2nd quarter", "3rd quarter", "4th quarter"};
    private static final String[] QUARTERS_SHORT = {"Q1", "Q2", "Q3", "Q4"};
    private static final String[] QUARTERS_NARROW = {"1", "2", "3", "4"};

    /** The names of a field's values in a style, indexed from the field's first value, or null. */
    static String[] names(TemporalField field, TextStyle style) {
        TextStyle s = style.asNormal();
        if (field == ChronoField.MONTH_OF_YEAR) {
            return s == TextStyle.FULL ? MONTHS_FULL : s == TextStyle.SHORT ? MONTHS_SHORT : MONTHS_NARROW;
        } else if (field == ChronoField.DAY_OF_WEEK) {
            return s == TextStyle.FULL ? DAYS_FULL : s == TextStyle.SHORT ? DAYS_SHORT : DAYS_NARROW;
        } else if (field == ChronoField.AMPM_OF_DAY) {
            return s == TextStyle.NARROW ? AMPM_NARROW : AMPM;
        } else if (field == ChronoField.ERA) {
            return s == TextStyle.FULL ? ERAS_FULL : s == TextStyle.SHORT ? ERAS_SHORT : ERAS_NARROW;
        } else if (field == IsoFields.QUARTER_OF_YEAR) {
            return s == TextStyle.FULL ? QUARTERS_FULL : s == TextStyle.SHORT ? QUARTERS_SHORT : QUARTERS_NARROW;
        }
        return null;
    }

    /** The value of the first name in names(). */
    static long firstValue(TemporalField field) {
        return (field == ChronoField.AMPM_OF_DAY || field == ChronoField.ERA) ? 0 : 1;
    }

    static String text(TemporalField field, long value, TextStyle style) {
        String[] names = names(field, style);
        if (names == null) {
            return null;
        }
        long index = value - firstValue(field);
        if (index < 0 || index >= names.length) {
            return null;
        }
        return names[(int) index];
    }
}
