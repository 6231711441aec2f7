/*
 * Tern class library: the offset rules of a zone (java.time.zone.ZoneRules). A fixed offset
 * (ZoneRules.of(offset)) has no transitions; a region of the time-zone database has its listed
 * standard and wall offset transitions, and for instants after the last listed one the yearly
 * rules (ZoneOffsetTransitionRule) that continue it forever.
 */
package java.time.zone;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public final class ZoneRules implements Serializable {
    private static final long serialVersionUID = 3044319355680032515L;

    private static final long[] NO_LONGS = new long[0];
    private static final ZoneOffsetTransitionRule[] NO_RULES = new ZoneOffsetTransitionRule[0];
    private static final LocalDateTime[] NO_DATE_TIMES = new LocalDateTime[0];

    /** Instants (epoch seconds) where the standard offset changes; standardOffsets has one more entry. */
    private final long[] standardTransitions;
    private final ZoneOffset[] standardOffsets;
    /** Instants where the wall offset changes; wallOffsets has one more entry. */
    private final long[] savingsInstantTransitions;
    private final ZoneOffset[] wallOffsets;
    /**
     * Two local date-times per wall transition, ascending: where the transition's gap or overlap
     * starts and where it ends on the local time line.
     */
    private final LocalDateTime[] savingsLocalTransitions;
    private final ZoneOffsetTransitionRule[] lastRules;
    /** Transitions the last rules give, by year. */
    private final transient Map<Integer, ZoneOffsetTransition[]> lastRulesCache = new HashMap<>();

    private ZoneRules(ZoneOffset offset) {
        this.standardTransitions = NO_LONGS;
        this.standardOffsets = new ZoneOffset[] {offset};
        this.savingsInstantTransitions = NO_LONGS;
        this.wallOffsets = standardOffsets;
        this.savingsLocalTransitions = NO_DATE_TIMES;
        this.lastRules = NO_RULES;
    }

    /** Rules from arrays (the database's form); the arrays become the rules' own. */
    ZoneRules(long[] standardTransitions, ZoneOffset[] standardOffsets, long[] savingsInstantTransitions,
            ZoneOffset[] wallOffsets, ZoneOffsetTransitionRule[] lastRules) {
        this.standardTransitions = standardTransitions;
        this.standardOffsets = standardOffsets;
        this.savingsInstantTransitions = savingsInstantTransitions;
        this.wallOffsets = wallOffsets;
        this.lastRules = lastRules;
        this.savingsLocalTransitions = localTransitions(savingsInstantTransitions, wallOffsets);
    }

    private static LocalDateTime[] localTransitions(long[] instants, ZoneOffset[] wallOffsets) {
        LocalDateTime[] local = new LocalDateTime[instants.length * 2];
        for (int i = 0; i < instants.length; i++) {
            ZoneOffset before = wallOffsets[i];
            ZoneOffset after = wallOffsets[i + 1];
            LocalDateTime atBefore = LocalDateTime.ofEpochSecond(instants[i], 0, before);
            LocalDateTime atAfter = LocalDateTime.ofEpochSecond(instants[i], 0, after);
            boolean gap = after.getTotalSeconds() > before.getTotalSeconds();
            local[2 * i] = gap ? atBefore : atAfter;
            local[2 * i + 1] = gap ? atAfter : atBefore;
        }
        return local;
    }

    public static ZoneRules of(ZoneOffset baseStandardOffset, ZoneOffset baseWallOffset,
            List<ZoneOffsetTransition> standardOffsetTransitionList, List<ZoneOffsetTransition> transitionList,
            List<ZoneOffsetTransitionRule> lastRules) {
        Objects.requireNonNull(baseStandardOffset, "baseStandardOffset");
        Objects.requireNonNull(baseWallOffset, "baseWallOffset");
        Objects.requireNonNull(standardOffsetTransitionList, "standardOffsetTransitionList");
        Objects.requireNonNull(transitionList, "transitionList");
        Objects.requireNonNull(lastRules, "lastRules");
        long[] std = new long[standardOffsetTransitionList.size()];
        ZoneOffset[] stdOffsets = new ZoneOffset[std.length + 1];
        stdOffsets[0] = baseStandardOffset;
        for (int i = 0; i < std.length; i++) {
            ZoneOffsetTransition t = standardOffsetTransitionList.get(i);
            std[i] = t.toEpochSecond();
            stdOffsets[i + 1] = t.getOffsetAfter();
        }
        long[] wall = new long[transitionList.size()];
        ZoneOffset[] wallOffsets = new ZoneOffset[wall.length + 1];
        wallOffsets[0] = baseWallOffset;
        for (int i = 0; i < wall.length; i++) {
            ZoneOffsetTransition t = transitionList.get(i);
            wall[i] = t.toEpochSecond();
            wallOffsets[i + 1] = t.getOffsetAfter();
        }
        if (lastRules.size() > 16) {
            throw new IllegalArgumentException("Too many transition rules");
        }
        return new ZoneRules(std, stdOffsets, wall, wallOffsets, lastRules.toArray(NO_RULES));
    }

    public static ZoneRules of(ZoneOffset offset) {
        Objects.requireNonNull(offset, "offset");
        return new ZoneRules(offset);
    }

    public boolean isFixedOffset() {
        return standardOffsets[0].equals(wallOffsets[0]) && standardTransitions.length == 0
                && savingsInstantTransitions.length == 0 && lastRules.length == 0;
    }

    public ZoneOffset getOffset(Instant instant) {
        if (savingsInstantTransitions.length == 0) {
            if (lastRules.length == 0) {
                return wallOffsets[0];
            }
            return offsetFromRules(instant.getEpochSecond(), wallOffsets[0]);
        }
        long epochSec = instant.getEpochSecond();
        int last = savingsInstantTransitions.length - 1;
        if (lastRules.length > 0 && epochSec > savingsInstantTransitions[last]) {
            return offsetFromRules(epochSec, wallOffsets[last + 1]);
        }
        // the offset after the last transition at or before epochSec
        return wallOffsets[upperBound(savingsInstantTransitions, epochSec)];
    }

    private ZoneOffset offsetFromRules(long epochSec, ZoneOffset lastWall) {
        ZoneOffsetTransition[] transitions = findTransitionArray(findYear(epochSec, lastWall));
        ZoneOffsetTransition found = null;
        for (ZoneOffsetTransition trans : transitions) {
            found = trans;
            if (epochSec < trans.toEpochSecond()) {
                return trans.getOffsetBefore();
            }
        }
        return found.getOffsetAfter();
    }

    /** The number of entries of the ascending {@code array} that are <= {@code key}. */
    private static int upperBound(long[] array, long key) {
        int lo = 0;
        int hi = array.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (array[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(LocalDateTime[] array, LocalDateTime key) {
        int lo = 0;
        int hi = array.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (array[mid].compareTo(key) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public ZoneOffset getOffset(LocalDateTime localDateTime) {
        Object info = getOffsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition) {
            return ((ZoneOffsetTransition) info).getOffsetBefore();
        }
        return (ZoneOffset) info;
    }

    public List<ZoneOffset> getValidOffsets(LocalDateTime localDateTime) {
        Object info = getOffsetInfo(localDateTime);
        if (info instanceof ZoneOffsetTransition) {
            return ((ZoneOffsetTransition) info).getValidOffsets();
        }
        return Collections.singletonList((ZoneOffset) info);
    }

    public ZoneOffsetTransition getTransition(LocalDateTime localDateTime) {
        Object info = getOffsetInfo(localDateTime);
        return info instanceof ZoneOffsetTransition ? (ZoneOffsetTransition) info : null;
    }

    /** The offset valid at a local date-time, or the transition (gap or overlap) it falls in. */
    private Object getOffsetInfo(LocalDateTime dt) {
        int n = savingsLocalTransitions.length;
        if (lastRules.length > 0 && (n == 0 || dt.isAfter(savingsLocalTransitions[n - 1]))) {
            ZoneOffsetTransition[] transitions = findTransitionArray(dt.getYear());
            Object info = null;
            for (ZoneOffsetTransition trans : transitions) {
                info = findOffsetInfo(dt, trans);
                if (info instanceof ZoneOffsetTransition || info.equals(trans.getOffsetBefore())) {
                    return info;
                }
            }
            return info;
        }
        int k = upperBound(savingsLocalTransitions, dt) - 1;
        if (k < 0) {
            return wallOffsets[0];
        }
        if ((k & 1) == 0) {
            int i = k / 2;
            return new ZoneOffsetTransition(savingsInstantTransitions[i], wallOffsets[i], wallOffsets[i + 1]);
        }
        return wallOffsets[(k + 1) / 2];
    }

    private static Object findOffsetInfo(LocalDateTime dt, ZoneOffsetTransition trans) {
        LocalDateTime before = trans.getDateTimeBefore();
        LocalDateTime after = trans.getDateTimeAfter();
        if (trans.isGap()) {
            if (dt.isBefore(before)) {
                return trans.getOffsetBefore();
            }
            return dt.isBefore(after) ? trans : trans.getOffsetAfter();
        }
        if (dt.isBefore(after)) {
            return trans.getOffsetBefore();
        }
        return dt.isBefore(before) ? trans : trans.getOffsetAfter();
    }

    public boolean isValidOffset(LocalDateTime localDateTime, ZoneOffset offset) {
        return getValidOffsets(localDateTime).contains(offset);
    }

    public ZoneOffset getStandardOffset(Instant instant) {
        if (standardTransitions.length == 0) {
            return standardOffsets[0];
        }
        return standardOffsets[upperBound(standardTransitions, instant.getEpochSecond())];
    }

    public Duration getDaylightSavings(Instant instant) {
        if (isFixedOffset()) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(getOffset(instant).getTotalSeconds() - getStandardOffset(instant).getTotalSeconds());
    }

    public boolean isDaylightSavings(Instant instant) {
        return !getStandardOffset(instant).equals(getOffset(instant));
    }

    public ZoneOffsetTransition nextTransition(Instant instant) {
        if (savingsInstantTransitions.length == 0 && lastRules.length == 0) {
            return null;
        }
        long epochSec = instant.getEpochSecond();
        int n = savingsInstantTransitions.length;
        if (n == 0 || epochSec >= savingsInstantTransitions[n - 1]) {
            if (lastRules.length == 0) {
                return null;
            }
            int year = findYear(epochSec, wallOffsets[n]);
            for (ZoneOffsetTransition trans : findTransitionArray(year)) {
                if (epochSec < trans.toEpochSecond()) {
                    return trans;
                }
            }
            if (year < Year.MAX_VALUE) {
                return findTransitionArray(year + 1)[0];
            }
            return null;
        }
        int i = upperBound(savingsInstantTransitions, epochSec);
        return new ZoneOffsetTransition(savingsInstantTransitions[i], wallOffsets[i], wallOffsets[i + 1]);
    }

    public ZoneOffsetTransition previousTransition(Instant instant) {
        if (savingsInstantTransitions.length == 0 && lastRules.length == 0) {
            return null;
        }
        long epochSec = instant.getEpochSecond();
        if (instant.getNano() > 0 && epochSec < Long.MAX_VALUE) {
            epochSec += 1; // a transition at the same second is before this instant
        }
        int n = savingsInstantTransitions.length;
        long lastListed = n == 0 ? Long.MIN_VALUE : savingsInstantTransitions[n - 1];
        if (lastRules.length > 0 && epochSec > lastListed) {
            ZoneOffset lastWall = wallOffsets[n];
            int year = findYear(epochSec, lastWall);
            int lastListedYear = n == 0 ? Year.MIN_VALUE : findYear(lastListed, lastWall);
            // the rules' transitions of this year and the one before that follow the listed ones
            for (int y = year; y >= year - 1 && y >= lastListedYear; y--) {
                ZoneOffsetTransition[] transitions = findTransitionArray(y);
                for (int i = transitions.length - 1; i >= 0; i--) {
                    long t = transitions[i].toEpochSecond();
                    if (epochSec > t && t > lastListed) {
                        return transitions[i];
                    }
                }
            }
        }
        // the last listed transition strictly before epochSec
        int i = upperBound(savingsInstantTransitions, epochSec - 1) - 1;
        if (i < 0) {
            return null;
        }
        return new ZoneOffsetTransition(savingsInstantTransitions[i], wallOffsets[i], wallOffsets[i + 1]);
    }

    private static int findYear(long epochSecond, ZoneOffset offset) {
        long localSecond = epochSecond + offset.getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(localSecond, 86400)).getYear();
    }

    private ZoneOffsetTransition[] findTransitionArray(int year) {
        Integer key = year;
        synchronized (lastRulesCache) {
            ZoneOffsetTransition[] transitions = lastRulesCache.get(key);
            if (transitions != null) {
                return transitions;
            }
        }
        ZoneOffsetTransition[] transitions = new ZoneOffsetTransition[lastRules.length];
        for (int i = 0; i < lastRules.length; i++) {
            transitions[i] = lastRules[i].createTransition(year);
        }
        synchronized (lastRulesCache) {
            lastRulesCache.put(key, transitions);
        }
        return transitions;
    }

    public List<ZoneOffsetTransition> getTransitions() {
        List<ZoneOffsetTransition> list = new ArrayList<>();
        for (int i = 0; i < savingsInstantTransitions.length; i++) {
            list.add(new ZoneOffsetTransition(savingsInstantTransitions[i], wallOffsets[i], wallOffsets[i + 1]));
        }
        return Collections.unmodifiableList(list);
    }

    public List<ZoneOffsetTransitionRule> getTransitionRules() {
        return List.of(lastRules);
    }

    @Override
    public boolean equals(Object otherRules) {
        if (this == otherRules) {
            return true;
        }
        if (otherRules instanceof ZoneRules) {
            ZoneRules other = (ZoneRules) otherRules;
            return Arrays.equals(standardTransitions, other.standardTransitions)
                    && Arrays.equals(standardOffsets, other.standardOffsets)
                    && Arrays.equals(savingsInstantTransitions, other.savingsInstantTransitions)
                    && Arrays.equals(wallOffsets, other.wallOffsets)
                    && Arrays.equals(lastRules, other.lastRules);
        }
        return false;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(standardTransitions) ^ Arrays.hashCode(standardOffsets)
                ^ Arrays.hashCode(savingsInstantTransitions) ^ Arrays.hashCode(wallOffsets)
                ^ Arrays.hashCode(lastRules);
    }

    @Override
    public String toString() {
        return "ZoneRules[currentStandardOffset=" + standardOffsets[standardOffsets.length - 1] + "]";
    }
}
