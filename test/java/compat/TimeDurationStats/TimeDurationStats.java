import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lap times of a race: parsing, totals, averages, splits and a formatted results table. */
public class TimeDurationStats {

    static String clock(Duration d) {
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        int ms = d.toMillisPart();
        return (h > 0 ? h + ":" : "") + (m < 10 && h > 0 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s + "." + (ms < 100 ? (ms < 10 ? "00" : "0") : "") + ms;
    }

    public static void main(String[] args) {
        String[][] laps = {
            {"Kim", "PT4M12.345S", "PT4M10.1S", "PT4M15S", "PT4M9.999S"},
            {"Lee", "PT4M05S", "PT4M20.5S", "PT4M02.25S", "PT4M30S"},
            {"Max", "PT3M59.9S", "PT4M01S", "PT4M00.001S", "PT5M"},
            {"Noa", "PT4M30S", "PT4M30S", "PT4M30S", "PT3M45.5S"},
        };
        List<String> ranking = new ArrayList<>();
        Duration best = null;
        String bestWho = null;
        for (String[] row : laps) {
            Duration total = Duration.ZERO;
            Duration fastest = null;
            StringBuilder splits = new StringBuilder();
            for (int i = 1; i < row.length; i++) {
                Duration lap = Duration.parse(row[i]);
                total = total.plus(lap);
                if (fastest == null || lap.compareTo(fastest) < 0) {
                    fastest = lap;
                }
                splits.append(' ').append(clock(total));
                if (best == null || lap.compareTo(best) < 0) {
                    best = lap;
                    bestWho = row[0];
                }
            }
            Duration avg = total.dividedBy(row.length - 1);
            System.out.println(row[0] + ": total " + total + " (" + clock(total) + "), avg " + avg + ", fastest " + fastest + ", splits" + splits);
            String key = (total.toMillis() + 1_000_000_000L) + " " + row[0];
            ranking.add(key);
        }
        Collections.sort(ranking);
        System.out.println("Results:");
        Duration winner = null;
        int place = 1;
        for (String r : ranking) {
            long ms = Long.parseLong(r.substring(0, r.indexOf(' '))) - 1_000_000_000L;
            Duration t = Duration.ofMillis(ms);
            if (winner == null) {
                winner = t;
            }
            Duration behind = t.minus(winner);
            System.out.println("  " + place++ + ". " + r.substring(r.indexOf(' ') + 1) + " " + clock(t) + (behind.isZero() ? "" : " +" + behind.toMillis() / 1000.0 + "s"));
        }
        System.out.println("Fastest lap " + best + " by " + bestWho);

        // Duration arithmetic corner cases.
        Duration neg = Duration.ofSeconds(-90, 250_000_000);
        System.out.println(neg + " abs " + neg.abs() + " negated " + neg.negated() + " millis " + neg.toMillis() + " nanos " + neg.toNanos()
                + " seconds part " + neg.toSecondsPart() + " truncated " + neg.truncatedTo(ChronoUnit.SECONDS));
        System.out.println(Duration.ofDays(3).plusHours(25).plusMinutes(61) + " days " + Duration.ofHours(50).toDays() + " daysPart " + Duration.ofHours(50).toDaysPart()
                + " hoursPart " + Duration.ofHours(50).toHoursPart());
        System.out.println(Duration.ofMinutes(100).dividedBy(Duration.ofMinutes(7)) + " " + Duration.ofSeconds(10).dividedBy(3) + " " + Duration.ofNanos(-1).dividedBy(2)
                + " " + Duration.ofMillis(1).multipliedBy(-1_500) + " " + Duration.of(3, ChronoUnit.HALF_DAYS) + " " + Duration.ofSeconds(59, 999_999_999).plusNanos(1));
        System.out.println("between times " + Duration.between(LocalTime.of(22, 15), LocalTime.of(6, 45)) + " " + Duration.between(LocalTime.of(6, 45), LocalTime.of(22, 15, 30)));
        System.out.println("units " + Duration.ofHours(1).getUnits() + " seconds " + Duration.ofHours(1).get(ChronoUnit.SECONDS) + " hash " + Duration.ofMillis(1500).hashCode());
        try {
            Duration.ofDays(1).get(ChronoUnit.DAYS);
        } catch (RuntimeException e) {
            System.out.println(e);
        }
        try {
            Duration.ofMinutes(1).plus(1, ChronoUnit.MONTHS);
        } catch (RuntimeException e) {
            System.out.println(e);
        }
        try {
            Duration.ofMinutes(1).dividedBy(0);
        } catch (ArithmeticException e) {
            System.out.println(e);
        }
    }
}
