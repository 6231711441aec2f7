/*
 * Tern class library: the time-zone database built with Tern (build/tzdb.bin, generated from the
 * JDK's own tzdata rules; see scripts/tz/GenTzdbData.java for the layout). The natives hand over
 * one zone's serialized rules at a time; they are parsed here and cached.
 */
package java.time.zone;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

final class TzdbZoneRulesProvider extends ZoneRulesProvider {
    private Set<String> ids;
    private String version;
    private final Map<String, ZoneRules> cache = new HashMap<>();

    /** Every zone ID of the database, sorted. */
    private static native String[] ids0();

    /** The tzdata release, e.g. "2025a". */
    private static native String version0();

    /** The serialized rules of {@code id}, or null when the database has no such ID. */
    private static native byte[] rules0(String id);

    synchronized boolean has(String zoneId) {
        return provideZoneIds().contains(zoneId);
    }

    @Override
    protected synchronized Set<String> provideZoneIds() {
        if (ids == null) {
            ids = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(ids0())));
        }
        return ids;
    }

    @Override
    protected ZoneRules provideRules(String zoneId, boolean forCaching) {
        synchronized (cache) {
            ZoneRules rules = cache.get(zoneId);
            if (rules != null) {
                return rules;
            }
        }
        byte[] data = rules0(zoneId);
        if (data == null) {
            throw new ZoneRulesException("Unknown time-zone ID: " + zoneId);
        }
        ZoneRules rules = parse(data);
        synchronized (cache) {
            cache.put(zoneId, rules);
        }
        return rules;
    }

    @Override
    protected NavigableMap<String, ZoneRules> provideVersions(String zoneId) {
        ZoneRules rules = provideRules(zoneId, false);
        synchronized (this) {
            if (version == null) {
                version = version0();
            }
        }
        TreeMap<String, ZoneRules> map = new TreeMap<>();
        map.put(version, rules);
        return map;
    }

    @Override
    public String toString() {
        return "TZDB[" + version0() + "]";
    }

    private static ZoneRules parse(byte[] data) {
        Reader in = new Reader(data);
        int n = in.int32();
        long[] std = in.longs(n);
        ZoneOffset[] stdOffsets = in.offsets(n + 1);
        int m = in.int32();
        long[] wall = in.longs(m);
        ZoneOffset[] wallOffsets = in.offsets(m + 1);
        int r = in.int32();
        ZoneOffsetTransitionRule[] rules = new ZoneOffsetTransitionRule[r];
        for (int i = 0; i < r; i++) {
            Month month = Month.of(in.u8());
            int dom = (byte) in.u8();
            int dow = in.u8();
            LocalTime time = LocalTime.ofSecondOfDay(in.int32());
            boolean endOfDay = in.u8() != 0;
            ZoneOffsetTransitionRule.TimeDefinition def = ZoneOffsetTransitionRule.TimeDefinition.values()[in.u8()];
            ZoneOffset standard = ZoneOffset.ofTotalSeconds(in.int32());
            ZoneOffset before = ZoneOffset.ofTotalSeconds(in.int32());
            ZoneOffset after = ZoneOffset.ofTotalSeconds(in.int32());
            rules[i] = new ZoneOffsetTransitionRule(month, dom, dow == 0 ? null : DayOfWeek.of(dow), time,
                    endOfDay, def, standard, before, after);
        }
        return new ZoneRules(std, stdOffsets, wall, wallOffsets, rules);
    }

    /** Big-endian reads over a byte array. */
    private static final class Reader {
        private final byte[] b;
        private int p;

        Reader(byte[] b) {
            this.b = b;
        }

        int u8() {
            return b[p++] & 0xFF;
        }

        int int32() {
            int v = ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
            p += 4;
            return v;
        }

        long[] longs(int n) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                long hi = int32();
                long lo = int32() & 0xFFFFFFFFL;
                out[i] = (hi << 32) | lo;
            }
            return out;
        }

        ZoneOffset[] offsets(int n) {
            ZoneOffset[] out = new ZoneOffset[n];
            for (int i = 0; i < n; i++) {
                out[i] = ZoneOffset.ofTotalSeconds(int32());
            }
            return out;
        }
    }
}
