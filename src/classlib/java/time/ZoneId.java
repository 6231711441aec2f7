/*
 * Tern class library: a time-zone identifier (java.time.ZoneId): a ZoneOffset, UTC/GMT/UT
 * (optionally with an offset, e.g. "GMT+2"), or a region of the time-zone database
 * (java.time.zone.ZoneRulesProvider, built from the JDK's tzdata). IDs missing from the database
 * throw ZoneRulesException, as in the JDK.
 */
package java.time;

import java.io.Serializable;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.time.zone.ZoneRulesProvider;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;

public abstract class ZoneId implements Serializable {
    private static final long serialVersionUID = 8352817235686L;

    /** The old three-letter IDs (as in java.util.TimeZone) to modern IDs. */
    public static final java.util.Map<String, String> SHORT_IDS = java.util.Map.ofEntries(
            java.util.Map.entry("ACT", "Australia/Darwin"),
            java.util.Map.entry("AET", "Australia/Sydney"),
            java.util.Map.entry("AGT", "America/Argentina/Buenos_Aires"),
            java.util.Map.entry("ART", "Africa/Cairo"),
            java.util.Map.entry("AST", "America/Anchorage"),
            java.util.Map.entry("BET", "America/Sao_Paulo"),
            java.util.Map.entry("BST", "Asia/Dhaka"),
            java.util.Map.entry("CAT", "Africa/Harare"),
            java.util.Map.entry("CNT", "America/St_Johns"),
            java.util.Map.entry("CST", "America/Chicago"),
            java.util.Map.entry("CTT", "Asia/Shanghai"),
            java.util.Map.entry("EAT", "Africa/Addis_Ababa"),
            java.util.Map.entry("ECT", "Europe/Paris"),
            java.util.Map.entry("IET", "America/Indiana/Indianapolis"),
            java.util.Map.entry("IST", "Asia/Kolkata"),
            java.util.Map.entry("JST", "Asia/Tokyo"),
            java.util.Map.entry("MIT", "Pacific/Apia"),
            java.util.Map.entry("NET", "Asia/Yerevan"),
            java.util.Map.entry("NST", "Pacific/Auckland"),
            java.util.Map.entry("PLT", "Asia/Karachi"),
            java.util.Map.entry("PNT", "America/Phoenix"),
            java.util.Map.entry("PRT", "America/Puerto_Rico"),
            java.util.Map.entry("PST", "America/Los_Angeles"),
            java.util.Map.entry("SST", "Pacific/Guadalcanal"),
            java.util.Map.entry("VST", "Asia/Ho_Chi_Minh"),
            java.util.Map.entry("EST", "-05:00"),
            java.util.Map.entry("MST", "-07:00"),
            java.util.Map.entry("HST", "-10:00"));

    ZoneId() {
    }

    public static ZoneId of(String zoneId, java.util.Map<String, String> aliasMap) {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(aliasMap, "aliasMap");
        String id = aliasMap.get(zoneId);
        return of(id != null ? id : zoneId);
    }

    /**
     * The default zone: java.util.TimeZone's default (user.timezone, else TZ, else the host's
     * zone; see TimeZone.getDefault), so TimeZone.setDefault changes it too, as in the JDK.
     */
    public static ZoneId systemDefault() {
        return java.util.TimeZone.getDefault().toZoneId();
    }

    public static Set<String> getAvailableZoneIds() {
        return new HashSet<String>(ZoneRulesProvider.getAvailableZoneIds());
    }

    public static ZoneId of(String zoneId) {
        Objects.requireNonNull(zoneId, "zoneId");
        if (zoneId.length() <= 1 || zoneId.startsWith("+") || zoneId.startsWith("-")) {
            return ZoneOffset.of(zoneId);
        } else if (zoneId.startsWith("UTC") || zoneId.startsWith("GMT")) {
            return ofWithPrefix(zoneId, 3);
        } else if (zoneId.startsWith("UT")) {
            return ofWithPrefix(zoneId, 2);
        }
        return ZoneRegion.ofId(zoneId, true);
    }

    private static ZoneId ofWithPrefix(String zoneId, int prefixLength) {
        String prefix = zoneId.substring(0, prefixLength);
        if (zoneId.length() == prefixLength) {
            return ofOffset(prefix, ZoneOffset.UTC);
        }
        if (zoneId.charAt(prefixLength) != '+' && zoneId.charAt(prefixLength) != '-') {
            return ZoneRegion.ofId(zoneId, true);
        }
        try {
            ZoneOffset offset = ZoneOffset.of(zoneId.substring(prefixLength));
            if (offset == ZoneOffset.UTC) {
                return ofOffset(prefix, offset);
            }
            return ofOffset(prefix, offset);
        } catch (DateTimeException ex) {
            throw new DateTimeException("Invalid ID for offset-based ZoneId: " + zoneId, ex);
        }
    }

    public static ZoneId ofOffset(String prefix, ZoneOffset offset) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(offset, "offset");
        if (prefix.isEmpty()) {
            return offset;
        }
        if (!prefix.equals("GMT") && !prefix.equals("UTC") && !prefix.equals("UT")) {
            throw new IllegalArgumentException("prefix should be GMT, UTC or UT, is: " + prefix);
        }
        if (offset.getTotalSeconds() != 0) {
            prefix = prefix.concat(offset.getId());
        }
        return new ZoneRegion(prefix, offset.getRules());
    }

    public static ZoneId from(TemporalAccessor temporal) {
        ZoneId obj = temporal.query(TemporalQueries.zone());
        if (obj == null) {
            throw new DateTimeException("Unable to obtain ZoneId from TemporalAccessor: "
                    + temporal + " of type " + temporal.getClass().getName());
        }
        return obj;
    }

    public abstract String getId();

    public String getDisplayName(java.time.format.TextStyle style, java.util.Locale locale) {
        return new java.time.format.DateTimeFormatterBuilder().appendZoneText(style).toFormatter(locale)
                .format(new ZoneOnly(this));
    }

    /** A temporal that holds only a zone: formatting it gives the zone's generic name. */
    private static final class ZoneOnly implements TemporalAccessor {
        private final ZoneId zone;

        ZoneOnly(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public boolean isSupported(java.time.temporal.TemporalField field) {
            return false;
        }

        @Override
        public long getLong(java.time.temporal.TemporalField field) {
            throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported field: " + field);
        }

        @SuppressWarnings("unchecked")
        @Override
        public <R> R query(java.time.temporal.TemporalQuery<R> query) {
            if (query == TemporalQueries.zoneId()) {
                return (R) zone;
            }
            return TemporalAccessor.super.query(query);
        }
    }

    public abstract ZoneRules getRules();

    public ZoneId normalized() {
        try {
            ZoneRules rules = getRules();
            if (rules.isFixedOffset()) {
                return rules.getOffset(Instant.EPOCH);
            }
        } catch (ZoneRulesException ex) {
            // invalid ZoneRegion is not important to this method
        }
        return this;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj instanceof ZoneId) {
            ZoneId other = (ZoneId) obj;
            return getId().equals(other.getId());
        }
        return false;
    }

    @Override
    public int hashCode() {
        return getId().hashCode();
    }

    @Override
    public String toString() {
        return getId();
    }
}
