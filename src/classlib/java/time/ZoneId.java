/*
 * Tern class library: a time-zone identifier (java.time.ZoneId). Tern has no time-zone database:
 * it knows ZoneOffsets, the fixed regions UTC/GMT/UT (optionally with an offset, e.g. "GMT+2")
 * and the fixed "Etc/..." aliases of UTC. Other region IDs throw ZoneRulesException, as the JDK
 * does for IDs missing from its database.
 */
package java.time;

import java.io.Serializable;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

public abstract class ZoneId implements Serializable {
    private static final long serialVersionUID = 8352817235686L;

    /** Region IDs that are fixed at UTC in the tz database. */
    private static final String[] UTC_ALIASES = {
        "Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/Greenwich", "Etc/GMT0",
        "Etc/GMT+0", "Etc/GMT-0", "UCT", "Universal", "Zulu", "Greenwich", "GMT0",
    };

    /**
     * The old three-letter IDs (as in java.util.TimeZone) to modern IDs. Only EST, MST and HST
     * map to fixed offsets, which are the ones Tern can resolve without a time-zone database.
     */
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

    public static ZoneId systemDefault() {
        String id = System.getProperty("user.timezone");
        if (id == null || id.isEmpty()) {
            id = System.getenv("TZ");
            if (id != null && id.startsWith(":")) {
                id = id.substring(1);
            }
            if (id == null || id.isEmpty() || !isKnown(id)) {
                id = "UTC";
            }
            System.setProperty("user.timezone", id);
        }
        return ZoneId.of(id);
    }

    private static boolean isKnown(String id) {
        try {
            of(id);
            return true;
        } catch (DateTimeException ex) {
            return false;
        }
    }

    public static Set<String> getAvailableZoneIds() {
        Set<String> ids = new TreeSet<>();
        ids.add("UTC");
        ids.add("GMT");
        ids.add("UT");
        for (String alias : UTC_ALIASES) {
            ids.add(alias);
        }
        return ids;
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
        return ZoneRegion.ofId(zoneId, UTC_ALIASES);
    }

    private static ZoneId ofWithPrefix(String zoneId, int prefixLength) {
        String prefix = zoneId.substring(0, prefixLength);
        if (zoneId.length() == prefixLength) {
            return ofOffset(prefix, ZoneOffset.UTC);
        }
        if (zoneId.charAt(prefixLength) != '+' && zoneId.charAt(prefixLength) != '-') {
            return ZoneRegion.ofId(zoneId, UTC_ALIASES);
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
