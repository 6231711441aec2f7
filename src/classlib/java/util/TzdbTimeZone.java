/*
 * Tern class library: a TimeZone over java.time's ZoneRules (the tz database of build/tzdb.bin),
 * playing the part of HotSpot's sun.util.calendar.ZoneInfo. As there, instants before 1900 get the
 * offsets in effect at 1900 (ZoneInfo keeps no earlier transitions, so no local mean time), the old
 * three-letter IDs map through ZoneId.SHORT_IDS ("EST", "MST", "HST" are fixed offsets), and a
 * local time in a gap or overlap is read as the zone's offset after the transition on the wall
 * clock (GregorianCalendar uses wallOffset).
 */
package java.util;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;

final class TzdbTimeZone extends TimeZone {
    private static final long serialVersionUID = 2653134537216586139L;

    /** 1900-01-01T00:00Z in epoch milliseconds: ZoneInfo's horizon. */
    private static final long UTC1900 = -2208988800000L;

    private final transient ZoneRules rules;
    /** setRawOffset's change, added to every offset (0 normally). */
    private int rawAdjust;

    private TzdbTimeZone(String id, ZoneRules rules) {
        setID(id);
        this.rules = rules;
    }

    /** The zone for a database ID or an old three-letter ID, or null. */
    static TzdbTimeZone of(String id) {
        if (id == null) {
            throw new NullPointerException();
        }
        switch (id) {
            case "EST":
                return new TzdbTimeZone(id, ZoneOffset.ofHours(-5).getRules());
            case "MST":
                return new TzdbTimeZone(id, ZoneOffset.ofHours(-7).getRules());
            case "HST":
                return new TzdbTimeZone(id, ZoneOffset.ofHours(-10).getRules());
            default:
                break;
        }
        String region = id;
        Set<String> ids = ZoneRulesProvider.getAvailableZoneIds();
        if (!ids.contains(region)) {
            region = java.time.ZoneId.SHORT_IDS.get(id);
            if (region == null || !ids.contains(region)) {
                return null;
            }
        }
        return new TzdbTimeZone(id, ZoneRulesProvider.getRules(region, true));
    }

    ZoneRules rules() {
        return rules;
    }

    private static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis < UTC1900 ? UTC1900 : millis);
    }

    @Override
    public int getOffset(long date) {
        return rules.getOffset(instant(date)).getTotalSeconds() * 1000 + rawAdjust;
    }

    /** The standard (raw) offset in effect at {@code date}. */
    int rawOffsetAt(long date) {
        return rules.getStandardOffset(instant(date)).getTotalSeconds() * 1000 + rawAdjust;
    }

    /**
     * The offset of local time {@code localMillis} (milliseconds since 1970-01-01T00:00 local):
     * the valid one, or in a gap the offset before it and in an overlap the offset after it (what
     * HotSpot's GregorianCalendar gives: transitions happen on the wall clock at the new offset).
     */
    int wallOffset(long localMillis) {
        long sec = Math.floorDiv(localMillis, 1000L);
        if (localMillis < UTC1900 + 14 * 3600000L) {
            return getOffset(localMillis - rawOffsetAt(UTC1900));
        }
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.UTC);
        ZoneOffsetTransition t = rules.getTransition(ldt);
        ZoneOffset off;
        if (t == null) {
            off = rules.getOffset(ldt);
        } else if (t.isGap()) {
            off = t.getOffsetBefore();
        } else {
            off = t.getOffsetAfter();
        }
        return off.getTotalSeconds() * 1000 + rawAdjust;
    }

    @Override
    public int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds) {
        if (era != GregorianCalendar.AD && era != GregorianCalendar.BC) {
            throw new IllegalArgumentException("Illegal era " + era);
        }
        if (month < Calendar.JANUARY || month > Calendar.DECEMBER) {
            throw new IllegalArgumentException("Illegal month " + month);
        }
        int y = era == GregorianCalendar.BC ? 1 - year : year;
        long days = CalendarMath.fixedFromGregorian(y, month + 1, day);
        long local = days * 86400000L + milliseconds;
        return getOffset(local - rawOffsetAt(local));
    }

    @Override
    public void setRawOffset(int offsetMillis) {
        rawAdjust += offsetMillis - getRawOffset();
    }

    @Override
    public int getRawOffset() {
        return rawOffsetAt(System.currentTimeMillis());
    }

    @Override
    public int getDSTSavings() {
        int savings = 0;
        for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
            int s = r.getOffsetAfter().getTotalSeconds() - r.getStandardOffset().getTotalSeconds();
            savings = Math.max(savings, s);
        }
        return savings * 1000;
    }

    @Override
    public boolean useDaylightTime() {
        return !rules.getTransitionRules().isEmpty();
    }

    @Override
    public boolean observesDaylightTime() {
        if (useDaylightTime()) {
            return true;
        }
        Instant now = Instant.now();
        if (rules.isDaylightSavings(now)) {
            return true;
        }
        ZoneOffsetTransition next = rules.nextTransition(now);
        while (next != null) {
            if (rules.isDaylightSavings(next.getInstant())) {
                return true;
            }
            next = rules.nextTransition(next.getInstant());
        }
        return false;
    }

    @Override
    public boolean inDaylightTime(Date date) {
        return rules.isDaylightSavings(instant(date.getTime()));
    }

    @Override
    public boolean hasSameRules(TimeZone other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TzdbTimeZone)) {
            return other != null && !useDaylightTime() && !other.useDaylightTime()
                    && getRawOffset() == other.getRawOffset();
        }
        TzdbTimeZone o = (TzdbTimeZone) other;
        return rawAdjust == o.rawAdjust && rules.equals(o.rules);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof TzdbTimeZone)) {
            return false;
        }
        TzdbTimeZone o = (TzdbTimeZone) obj;
        return getID().equals(o.getID()) && hasSameRules(o);
    }

    @Override
    public int hashCode() {
        return getID().hashCode() ^ rawAdjust;
    }

    @Override
    public String toString() {
        return "sun.util.calendar.ZoneInfo[id=\"" + getID() + "\",offset=" + getRawOffset() + ",dstSavings="
                + getDSTSavings() + ",useDaylight=" + useDaylightTime() + ",transitions="
                + rules.getTransitions().size() + ",lastRule=" + (useDaylightTime() ? "..." : "null") + "]";
    }
}
