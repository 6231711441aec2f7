import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Prints the default zone picked from TZ (test/classlib/default-zone.test.ts). */
public class DefaultZone {
    public static void main(String[] args) {
        ZoneId zone = ZoneId.systemDefault();
        System.out.println(zone + " " + System.getProperty("user.timezone") + " "
                + ZonedDateTime.of(2024, 7, 1, 12, 0, 0, 0, zone) + " " + ZonedDateTime.of(2024, 1, 1, 12, 0, 0, 0, zone));
    }
}
