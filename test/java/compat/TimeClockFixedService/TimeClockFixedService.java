import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subscription service whose logic takes a Clock, tested with fixed and offset clocks:
 * trial expiry, session timeouts, rate limiting and renewal reminders.
 */
public class TimeClockFixedService {

    static final class Subscription {
        final String user;
        final LocalDate started;
        final int trialDays;

        Subscription(String user, LocalDate started, int trialDays) {
            this.user = user;
            this.started = started;
            this.trialDays = trialDays;
        }
    }

    private final Clock clock;
    private final Map<String, Instant> lastSeen = new LinkedHashMap<>();
    private final Map<String, List<Instant>> requests = new LinkedHashMap<>();

    TimeClockFixedService(Clock clock) {
        this.clock = clock;
    }

    String trialStatus(Subscription s) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = s.started.plusDays(s.trialDays);
        if (today.isBefore(end)) {
            return s.user + ": trial, " + today.until(end).getDays() + " days left (ends " + end + ")";
        }
        return s.user + ": trial ended " + end + ", renews " + YearMonth.from(today).plusMonths(1).atDay(1);
    }

    void touch(String user) {
        lastSeen.put(user, clock.instant());
    }

    boolean sessionValid(String user, Duration timeout) {
        Instant seen = lastSeen.get(user);
        return seen != null && Duration.between(seen, clock.instant()).compareTo(timeout) < 0;
    }

    boolean allow(String user, int limit, Duration window) {
        Instant now = clock.instant();
        List<Instant> list = requests.computeIfAbsent(user, k -> new ArrayList<>());
        list.removeIf(t -> !t.isAfter(now.minus(window)));
        if (list.size() >= limit) {
            return false;
        }
        list.add(now);
        return true;
    }

    public static void main(String[] args) {
        Instant base = Instant.parse("2024-01-30T23:45:00Z");
        Clock fixed = Clock.fixed(base, ZoneId.of("UTC"));
        System.out.println("clock " + fixed + " millis " + fixed.millis() + " zone " + fixed.getZone());
        System.out.println("now: " + LocalDate.now(fixed) + " " + LocalTime.now(fixed) + " " + LocalDateTime.now(fixed) + " " + ZonedDateTime.now(fixed));
        Clock tokyo = fixed.withZone(ZoneOffset.ofHours(9));
        System.out.println("same instant in +09:00: " + LocalDateTime.now(tokyo) + " " + LocalDate.now(tokyo).getDayOfWeek());

        List<Subscription> subs = List.of(
                new Subscription("ann", LocalDate.of(2024, 1, 1), 30),
                new Subscription("bob", LocalDate.of(2024, 1, 20), 14),
                new Subscription("cyd", LocalDate.of(2023, 12, 31), 31));
        for (int step = 0; step < 4; step++) {
            Clock c = Clock.offset(fixed, Duration.ofHours(step * 12L));
            TimeClockFixedService svc = new TimeClockFixedService(c);
            System.out.println("at " + c.instant() + ":");
            for (Subscription s : subs) {
                System.out.println("  " + svc.trialStatus(s));
            }
        }

        // Session timeouts with a clock that moves in steps.
        Duration timeout = Duration.ofMinutes(20);
        TimeClockFixedService first = new TimeClockFixedService(fixed);
        first.touch("ann");
        first.touch("bob");
        for (long minutes : new long[] {0, 5, 19, 20, 45}) {
            TimeClockFixedService later = new TimeClockFixedService(Clock.offset(fixed, Duration.ofMinutes(minutes)));
            later.lastSeen.putAll(first.lastSeen);
            System.out.println("after " + minutes + " min: ann valid " + later.sessionValid("ann", timeout) + ", zed valid " + later.sessionValid("zed", timeout));
        }

        // A rate limiter of 3 requests per 10 seconds, fed with request times 0..30 s.
        long[] offsets = {0, 1, 2, 3, 9, 10, 11, 12, 25, 26, 27, 28, 30};
        StringBuilder out = new StringBuilder();
        Map<String, List<Instant>> shared = new LinkedHashMap<>();
        for (long off : offsets) {
            TimeClockFixedService svc = new TimeClockFixedService(Clock.offset(fixed, Duration.ofSeconds(off)));
            svc.requests.putAll(shared);
            boolean ok = svc.allow("api", 3, Duration.ofSeconds(10));
            shared.putAll(svc.requests);
            out.append(off).append(ok ? "+ " : "- ");
        }
        System.out.println("rate limit: " + out.toString().trim());
        Clock tick = Clock.tick(Clock.fixed(Instant.parse("2024-01-30T23:45:37.654321Z"), ZoneOffset.UTC), Duration.ofSeconds(10));
        System.out.println("tick clock instant " + tick.instant() + ", offset clock " + Clock.offset(fixed, Duration.ofDays(-1)).instant());
        System.out.println("equal fixed clocks " + fixed.equals(Clock.fixed(base, ZoneId.of("UTC"))) + ", hash equal " + (fixed.hashCode() == Clock.fixed(base, ZoneId.of("UTC")).hashCode()));
    }
}
