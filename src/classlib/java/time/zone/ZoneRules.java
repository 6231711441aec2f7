/*
 * Tern class library: the offset rules of a zone (java.time.zone.ZoneRules). Tern has no
 * time-zone database, so every ZoneRules is a fixed offset (ZoneRules.of(offset)).
 */
package java.time.zone;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

public final class ZoneRules implements Serializable {
    private static final long serialVersionUID = 3044319355680032515L;

    private final ZoneOffset offset;

    private ZoneRules(ZoneOffset offset) {
        this.offset = offset;
    }

    public static ZoneRules of(ZoneOffset offset) {
        Objects.requireNonNull(offset, "offset");
        return new ZoneRules(offset);
    }

    public boolean isFixedOffset() {
        return true;
    }

    public ZoneOffset getOffset(Instant instant) {
        return offset;
    }

    public ZoneOffset getOffset(LocalDateTime localDateTime) {
        return offset;
    }

    public List<ZoneOffset> getValidOffsets(LocalDateTime localDateTime) {
        return List.of(offset);
    }

    public ZoneOffset getStandardOffset(Instant instant) {
        return offset;
    }

    public java.time.Duration getDaylightSavings(Instant instant) {
        return java.time.Duration.ZERO;
    }

    public boolean isDaylightSavings(Instant instant) {
        return false;
    }

    public boolean isValidOffset(LocalDateTime localDateTime, ZoneOffset offset) {
        return this.offset.equals(offset);
    }

    @Override
    public boolean equals(Object otherRules) {
        if (this == otherRules) {
            return true;
        }
        return otherRules instanceof ZoneRules && offset.equals(((ZoneRules) otherRules).offset);
    }

    @Override
    public int hashCode() {
        return 1; // what HotSpot answers for every fixed-offset rule
    }

    @Override
    public String toString() {
        return "ZoneRules[currentStandardOffset=" + offset.toString() + "]";
    }
}
