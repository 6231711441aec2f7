/*
 * Tern class library: the English (CLDR, JDK 17) names of months, weekdays and their short and
 * narrow forms, shared by Calendar.getDisplayName and Date.toString.
 */
package java.util;

final class DateNames {
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    static final String[] NARROW_MONTHS = {"J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"};
    static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] SHORT_WEEKDAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static final String[] NARROW_WEEKDAYS = {"S", "M", "T", "W", "T", "F", "S"};

    private DateNames() {
    }
}
