/*
 * Tern class library: the state of one format call: the temporal being printed and how deep in
 * optional sections the printer is (inside one, a missing field skips the section instead of
 * failing).
 */
package java.time.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.ValueRange;
import java.util.Locale;

final class DateTimePrintContext {
    private final TemporalAccessor temporal;
    private final DateTimeFormatter formatter;
    private int optional;

    DateTimePrintContext(TemporalAccessor temporal, DateTimeFormatter formatter) {
        this.temporal = adjust(temporal, formatter);
        this.formatter = formatter;
    }

    /** Applies the formatter's override zone: instants are moved into it, others just report it. */
    private static TemporalAccessor adjust(TemporalAccessor temporal, DateTimeFormatter formatter) {
        ZoneId overrideZone = formatter.getZone();
        if (overrideZone == null) {
            return temporal;
        }
        ZoneId temporalZone = temporal.query(TemporalQueries.zoneId());
        if (overrideZone.equals(temporalZone)) {
            return temporal;
        }
        if (temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
            return ZonedDateTime.ofInstant(Instant.from(temporal), overrideZone);
        }
        return new TemporalAccessor() {
            @Override
            public boolean isSupported(TemporalField field) {
                return temporal.isSupported(field);
            }

            @Override
            public ValueRange range(TemporalField field) {
                return temporal.range(field);
            }

            @Override
            public long getLong(TemporalField field) {
                return temporal.getLong(field);
            }

            @SuppressWarnings("unchecked")
            @Override
            public <R> R query(TemporalQuery<R> query) {
                if (query == TemporalQueries.zoneId()) {
                    return (R) overrideZone;
                }
                return temporal.query(query);
            }

            @Override
            public String toString() {
                return temporal + " with zone " + overrideZone;
            }
        };
    }

    TemporalAccessor getTemporal() {
        return temporal;
    }

    Locale getLocale() {
        return formatter.getLocale();
    }

    void startOptional() {
        optional++;
    }

    void endOptional() {
        optional--;
    }

    /** The result of a query, or null inside an optional section; outside one, null is an error. */
    <R> R getValue(TemporalQuery<R> query) {
        R result = temporal.query(query);
        if (result == null && optional == 0) {
            throw new DateTimeException("Unable to extract " + query + " from temporal " + temporal);
        }
        return result;
    }

    /** The field's value, or null inside an optional section when unsupported. */
    Long getValue(TemporalField field) {
        if (optional > 0 && !temporal.isSupported(field)) {
            return null;
        }
        return temporal.getLong(field);
    }

    @Override
    public String toString() {
        return temporal.toString();
    }
}
