/*
 * Tern class library: a region-based zone ID (java.time.ZoneRegion, package-private as in the
 * JDK). Only regions with a fixed offset exist in Tern (see ZoneId).
 */
package java.time;

import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.Objects;

final class ZoneRegion extends ZoneId {
    private static final long serialVersionUID = 8386373296231747096L;

    private final String id;
    private final transient ZoneRules rules;

    ZoneRegion(String id, ZoneRules rules) {
        this.id = id;
        this.rules = rules;
    }

    /** The region for a tz-database-style ID; only the fixed UTC aliases are known. */
    static ZoneRegion ofId(String zoneId, String[] utcAliases) {
        Objects.requireNonNull(zoneId, "zoneId");
        checkName(zoneId);
        for (String alias : utcAliases) {
            if (alias.equals(zoneId)) {
                return new ZoneRegion(zoneId, ZoneOffset.UTC.getRules());
            }
        }
        if (zoneId.startsWith("Etc/GMT") && zoneId.length() > 8) {
            // POSIX-style Etc/GMT+5 means five hours *behind* UTC.
            String rest = zoneId.substring(7);
            char sign = rest.charAt(0);
            String digits = rest.substring(1);
            if ((sign == '+' || sign == '-') && digits.length() <= 2 && isDigits(digits)) {
                int hours = Integer.parseInt(digits);
                if ((sign == '+' && hours <= 12) || (sign == '-' && hours <= 14)) {
                    return new ZoneRegion(zoneId, ZoneOffset.ofHours(sign == '+' ? -hours : hours).getRules());
                }
            }
        }
        throw new ZoneRulesException("Unknown time-zone ID: " + zoneId);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkName(String zoneId) {
        int n = zoneId.length();
        if (n < 2) {
            throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
        }
        for (int i = 0; i < n; i++) {
            char c = zoneId.charAt(i);
            if (c >= 'a' && c <= 'z') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                continue;
            }
            if (c == '/' && i != 0) {
                continue;
            }
            if (c >= '0' && c <= '9' && i != 0) {
                continue;
            }
            if (c == '~' && i != 0) {
                continue;
            }
            if (c == '.' && i != 0) {
                continue;
            }
            if (c == '_' && i != 0) {
                continue;
            }
            if (c == '+' && i != 0) {
                continue;
            }
            if (c == '-' && i != 0) {
                continue;
            }
            throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + zoneId);
        }
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public ZoneRules getRules() {
        return rules;
    }
}
