import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;

/** Prints the default zone picked from TZ, as java.time and java.util see it (test/classlib/default-zone.test.ts). */
public class DefaultZone {
    public static void main(String[] args) {
        ZoneId zone = ZoneId.systemDefault();
        System.out.println(zone + " " + System.getProperty("user.timezone") + " "
                + ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, zone) + " " + ZonedDateTime.of(2024, 1, 1, 12, 0, 0, 0, zone));
        TimeZone tz = TimeZone.getDefault();
        System.out.println(tz.getID() + " " + tz.getRawOffset() + " " + tz.getDisplayName() + " " + new Date(0) + " "
                + new Date(1720000000000L) + " " + tz.toZoneId());
    }
}
