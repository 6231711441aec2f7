import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A world-clock board for offices that use fixed UTC offsets: converts one meeting time to every
 * office, finds the overlap of working hours and orders events across offsets.
 */
public class TimeZoneOffsets {

    static final class Office {
        final String city;
        final ZoneId zone;

        Office(String city, ZoneId zone) {
            this.city = city;
            this.zone = zone;
        }
    }

    public static void main(String[] args) {
        List<Office> offices = new ArrayList<>();
        offices.add(new Office("London (UTC)", ZoneId.of("UTC")));
        offices.add(new Office("Reykjavik", ZoneId.of("GMT")));
        offices.add(new Office("New York (EST)", ZoneOffset.ofHours(-5)));
        offices.add(new Office("Mumbai", ZoneId.of("+05:30")));
        offices.add(new Office("Kathmandu", ZoneOffset.ofHoursMinutes(5, 45)));
        offices.add(new Office("Tokyo", ZoneId.of("UTC+09:00")));
        offices.add(new Office("Honolulu", ZoneId.of("GMT-10")));
        offices.add(new Office("Chatham", ZoneId.of("+12:45")));

        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE HH:mm xxx");
        ZonedDateTime meeting = ZonedDateTime.of(LocalDateTime.of(2024, 11, 4, 15, 30), ZoneId.of("UTC"));
        System.out.println("Meeting " + meeting + " = " + meeting.toInstant() + " (epoch " + meeting.toEpochSecond() + ")");
        for (Office o : offices) {
            ZonedDateTime local = meeting.withZoneSameInstant(o.zone);
            int offset = local.getOffset().getTotalSeconds();
            System.out.println("  " + o.city + ": " + f.format(local) + " [" + local.getZone() + "] offset " + offset / 3600.0 + "h"
                    + (local.toLocalDate().equals(meeting.toLocalDate()) ? "" : " (other day)"));
        }

        // Overlap of 09:00-17:00 local working hours, in UTC, for three offices.
        LocalDate day = LocalDate.of(2024, 11, 5);
        Instant latestStart = Instant.MIN;
        Instant earliestEnd = Instant.MAX;
        for (int i : new int[] {0, 2, 3}) {
            Office o = offices.get(i);
            Instant start = day.atTime(LocalTime.of(9, 0)).atZone(o.zone).toInstant();
            Instant end = day.atTime(LocalTime.of(17, 0)).atZone(o.zone).toInstant();
            System.out.println("  " + o.city + " works " + start + " .. " + end);
            if (start.isAfter(latestStart)) {
                latestStart = start;
            }
            if (end.isBefore(earliestEnd)) {
                earliestEnd = end;
            }
        }
        if (latestStart.isBefore(earliestEnd)) {
            System.out.println("Common window " + latestStart + " for " + Duration.between(latestStart, earliestEnd));
        } else {
            System.out.println("No common window; gap " + Duration.between(earliestEnd, latestStart));
        }

        // Events stamped in different offsets, ordered on the time-line.
        List<OffsetDateTime> events = new ArrayList<>();
        events.add(OffsetDateTime.parse("2024-11-04T23:30:00+05:30"));
        events.add(OffsetDateTime.parse("2024-11-04T18:00:00Z"));
        events.add(OffsetDateTime.parse("2024-11-04T13:00:01-05:00"));
        events.add(OffsetDateTime.parse("2024-11-05T03:00:00+09:00"));
        events.add(OffsetDateTime.parse("2024-11-04T08:00:00-10:00"));
        events.sort(OffsetDateTime.timeLineOrder());
        OffsetDateTime prev = null;
        for (OffsetDateTime e : events) {
            System.out.println("  " + e + " = " + e.toInstant() + " in UTC " + e.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime()
                    + (prev == null ? "" : " after " + ChronoUnit.MINUTES.between(prev, e) + " min"));
            prev = e;
        }
        OffsetDateTime a = events.get(0);
        OffsetDateTime b = a.withOffsetSameInstant(ZoneOffset.ofHours(3));
        System.out.println("same instant: equals " + a.equals(b) + ", isEqual " + a.isEqual(b) + ", compareTo " + Integer.signum(a.compareTo(b)));

        // Zone normalisation and the ids of fixed-offset regions.
        String[] ids = {"UTC", "GMT", "UT", "Z", "UTC+01:00", "GMT-05:30", "UT+3", "+02", "-0700", "Etc/UTC"};
        for (String id : ids) {
            ZoneId z = ZoneId.of(id);
            System.out.println("  " + id + " -> " + z + " normalized " + z.normalized() + " rules " + z.getRules()
                    + " fixed " + z.getRules().isFixedOffset());
        }
        Instant epoch = Instant.EPOCH;
        System.out.println("epoch in Tokyo " + epoch.atZone(ZoneId.of("UTC+09:00")) + ", in Honolulu " + epoch.atOffset(ZoneOffset.ofHours(-10)));
    }
}
