/*
 * Tern class library: java.util.TimeZone. Region zones are backed by the same tz database as
 * java.time (ZoneRulesProvider, build/tzdb.bin) through the package-private TzdbTimeZone; custom
 * "GMT+hh:mm" IDs and SimpleTimeZone are fixed rules. The default zone is decided here as HotSpot
 * does (user.timezone, else TZ, else the host's zone, else GMT) and java.time.ZoneId.systemDefault()
 * is this default's toZoneId().
 */
package java.util;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;

public abstract class TimeZone implements Serializable, Cloneable {
    private static final long serialVersionUID = 3581463369166924961L;

    public static final int SHORT = 0;
    public static final int LONG = 1;

    static final String GMT_ID = "GMT";

    /** The old three-letter IDs that are not in the database, in the order HotSpot lists them. */
    private static final String[] OLD_IDS = {"EST", "HST", "MST", "ACT", "AET", "AGT", "ART", "AST", "BET", "BST",
        "CAT", "CNT", "CST", "CTT", "EAT", "ECT", "IET", "IST", "JST", "MIT", "NET", "NST", "PLT", "PNT", "PRT",
        "PST", "SST", "VST"};

    private static volatile TimeZone defaultTimeZone;
    private static String[] availableIds;

    private String ID;

    public TimeZone() {
    }

    /** The host's zone ID (/etc/timezone or the /etc/localtime link), or null. */
    private static native String hostZoneId0();

    /**
     * {short standard, short daylight, long standard, long daylight, short generic, long generic}
     * of a database zone (entries null where the JDK has none), or null for an unknown ID.
     */
    static native String[] zoneNames0(String id);

    public abstract int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds);

    public int getOffset(long date) {
        if (inDaylightTime(new Date(date))) {
            return getRawOffset() + getDSTSavings();
        }
        return getRawOffset();
    }

    public abstract void setRawOffset(int offsetMillis);

    public abstract int getRawOffset();

    public String getID() {
        return ID;
    }

    public void setID(String ID) {
        if (ID == null) {
            throw new NullPointerException();
        }
        this.ID = ID;
    }

    public final String getDisplayName() {
        return getDisplayName(false, LONG, Locale.getDefault(Locale.Category.DISPLAY));
    }

    public final String getDisplayName(Locale locale) {
        return getDisplayName(false, LONG, locale);
    }

    public final String getDisplayName(boolean daylight, int style) {
        return getDisplayName(daylight, style, Locale.getDefault(Locale.Category.DISPLAY));
    }

    public String getDisplayName(boolean daylight, int style, Locale locale) {
        if (style != SHORT && style != LONG) {
            throw new IllegalArgumentException("Illegal style: " + style);
        }
        String id = getID();
        String[] names = namesOf(id);
        if (names != null) {
            String name = names[(style == LONG ? 2 : 0) + (daylight ? 1 : 0)];
            if (name != null) {
                return name;
            }
        }
        if (id.startsWith("GMT") && id.length() > 3) {
            char c = id.charAt(3);
            if (c == '+' || c == '-') {
                return id;
            }
        }
        int offset = getRawOffset();
        if (daylight) {
            offset += getDSTSavings();
        }
        return gmtText(offset);
    }

    /** The names of a database ID, or of the zone an old three-letter ID stands for. */
    static String[] namesOf(String id) {
        if (id == null) {
            return null;
        }
        switch (id) {
            case "EST":
                return new String[] {"EST", "EST", "Eastern Standard Time", "Eastern Standard Time"};
            case "MST":
                return new String[] {"MST", "MST", "Mountain Standard Time", "Mountain Standard Time"};
            case "HST":
                return new String[] {"HST", "HST", "Hawaii Standard Time", "Hawaii Standard Time"};
            default:
                break;
        }
        String[] names = zoneNames0(id);
        if (names == null) {
            String mapped = ZoneId.SHORT_IDS.get(id);
            if (mapped != null && mapped.indexOf('/') > 0) {
                names = zoneNames0(mapped);
            }
        }
        return names;
    }

    /** "GMT+05:30" for an offset in milliseconds. */
    static String gmtText(int offsetMillis) {
        StringBuilder sb = new StringBuilder(9).append("GMT");
        int minutes = offsetMillis / 60000;
        if (minutes < 0) {
            sb.append('-');
            minutes = -minutes;
        } else {
            sb.append('+');
        }
        int h = minutes / 60;
        int m = minutes % 60;
        sb.append((char) ('0' + h / 10)).append((char) ('0' + h % 10)).append(':');
        sb.append((char) ('0' + m / 10)).append((char) ('0' + m % 10));
        return sb.toString();
    }

    public int getDSTSavings() {
        if (useDaylightTime()) {
            return 3600000;
        }
        return 0;
    }

    public abstract boolean useDaylightTime();

    public boolean observesDaylightTime() {
        return useDaylightTime() || inDaylightTime(new Date());
    }

    public abstract boolean inDaylightTime(Date date);

    public static synchronized TimeZone getTimeZone(String ID) {
        return getTimeZone(ID, true);
    }

    public static TimeZone getTimeZone(ZoneId zoneId) {
        String tzid = zoneId.getId();
        char c = tzid.charAt(0);
        if (c == '+' || c == '-') {
            tzid = "GMT" + tzid;
        } else if (c == 'Z' && tzid.length() == 1) {
            tzid = "UTC";
        }
        return getTimeZone(tzid, true);
    }

    private static TimeZone getTimeZone(String id, boolean fallback) {
        TimeZone tz = TzdbTimeZone.of(id);
        if (tz == null) {
            tz = parseCustom(id);
            if (tz == null && fallback) {
                tz = TzdbTimeZone.of(GMT_ID);
            }
        }
        return tz;
    }

    /** "GMT" followed by +/-h, hh, h:mm, hh:mm, hmm or hhmm; null when malformed or out of range. */
    private static TimeZone parseCustom(String id) {
        int n = id.length();
        if (n < 5 || !id.startsWith(GMT_ID)) {
            return null;
        }
        char sign = id.charAt(3);
        if (sign != '+' && sign != '-') {
            return null;
        }
        int i = 4;
        int hours = 0;
        int digits = 0;
        while (i < n && Character.isDigit(id.charAt(i)) && id.charAt(i) < 128) {
            hours = hours * 10 + (id.charAt(i) - '0');
            i++;
            digits++;
        }
        int minutes = 0;
        if (i < n) {
            if (id.charAt(i) != ':' || digits == 0 || digits > 2) {
                return null;
            }
            i++;
            int m = 0;
            int md = 0;
            while (i < n && id.charAt(i) >= '0' && id.charAt(i) <= '9') {
                m = m * 10 + (id.charAt(i) - '0');
                i++;
                md++;
            }
            if (i != n || md != 2) {
                return null;
            }
            minutes = m;
        } else if (digits == 3 || digits == 4) {
            minutes = hours % 100;
            hours /= 100;
        } else if (digits != 1 && digits != 2) {
            return null;
        }
        if (hours > 23 || minutes > 59) {
            return null;
        }
        int offset = (hours * 60 + minutes) * 60000;
        if (offset == 0) {
            TimeZone gmt = TzdbTimeZone.of(GMT_ID);
            gmt.setID(sign == '-' ? "GMT-00:00" : "GMT+00:00");
            return gmt;
        }
        if (sign == '-') {
            offset = -offset;
        }
        return new SimpleTimeZone(offset, gmtText(offset));
    }

    public static synchronized String[] getAvailableIDs(int rawOffset) {
        List<String> out = new ArrayList<>();
        for (String id : availableIds()) {
            TimeZone tz = TzdbTimeZone.of(id);
            if (tz != null && tz.getRawOffset() == rawOffset) {
                out.add(id);
            }
        }
        return out.toArray(new String[0]);
    }

    public static synchronized String[] getAvailableIDs() {
        return availableIds().clone();
    }

    private static String[] availableIds() {
        if (availableIds == null) {
            Set<String> db = ZoneRulesProvider.getAvailableZoneIds();
            List<String> ids = new ArrayList<>(db);
            Collections.sort(ids);
            for (String old : OLD_IDS) {
                if (!db.contains(old)) {
                    ids.add(old);
                }
            }
            availableIds = ids.toArray(new String[0]);
        }
        return availableIds;
    }

    public static TimeZone getDefault() {
        return (TimeZone) getDefaultRef().clone();
    }

    /** The shared default zone (not a copy), decided on first use. */
    static TimeZone getDefaultRef() {
        TimeZone tz = defaultTimeZone;
        if (tz == null) {
            tz = setDefaultZone();
        }
        return tz;
    }

    private static synchronized TimeZone setDefaultZone() {
        if (defaultTimeZone != null) {
            return defaultTimeZone;
        }
        String id = System.getProperty("user.timezone");
        TimeZone tz = null;
        if (id != null && !id.isEmpty()) {
            tz = getTimeZone(id, false);
        } else {
            id = System.getenv("TZ");
            if (id != null && id.startsWith(":")) {
                id = id.substring(1);
            }
            if (id == null || id.isEmpty()) {
                id = hostZoneId0();
            }
            if (id != null && !id.isEmpty()) {
                tz = getTimeZone(id, false);
            }
        }
        if (tz == null) {
            // HotSpot then asks the C library for the current offset: TZ's zone (UTC for one the
            // C library does not know either), else the host's.
            String sys = System.getenv("TZ");
            if (sys != null && sys.startsWith(":")) {
                sys = sys.substring(1);
            }
            if (sys == null || sys.isEmpty()) {
                sys = hostZoneId0();
            }
            TimeZone host = sys == null || sys.isEmpty() ? null : getTimeZone(sys, false);
            int offset = host == null ? 0 : host.getOffset(System.currentTimeMillis());
            id = offset == 0 ? GMT_ID : gmtText(offset);
            tz = getTimeZone(id, true);
        }
        // The ID as found ("GMT-3" stays "GMT-3"), as HotSpot records it.
        System.setProperty("user.timezone", id);
        defaultTimeZone = tz;
        return tz;
    }

    public static void setDefault(TimeZone zone) {
        synchronized (TimeZone.class) {
            // As in the JDK, user.timezone keeps the zone found at start-up (setDefault(null) returns to it).
            defaultTimeZone = zone == null ? null : (TimeZone) zone.clone();
        }
    }

    public boolean hasSameRules(TimeZone other) {
        return other != null && getRawOffset() == other.getRawOffset() && useDaylightTime() == other.useDaylightTime();
    }

    public ZoneId toZoneId() {
        return ZoneId.of(getID(), ZoneId.SHORT_IDS);
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
