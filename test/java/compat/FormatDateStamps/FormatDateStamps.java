/**
 * Prints month calendars and timestamp columns from fixed epoch-millisecond values with the
 * Formatter's %t conversions (run in UTC, as the corpus is).
 */
public class FormatDateStamps {
    static final long DAY = 86_400_000L;

    /** Epoch millis of the first day of a month, found by stepping days from a known instant. */
    static long firstOfMonth(long anyInstant) {
        long t = Math.floorDiv(anyInstant, DAY) * DAY;
        while (!String.format("%te", t).equals("1")) {
            t -= DAY;
        }
        return t;
    }

    static void calendar(long instant) {
        long first = firstOfMonth(instant);
        String title = String.format("%tB %<tY", first);
        System.out.printf("%s%n", " ".repeat((20 - title.length()) / 2) + title);
        System.out.println("Su Mo Tu We Th Fr Sa");
        String[] days = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        String dow = String.format("%ta", first);
        int offset = 0;
        while (!days[offset].equals(dow)) {
            offset++;
        }
        StringBuilder line = new StringBuilder("   ".repeat(offset));
        String month = String.format("%tm", first);
        for (long t = first; String.format("%tm", t).equals(month); t += DAY) {
            line.append(String.format("%2te ", t));
            if (String.format("%ta", t).equals("Sat")) {
                System.out.println(line.toString().stripTrailing());
                line.setLength(0);
            }
        }
        if (line.length() > 0) {
            System.out.println(line.toString().stripTrailing());
        }
        System.out.println();
    }

    public static void main(String[] args) {
        long[] instants = {0L, 951_782_400_000L, 1_234_567_890_123L, 1_733_529_600_123L, 4_102_444_799_999L,
            -1L, -3_153_600_000_000L, -12_219_292_800_001L, -62_135_596_800_000L};
        System.out.printf("%-16s %-24s %-10s %-8s %-12s %-5s %-4s %s%n", "millis", "%tc", "%tF", "%tT", "%tr", "%tj",
            "%tZ", "%tA %<tB %<te, %<tY");
        for (long t : instants) {
            System.out.printf("%-16d %-24tc %-10tF %-8tT %-12tr %-5tj %-4tZ %tA %<tB %<te, %<tY%n", t, t, t, t, t, t, t, t);
        }
        System.out.println();
        calendar(1_733_529_600_123L);
        calendar(951_782_400_000L);
        calendar(0L);

        long start = 1_700_000_000_000L;
        System.out.println("Rotating log file names:");
        for (int i = 0; i < 6; i++) {
            long t = start + i * 37L * 3_600_000L + i * 61_001L;
            System.out.printf("app-%1$tY%1$tm%1$td-%1$tH%1$tM%1$tS.%1$tL.log  (%1$ts s, %1$tQ ms, %1$tN ns, %1$Tp, %1$tl:%1$tM)%n", t);
        }
        System.out.println(String.format("%TA|%10tb|%-10Tb|%tD|%tR|%ty|%tC|%tz|%tk|%tI|%th", 0L, 0L, 0L, 0L, 0L, 0L, 0L,
                0L, 0L, 0L, 0L));
        Long boxed = 86_400_000L * 59;
        System.out.println(String.format("%tF is day %<tj of %<tY (%<tA)", boxed));
        try {
            System.out.println(String.format("%tF", 5));
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println("int argument: " + e.getMessage());
        }
        System.out.println(String.format("%tY %s", null, "null date"));
    }
}
