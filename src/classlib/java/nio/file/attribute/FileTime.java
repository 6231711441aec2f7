package java.nio.file.attribute;

import java.util.concurrent.TimeUnit;

/**
 * A file's time stamp, kept in milliseconds since the epoch here (Tern's host reports
 * millisecond modification times). toString prints the ISO-8601 UTC form like the JDK.
 */
public final class FileTime implements Comparable<FileTime> {
    private final long millis;

    private FileTime(long millis) {
        this.millis = millis;
    }

    public static FileTime from(long value, TimeUnit unit) {
        return new FileTime(unit.toMillis(value));
    }

    public static FileTime fromMillis(long value) {
        return new FileTime(value);
    }

    public long to(TimeUnit unit) {
        return unit.convert(millis, TimeUnit.MILLISECONDS);
    }

    public long toMillis() {
        return millis;
    }

    @Override
    public boolean equals(Object obj) {
        return (obj instanceof FileTime) && ((FileTime) obj).millis == millis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millis);
    }

    @Override
    public int compareTo(FileTime other) {
        return Long.compare(millis, other.millis);
    }

    /** "2024-01-31T12:34:56.789Z" (fraction without trailing zeros, omitted when zero). */
    @Override
    public String toString() {
        long days = Math.floorDiv(millis, 86400000L);
        long msOfDay = Math.floorMod(millis, 86400000L);
        // civil-from-days (proleptic Gregorian)
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(y).append('-').append(two(m)).append('-').append(two(d)).append('T');
        long secs = msOfDay / 1000;
        sb.append(two(secs / 3600)).append(':').append(two((secs / 60) % 60)).append(':').append(two(secs % 60));
        int ms = (int) (msOfDay % 1000);
        if (ms != 0) {
            String f = String.valueOf(1000 + ms).substring(1);
            while (f.endsWith("0")) {
                f = f.substring(0, f.length() - 1);
            }
            sb.append('.').append(f);
        }
        return sb.append('Z').toString();
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
