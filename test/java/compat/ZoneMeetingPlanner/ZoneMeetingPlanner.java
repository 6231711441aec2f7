import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plans a weekly meeting for a team spread over several time zones: finds the hours that fall in
 * everyone's working day, follows the series across the spring and autumn clock changes of the
 * different hemispheres, and reports what happens to meetings booked inside a gap or an overlap.
 */
public class ZoneMeetingPlanner {
    record Member(String name, ZoneId zone, int startHour, int endHour) {}

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z", Locale.US);
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx '['VV']' zzzz (v)", Locale.US);

    public static void main(String[] args) {
        List<Member> team = List.of(
                new Member("Amelie", ZoneId.of("Europe/Paris"), 9, 18),
                new Member("Bob", ZoneId.of("America/New_York"), 8, 17),
                new Member("Chitra", ZoneId.of("Asia/Kolkata"), 10, 19),
                new Member("Dan", ZoneId.of("Australia/Sydney"), 8, 18),
                new Member("Eva", ZoneId.of("US/Pacific"), 7, 16));

        // Weekly series, every Tuesday 14:00 UTC from February to mid-November 2024.
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.of(2024, 2, 6, 14, 0), ZoneOffset.UTC);
        System.out.println("== weekly series, 14:00 UTC ==");
        String previous = "";
        for (ZonedDateTime utc = first; utc.getMonthValue() < 11 || utc.getDayOfMonth() < 15; utc = utc.plusWeeks(1)) {
            StringBuilder line = new StringBuilder();
            for (Member m : team) {
                ZonedDateTime local = utc.withZoneSameInstant(m.zone());
                boolean ok = local.getHour() >= m.startHour() && local.getHour() < m.endHour();
                line.append(String.format("%-7s %s%s  ", m.name(), local.toLocalTime(), ok ? " " : "!"));
            }
            if (!line.toString().equals(previous)) {
                System.out.println(utc.toLocalDate() + "  " + line.toString().trim());
                previous = line.toString();
            }
        }

        System.out.println("== common hours on 2024-03-20 and 2024-10-30 ==");
        for (LocalDate day : List.of(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 10, 30))) {
            List<Integer> hours = new ArrayList<>();
            for (int h = 0; h < 24; h++) {
                Instant at = day.atTime(h, 0).toInstant(ZoneOffset.UTC);
                int present = 0;
                for (Member m : team) {
                    int local = at.atZone(m.zone()).getHour();
                    if (local >= m.startHour() && local < m.endHour()) {
                        present++;
                    }
                }
                if (present >= 3) {
                    hours.add(h);
                }
            }
            System.out.println(day + " " + day.getDayOfWeek() + " UTC hours with three or more present " + hours);
        }

        System.out.println("== clock changes in 2024 ==");
        for (Member m : team) {
            ZoneRules rules = m.zone().getRules();
            Instant from = Instant.parse("2024-01-01T00:00:00Z");
            for (int i = 0; i < 2; i++) {
                ZoneOffsetTransition t = rules.nextTransition(from);
                System.out.println(m.zone() + " " + t + " duration " + t.getDuration()
                        + " instant " + t.getInstant() + " dst after: " + rules.isDaylightSavings(t.getInstant()));
                from = t.getInstant();
            }
            System.out.println("  standard " + rules.getStandardOffset(from) + " savings "
                    + rules.getDaylightSavings(Instant.parse("2024-07-01T00:00:00Z")) + " rules " + rules);
        }

        System.out.println("== bookings in gaps and overlaps ==");
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDateTime[] bookings = {
            LocalDateTime.of(2024, 3, 31, 2, 30), LocalDateTime.of(2024, 10, 27, 2, 30),
            LocalDateTime.of(2024, 3, 31, 1, 59), LocalDateTime.of(2024, 10, 27, 3, 0),
        };
        for (LocalDateTime b : bookings) {
            ZonedDateTime z = ZonedDateTime.of(b, paris);
            System.out.println(b + " -> " + z + " valid " + paris.getRules().getValidOffsets(b)
                    + " transition " + paris.getRules().getTransition(b));
            System.out.println("   earlier " + z.withEarlierOffsetAtOverlap() + " later " + z.withLaterOffsetAtOverlap()
                    + " +1h " + z.plusHours(1) + " +1d " + z.plusDays(1));
        }
        ZonedDateTime before = ZonedDateTime.of(2024, 3, 30, 12, 0, 0, 0, paris);
        ZonedDateTime after = before.plusDays(1);
        System.out.println("day across spring forward: " + Duration.between(before, after) + " hours "
                + ChronoUnit.HOURS.between(before, after) + " days " + ChronoUnit.DAYS.between(before, after));
        ZonedDateTime nyFall = ZonedDateTime.of(2024, 11, 2, 12, 0, 0, 0, ZoneId.of("America/New_York"));
        System.out.println("day across fall back: " + Duration.between(nyFall, nyFall.plusDays(1)));

        System.out.println("== formatted ==");
        ZonedDateTime meeting = ZonedDateTime.of(2024, 7, 16, 14, 0, 0, 0, ZoneOffset.UTC);
        for (Member m : team) {
            ZonedDateTime local = meeting.withZoneSameInstant(m.zone());
            System.out.println(STAMP.format(local) + " | " + LONG.format(local) + " | "
                    + m.zone().getDisplayName(TextStyle.FULL, Locale.US) + " / " + m.zone().getDisplayName(TextStyle.SHORT, Locale.US));
            System.out.println("   winter: " + STAMP.format(local.minusMonths(6)) + " | " + LONG.format(local.minusMonths(6)));
        }
        ZonedDateTime parsed = ZonedDateTime.parse("2024-10-27T02:30:00+01:00[Europe/Paris]");
        System.out.println("parsed " + parsed + " offset " + parsed.getOffset() + " same instant as "
                + parsed.withZoneSameInstant(ZoneId.of("Asia/Tokyo")));
        System.out.println("last Sunday of March 2030 in London: "
                + ZonedDateTime.of(LocalDate.of(2030, 3, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)),
                        LocalTime.of(1, 30), ZoneId.of("Europe/London")));
        System.out.println("far future " + ZonedDateTime.of(2150, 7, 1, 12, 0, 0, 0, ZoneId.of("America/Chicago")));

        System.out.println("== ids ==");
        System.out.println(ZoneId.of("EST", ZoneId.SHORT_IDS) + " " + ZoneId.of("PST", ZoneId.SHORT_IDS) + " "
                + ZoneId.of("Asia/Calcutta").getRules().equals(ZoneId.of("Asia/Kolkata").getRules()) + " "
                + ZoneId.of("Etc/GMT+5").normalized() + " " + ZoneId.of("UTC").normalized()
                + " " + ZoneId.getAvailableZoneIds().contains("Europe/Paris"));
        for (String id : new String[] {"Mars/Olympus", "Europe/Paris!", "Europe/paris"}) {
            try {
                System.out.println(ZoneId.of(id));
            } catch (ZoneRulesException e) {
                System.out.println("ZoneRulesException: " + e.getMessage());
            } catch (java.time.DateTimeException e) {
                System.out.println("DateTimeException: " + e.getMessage());
            }
        }
    }
}
