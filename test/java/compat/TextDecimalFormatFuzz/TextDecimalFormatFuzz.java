import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.ParseException;
import java.util.Random;

/**
 * A property-style test harness for DecimalFormat: random patterns (affixes, grouping, fraction
 * and exponent parts, negative subpatterns), random rounding modes and digit limits, random
 * values; prints each result, its long variant, the pattern round trip and the re-parsed value.
 */
public class TextDecimalFormatFuzz {
    static final String[] INTS = {"#", "0", "00", "#,##0", "#,###", "000", "#,##,##0", "##0"};
    static final String[] FRACS = {"", ".", ".0", ".00", ".##", ".0#", ".000###", ".#", ".##########"};
    static final String[] EXPS = {"", "", "", "E0", "E00"};
    static final String[] AFFIXES = {"", "$", "'#'", "%", "x ", "'q'''", "(", "-"};

    public static void main(String[] args) {
        Random r = new Random(20261207L);
        RoundingMode[] modes = RoundingMode.values();
        int roundTrips = 0;
        int parsed = 0;
        for (int i = 0; i < 1000; i++) {
            String e = EXPS[r.nextInt(EXPS.length)];
            String ip = INTS[r.nextInt(INTS.length)];
            if (!e.isEmpty()) {
                ip = ip.replace(",", "");
            }
            String p = AFFIXES[r.nextInt(AFFIXES.length)] + ip + FRACS[r.nextInt(FRACS.length)] + e
                    + (r.nextInt(4) == 0 ? " u" : "");
            if (r.nextInt(5) == 0) {
                p = p + ";(" + p + ")";
            }
            double d;
            switch (i % 5) {
                case 0:
                    d = Double.longBitsToDouble(r.nextLong());
                    break;
                case 1:
                    d = (r.nextInt(2_000_001) - 1_000_000) / Math.pow(10, r.nextInt(8));
                    break;
                case 2:
                    d = r.nextDouble() * Math.pow(10, r.nextInt(30) - 15);
                    break;
                case 3:
                    d = (r.nextInt(4001) - 2000) / 8.0;
                    break;
                default:
                    d = r.nextLong() >> r.nextInt(64);
                    break;
            }
            if (Double.isNaN(d)) {
                d = i;
            }
            try {
                DecimalFormat df = new DecimalFormat(p);
                RoundingMode m = modes[r.nextInt(modes.length - 1)];
                df.setRoundingMode(m);
                if (r.nextInt(6) == 0) {
                    df.setMaximumIntegerDigits(r.nextInt(5));
                }
                if (r.nextInt(6) == 0) {
                    df.setMinimumFractionDigits(r.nextInt(4));
                }
                String s = df.format(d);
                String sl = df.format((long) d);
                Number back;
                try {
                    back = df.parse(s);
                    parsed++;
                } catch (ParseException pe) {
                    back = null;
                }
                String pattern = df.toPattern();
                if (new DecimalFormat(pattern).toPattern().equals(pattern)) {
                    roundTrips++;
                }
                System.out.println(p + " " + m + " " + d + " -> " + s.replace('\u2030', 'M') + " | " + sl + " | " + pattern
                        + " | " + back);
            } catch (IllegalArgumentException ex) {
                System.out.println(p + " rejected: " + ex.getMessage());
            }
        }
        System.out.println(parsed + " parsed back, " + roundTrips + " stable patterns");
    }
}
