import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Books meetings into working hours, finds free slots and reports utilisation. */
public class TimeMeetingScheduler {

    static final LocalTime DAY_START = LocalTime.of(9, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 30);
    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    static final class Meeting {
        final String title;
        final LocalDateTime start;
        final Duration length;

        Meeting(String title, LocalDateTime start, Duration length) {
            this.title = title;
            this.start = start;
            this.length = length;
        }

        LocalDateTime end() {
            return start.plus(length);
        }

        boolean overlaps(LocalDateTime s, LocalDateTime e) {
            return start.isBefore(e) && s.isBefore(end());
        }
    }

    final List<Meeting> meetings = new ArrayList<>();

    boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The first free slot of the given length at or after 'from', in working hours. */
    LocalDateTime findSlot(LocalDateTime from, Duration length) {
        LocalDateTime cursor = from;
        for (int guard = 0; guard < 1000; guard++) {
            LocalDate d = cursor.toLocalDate();
            if (!isWorkingDay(d) || !cursor.toLocalTime().isBefore(DAY_END)) {
                cursor = d.plusDays(1).atTime(DAY_START);
                continue;
            }
            if (cursor.toLocalTime().isBefore(DAY_START)) {
                cursor = d.atTime(DAY_START);
            }
            LocalDateTime end = cursor.plus(length);
            if (end.toLocalTime().isAfter(DAY_END) || !end.toLocalDate().equals(d)) {
                cursor = d.plusDays(1).atTime(DAY_START);
                continue;
            }
            Meeting clash = null;
            for (Meeting m : meetings) {
                if (m.overlaps(cursor, end)) {
                    clash = m;
                    break;
                }
            }
            if (clash == null) {
                return cursor;
            }
            cursor = clash.end();
        }
        throw new IllegalStateException("no slot");
    }

    void book(String title, LocalDateTime earliest, Duration length) {
        LocalDateTime at = findSlot(earliest, length);
        Meeting m = new Meeting(title, at, length);
        meetings.add(m);
        meetings.sort((a, b) -> a.start.compareTo(b.start));
        System.out.println("Booked " + title + " (" + length + ") " + DAY.format(at) + " " + HM.format(at) + "-" + HM.format(m.end())
                + (at.equals(earliest) ? "" : " [moved from " + earliest + "]"));
    }

    public static void main(String[] args) {
        TimeMeetingScheduler s = new TimeMeetingScheduler();
        LocalDateTime monday = LocalDateTime.of(2024, 4, 15, 9, 0);
        s.book("Standup", monday, Duration.ofMinutes(15));
        s.book("Design review", monday.plusMinutes(10), Duration.ofMinutes(90));
        s.book("Lunch talk", monday.withHour(12), Duration.ofHours(1));
        s.book("1:1", monday.withHour(11).withMinute(0), Duration.ofMinutes(30));
        s.book("Planning", monday.withHour(16), Duration.ofHours(2));
        s.book("Retro", monday.plusDays(4).withHour(16).withMinute(45), Duration.ofMinutes(60));
        s.book("Offsite prep", monday.plusDays(5), Duration.ofHours(3));
        for (int i = 0; i < 6; i++) {
            s.book("Interview " + (i + 1), monday.plusDays(1).withHour(10), Duration.ofMinutes(45).plusMinutes(i * 5));
        }
        s.book("All hands", LocalDateTime.of(2024, 4, 17, 8, 0), Duration.parse("PT1H30M"));

        System.out.println("Agenda:");
        LocalDate current = null;
        Duration total = Duration.ZERO;
        for (Meeting m : s.meetings) {
            if (!m.start.toLocalDate().equals(current)) {
                current = m.start.toLocalDate();
                System.out.println("  " + current + " " + current.getDayOfWeek());
            }
            System.out.println("    " + m.start.toLocalTime() + " - " + m.end().toLocalTime() + "  " + m.title);
            total = total.plus(m.length);
        }
        Duration workWeek = Duration.between(DAY_START, DAY_END).multipliedBy(5);
        System.out.println("Total booked " + total + " of " + workWeek + " (" + total.toMinutes() * 100 / workWeek.toMinutes() + "%)");
        System.out.println("Hours " + total.toHours() + ", minutes part " + total.toMinutesPart());

        // Gaps of at least 30 minutes on Tuesday.
        LocalDate tuesday = monday.toLocalDate().plusDays(1);
        LocalDateTime cursor = tuesday.atTime(DAY_START);
        for (Meeting m : s.meetings) {
            if (!m.start.toLocalDate().equals(tuesday)) {
                continue;
            }
            Duration gap = Duration.between(cursor, m.start);
            if (gap.compareTo(Duration.ofMinutes(30)) >= 0) {
                System.out.println("Free " + cursor.toLocalTime() + " for " + gap);
            }
            if (m.end().isAfter(cursor)) {
                cursor = m.end();
            }
        }
        Duration tail = Duration.between(cursor, tuesday.atTime(DAY_END));
        System.out.println("Free " + cursor.toLocalTime() + " for " + tail + " (" + ChronoUnit.MINUTES.between(cursor, tuesday.atTime(DAY_END)) + " min)");
    }
}
