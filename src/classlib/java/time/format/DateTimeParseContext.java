/*
 * Tern class library: the state of one parse call: case sensitivity, strictness and the stack of
 * Parsed results (an optional section works on a copy that is kept only if it succeeds).
 */
package java.time.format;

import java.time.ZoneId;
import java.time.temporal.TemporalField;
import java.util.ArrayList;
import java.util.Locale;

final class DateTimeParseContext {
    private final DateTimeFormatter formatter;
    private boolean caseSensitive = true;
    private boolean strict = true;
    private final ArrayList<Parsed> parsed = new ArrayList<>();

    DateTimeParseContext(DateTimeFormatter formatter) {
        this.formatter = formatter;
        parsed.add(new Parsed());
    }

    DateTimeFormatter formatter() {
        return formatter;
    }

    Locale getLocale() {
        return formatter.getLocale();
    }

    boolean isCaseSensitive() {
        return caseSensitive;
    }

    void setCaseSensitive(boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
    }

    boolean isStrict() {
        return strict;
    }

    void setStrict(boolean strict) {
        this.strict = strict;
    }

    boolean subSequenceEquals(CharSequence cs1, int offset1, CharSequence cs2, int offset2, int length) {
        if (offset1 + length > cs1.length() || offset2 + length > cs2.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!charEquals(cs1.charAt(offset1 + i), cs2.charAt(offset2 + i))) {
                return false;
            }
        }
        return true;
    }

    boolean charEquals(char ch1, char ch2) {
        if (caseSensitive) {
            return ch1 == ch2;
        }
        return ch1 == ch2 || Character.toUpperCase(ch1) == Character.toUpperCase(ch2)
                || Character.toLowerCase(ch1) == Character.toLowerCase(ch2);
    }

    void startOptional() {
        parsed.add(currentParsed().copy());
    }

    void endOptional(boolean successful) {
        if (successful) {
            parsed.remove(parsed.size() - 2);
        } else {
            parsed.remove(parsed.size() - 1);
        }
    }

    Parsed currentParsed() {
        return parsed.get(parsed.size() - 1);
    }

    Long getParsed(TemporalField field) {
        return currentParsed().fieldValues.get(field);
    }

    /** Records a field; a different earlier value for it makes the parse fail at errorPos. */
    int setParsedField(TemporalField field, long value, int errorPos, int successPos) {
        Long old = currentParsed().fieldValues.put(field, value);
        return (old != null && old.longValue() != value) ? ~errorPos : successPos;
    }

    void setParsedZone(ZoneId zone) {
        currentParsed().zone = zone;
    }

    Parsed toResolved(ResolverStyle resolverStyle) {
        Parsed result = currentParsed();
        result.chrono = java.time.chrono.IsoChronology.INSTANCE;
        result.zone = (result.zone != null ? result.zone : formatter.getZone());
        return result.resolve(resolverStyle);
    }

    @Override
    public String toString() {
        return currentParsed().toString();
    }
}
