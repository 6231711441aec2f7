package java.util.concurrent;

/**
 * Time durations at a given granularity, with conversions that truncate toward zero and
 * saturate at Long.MIN_VALUE/Long.MAX_VALUE on overflow.
 */
public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000_000L),
    SECONDS(1000_000_000L),
    MINUTES(60_000_000_000L),
    HOURS(3600_000_000_000L),
    DAYS(86400_000_000_000L);

    /** Nanoseconds in one unit. */
    private final long nanosPerUnit;

    TimeUnit(long nanosPerUnit) {
        this.nanosPerUnit = nanosPerUnit;
    }

    /** Converts {@code d} from {@code from} units to {@code to} units. */
    private static long convert(long d, long from, long to) {
        if (from == to) {
            return d;
        }
        if (from < to) {
            return d / (to / from);
        }
        long ratio = from / to;
        long limit = Long.MAX_VALUE / ratio;
        if (d > limit) {
            return Long.MAX_VALUE;
        }
        if (d < -limit) {
            return Long.MIN_VALUE;
        }
        return d * ratio;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return convert(sourceDuration, sourceUnit.nanosPerUnit, nanosPerUnit);
    }

    public long toNanos(long duration) {
        return convert(duration, nanosPerUnit, NANOSECONDS.nanosPerUnit);
    }

    public long toMicros(long duration) {
        return convert(duration, nanosPerUnit, MICROSECONDS.nanosPerUnit);
    }

    public long toMillis(long duration) {
        return convert(duration, nanosPerUnit, MILLISECONDS.nanosPerUnit);
    }

    public long toSeconds(long duration) {
        return convert(duration, nanosPerUnit, SECONDS.nanosPerUnit);
    }

    public long toMinutes(long duration) {
        return convert(duration, nanosPerUnit, MINUTES.nanosPerUnit);
    }

    public long toHours(long duration) {
        return convert(duration, nanosPerUnit, HOURS.nanosPerUnit);
    }

    public long toDays(long duration) {
        return convert(duration, nanosPerUnit, DAYS.nanosPerUnit);
    }

    /** The nanoseconds left over after whole milliseconds of {@code duration}. */
    private int excessNanos(long duration, long millis) {
        if (this == NANOSECONDS) {
            return (int) (duration - millis * 1000_000L);
        }
        if (this == MICROSECONDS) {
            return (int) (duration * 1000L - millis * 1000_000L);
        }
        return 0;
    }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            int ns = excessNanos(timeout, ms);
            obj.wait(ms, ns);
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            int ns = excessNanos(timeout, ms);
            thread.join(ms, ns);
        }
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            int ns = excessNanos(timeout, ms);
            Thread.sleep(ms, ns);
        }
    }
}
