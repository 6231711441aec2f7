import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.zip.Deflater;

/**
 * Writes build/tzdb.bin, the time-zone database behind Tern's java.time zones, by asking the
 * running JDK 17 for the rules and English names of every zone ID it knows, so Tern's zones answer
 * exactly as HotSpot's do (same tzdata release, same standard/daylight split, same rules for far
 * future instants). Run by scripts/tz/build-tzdb.mjs: {@code java GenTzdbData.java OUT}.
 *
 * <p>Layout of OUT (big endian): "TZD1", u32 length of the inflated payload, then the payload
 * compressed with raw DEFLATE. Payload:
 * <pre>
 *   str version                                   (e.g. "2025a"; str = u16 length + UTF-8)
 *   u16 stringCount, stringCount x str             (zone names)
 *   u16 blobCount, blobCount x (u32 length, bytes) (serialized rules, shared by aliases)
 *   u16 zoneCount, zoneCount x (str id, u16 blob, 6 x u16 name)   (ids sorted)
 * </pre>
 * The six names (index into the strings, 0xFFFF = none) are: short standard, short daylight,
 * long standard, long daylight, short generic, long generic, in the JDK's default locale (en).
 * A rules blob is what java.time.zone.TzdbZoneRulesProvider parses:
 * <pre>
 *   i32 n, n x i64 epochSecond, (n+1) x i32 offsetSeconds     (standard offset transitions)
 *   i32 m, m x i64 epochSecond, (m+1) x i32 offsetSeconds     (wall offset transitions)
 *   i32 r, r x (u8 month, i8 dayOfMonthIndicator, u8 dayOfWeek or 0, i32 secondOfDay,
 *               u8 timeEndOfDay, u8 timeDefinition, i32 standard, i32 before, i32 after)
 * </pre>
 */
public final class GenTzdbData {
    private static final int MAGIC = 0x545A4431; // "TZD1"

    public static void main(String[] args) throws IOException {
        if (Runtime.version().feature() != 17) {
            throw new IllegalStateException("the zone data must come from JDK 17, not " + Runtime.version());
        }
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        if (!locale.getLanguage().equals("en")) {
            locale = Locale.ENGLISH; // Tern's names are English; be independent of the build host
        }
        String version = ZoneRulesProvider.getVersions("UTC").lastKey();
        TreeSet<String> ids = new TreeSet<>(ZoneId.getAvailableZoneIds());
        List<String> strings = new ArrayList<>();
        Map<String, Integer> stringIds = new HashMap<>();
        List<byte[]> blobs = new ArrayList<>();
        Map<ZoneRules, Integer> blobIds = new HashMap<>();
        ByteArrayOutputStream zoneBytes = new ByteArrayOutputStream();
        DataOutputStream zones = new DataOutputStream(zoneBytes);
        for (String id : ids) {
            ZoneId zone = ZoneId.of(id);
            Integer b = blobIds.get(zone.getRules());
            if (b == null) {
                b = blobs.size();
                blobs.add(rulesBlob(zone.getRules()));
                blobIds.put(zone.getRules(), b);
            }
            zones.writeUTF(id);
            zones.writeShort(b);
            for (String name : names(zone, locale)) {
                if (name == null) {
                    zones.writeShort(0xFFFF);
                    continue;
                }
                Integer s = stringIds.get(name);
                if (s == null) {
                    s = strings.size();
                    strings.add(name);
                    stringIds.put(name, s);
                }
                zones.writeShort(s);
            }
        }
        ByteArrayOutputStream payloadBytes = new ByteArrayOutputStream();
        DataOutputStream payload = new DataOutputStream(payloadBytes);
        payload.writeUTF(version);
        payload.writeShort(strings.size());
        for (String s : strings) {
            payload.writeUTF(s);
        }
        payload.writeShort(blobs.size());
        for (byte[] blob : blobs) {
            payload.writeInt(blob.length);
            payload.write(blob);
        }
        payload.writeShort(ids.size());
        payload.write(zoneBytes.toByteArray());
        byte[] raw = payloadBytes.toByteArray();
        Deflater deflater = new Deflater(9, true);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(out);
        head.writeInt(MAGIC);
        head.writeInt(raw.length);
        byte[] buf = new byte[65536];
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            out.write(buf, 0, n);
        }
        Files.write(Path.of(args[0]), out.toByteArray());
        System.out.println("tzdb " + version + ": " + ids.size() + " zone IDs, " + blobs.size() + " rule sets, "
                + out.size() + " bytes");
    }

    private static byte[] rulesBlob(ZoneRules rules) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        // Standard offsets: recovered from the rules at each change of getStandardOffset, which
        // only changes at instants where the wall offset or the daylight amount changes.
        List<ZoneOffsetTransition> wall = rules.getTransitions();
        List<long[]> std = new ArrayList<>();
        ZoneOffset first = rules.getStandardOffset(Instant.MIN);
        ZoneOffset previous = first;
        for (long t : candidateStandardInstants(rules)) {
            ZoneOffset now = rules.getStandardOffset(Instant.ofEpochSecond(t));
            if (!now.equals(previous)) {
                std.add(new long[] {t, now.getTotalSeconds()});
                previous = now;
            }
        }
        out.writeInt(std.size());
        for (long[] s : std) {
            out.writeLong(s[0]);
        }
        out.writeInt(first.getTotalSeconds());
        for (long[] s : std) {
            out.writeInt((int) s[1]);
        }
        out.writeInt(wall.size());
        for (ZoneOffsetTransition t : wall) {
            out.writeLong(t.toEpochSecond());
        }
        out.writeInt(wall.isEmpty() ? rules.getOffset(Instant.EPOCH).getTotalSeconds()
                : wall.get(0).getOffsetBefore().getTotalSeconds());
        for (ZoneOffsetTransition t : wall) {
            out.writeInt(t.getOffsetAfter().getTotalSeconds());
        }
        List<ZoneOffsetTransitionRule> last = rules.getTransitionRules();
        out.writeInt(last.size());
        for (ZoneOffsetTransitionRule r : last) {
            out.writeByte(r.getMonth().getValue());
            out.writeByte(r.getDayOfMonthIndicator());
            out.writeByte(r.getDayOfWeek() == null ? 0 : r.getDayOfWeek().getValue());
            out.writeInt(r.getLocalTime().toSecondOfDay());
            out.writeByte(r.isMidnightEndOfDay() ? 1 : 0);
            out.writeByte(r.getTimeDefinition().ordinal());
            out.writeInt(r.getStandardOffset().getTotalSeconds());
            out.writeInt(r.getOffsetBefore().getTotalSeconds());
            out.writeInt(r.getOffsetAfter().getTotalSeconds());
        }
        return bytes.toByteArray();
    }

    /**
     * Instants at which the standard offset may change, ascending. ZoneRules does not list its
     * standard-offset transitions, but keeps them at exact seconds; the tz source changes a zone's
     * standard offset only at one of its wall transitions or at a whole hour in between, so this
     * probes every wall transition and, between them, bisects hour by hour changes found on a
     * coarse scan.
     */
    private static long[] candidateStandardInstants(ZoneRules rules) {
        TreeSet<Long> out = new TreeSet<>();
        for (ZoneOffsetTransition t : rules.getTransitions()) {
            out.add(t.toEpochSecond());
        }
        // Coarse scan (one day) to catch standard changes that are not wall transitions.
        long from = -5_000_000_000L; // 1811
        List<ZoneOffsetTransition> wall = rules.getTransitions();
        long to = wall.isEmpty() ? from : wall.get(wall.size() - 1).toEpochSecond() + 400 * 86400L;
        ZoneOffset prev = rules.getStandardOffset(Instant.ofEpochSecond(from));
        for (long t = from; t <= to; t += 86400) {
            ZoneOffset now = rules.getStandardOffset(Instant.ofEpochSecond(t));
            if (!now.equals(prev)) {
                long lo = t - 86400, hi = t; // standard(lo) == prev, standard(hi) == now
                while (hi - lo > 1) {
                    long mid = lo + (hi - lo) / 2;
                    if (rules.getStandardOffset(Instant.ofEpochSecond(mid)).equals(prev)) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                out.add(hi);
                prev = now;
            }
        }
        long[] result = new long[out.size()];
        int i = 0;
        for (long t : out) {
            result[i++] = t;
        }
        return result;
    }

    /** Short/long standard, daylight and generic names, as DateTimeFormatter prints them. */
    private static String[] names(ZoneId zone, Locale locale) {
        TimeZone tz = TimeZone.getTimeZone(zone);
        String[] names = new String[6];
        DateTimeFormatter shortF = DateTimeFormatter.ofPattern("z", locale);
        DateTimeFormatter longF = DateTimeFormatter.ofPattern("zzzz", locale);
        ZoneRules rules = zone.getRules();
        // Probe a year of instants for a standard and a daylight one.
        for (int m = 0; m < 12; m++) {
            ZonedDateTime t = ZonedDateTime.of(LocalDateTime.of(2024, 1 + m, 15, 12, 0), zone);
            int k = rules.isDaylightSavings(t.toInstant()) ? 1 : 0;
            if (names[k] == null) {
                names[k] = shortF.format(t);
                names[k + 2] = longF.format(t);
            }
        }
        for (int k = 0; k < 2; k++) {
            if (names[k] == null) {
                // Not in use in 2024: the formatter asks TimeZone's name provider, as here.
                names[k] = tz.getDisplayName(k == 1, TimeZone.SHORT, locale);
                names[k + 2] = tz.getDisplayName(k == 1, TimeZone.LONG, locale);
            }
        }
        names[4] = zone.getDisplayName(TextStyle.SHORT, locale);
        names[5] = zone.getDisplayName(TextStyle.FULL, locale);
        return names;
    }
}
