/*
 * Tern class library: the standard queries (java.time.temporal.TemporalQueries). Each query is
 * an instance of the private Query class whose kind selects what it extracts.
 */
package java.time.temporal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.Chronology;

public final class TemporalQueries {
    private TemporalQueries() {
    }

    private static final int ZONE_ID = 0, CHRONO = 1, PRECISION = 2, ZONE = 3, OFFSET = 4, LOCAL_DATE = 5, LOCAL_TIME = 6;

    /** One of the standard queries; toString gives the JDK's names. */
    private static final class Query implements TemporalQuery<Object> {
        private final int kind;
        private final String name;

        Query(int kind, String name) {
            this.kind = kind;
            this.name = name;
        }

        @Override
        public Object queryFrom(TemporalAccessor temporal) {
            switch (kind) {
                case ZONE_ID:
                    return temporal.query(TemporalQueries.zoneId());
                case CHRONO:
                    return temporal.query(TemporalQueries.chronology());
                case PRECISION:
                    return temporal.query(TemporalQueries.precision());
                case ZONE: {
                    ZoneId zone = temporal.query(TemporalQueries.zoneId());
                    return (zone != null ? zone : temporal.query(TemporalQueries.offset()));
                }
                case OFFSET:
                    if (temporal.isSupported(ChronoField.OFFSET_SECONDS)) {
                        return ZoneOffset.ofTotalSeconds(temporal.get(ChronoField.OFFSET_SECONDS));
                    }
                    return null;
                case LOCAL_DATE:
                    if (temporal.isSupported(ChronoField.EPOCH_DAY)) {
                        return LocalDate.ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY));
                    }
                    return null;
                default:
                    if (temporal.isSupported(ChronoField.NANO_OF_DAY)) {
                        return LocalTime.ofNanoOfDay(temporal.getLong(ChronoField.NANO_OF_DAY));
                    }
                    return null;
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Query Q_ZONE_ID = new Query(ZONE_ID, "ZoneId");
    private static final Query Q_CHRONO = new Query(CHRONO, "Chronology");
    private static final Query Q_PRECISION = new Query(PRECISION, "Precision");
    private static final Query Q_ZONE = new Query(ZONE, "Zone");
    private static final Query Q_OFFSET = new Query(OFFSET, "Offset");
    private static final Query Q_LOCAL_DATE = new Query(LOCAL_DATE, "LocalDate");
    private static final Query Q_LOCAL_TIME = new Query(LOCAL_TIME, "LocalTime");

    @SuppressWarnings("unchecked")
    private static <R> TemporalQuery<R> cast(Query q) {
        return (TemporalQuery<R>) (TemporalQuery<?>) q;
    }

    public static TemporalQuery<ZoneId> zoneId() {
        return cast(Q_ZONE_ID);
    }

    public static TemporalQuery<Chronology> chronology() {
        return cast(Q_CHRONO);
    }

    public static TemporalQuery<TemporalUnit> precision() {
        return cast(Q_PRECISION);
    }

    public static TemporalQuery<ZoneId> zone() {
        return cast(Q_ZONE);
    }

    public static TemporalQuery<ZoneOffset> offset() {
        return cast(Q_OFFSET);
    }

    public static TemporalQuery<LocalDate> localDate() {
        return cast(Q_LOCAL_DATE);
    }

    public static TemporalQuery<LocalTime> localTime() {
        return cast(Q_LOCAL_TIME);
    }
}
