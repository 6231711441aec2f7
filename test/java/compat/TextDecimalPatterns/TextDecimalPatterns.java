import java.text.DecimalFormat;

/** A pattern playground: many DecimalFormat patterns against many values, with toPattern round trips. */
public class TextDecimalPatterns {
    public static void main(String[] args) {
        String[] patterns = {"#,##0.00", "0.###", "00", "#.##%", "0.00E0", "#.##", "#", "0", "#,###", "$#,##0.00;($#,##0.00)",
            "'#'0", "0.0##'x'", "##0.##E0", "000.000", "#,##,###", "#.", "0.#E00", "00.###E0", "\u00a4\u00a4 0.00", ".00",
            "#,##0.###;-#", "0.00;minus 0.00", "'it''s' 0", "##0.0#E0", "0E0", "#E0", ".###E0", "#,##0.0 'kg'",
            "0.000000", "#,#0", "0.0;[0.0]", "+0;-0", "0.00 %", "#,##0.00 'EUR'"};
        double[] values = {0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.135, 0.145, 1.005, 2.675, 1234.5678, -1234.5678,
            1234567.891, 0.000123456, 1e10, 1.23e-10, 12345, 0.001, -0.001, 99.995, 1e20, Double.NaN, 25, 0.05,
            123456789.0, 3.0E-5};
        long[] longs = {0, 7, -7, 1234567, Long.MAX_VALUE, Long.MIN_VALUE};
        for (String p : patterns) {
            DecimalFormat df = new DecimalFormat(p);
            System.out.println(p.replace("\u00a4", "(C)") + " => " + df.toPattern().replace("\u00a4", "(C)")
                    + " int " + df.getMinimumIntegerDigits() + ".." + df.getMaximumIntegerDigits() + " frac "
                    + df.getMinimumFractionDigits() + ".." + df.getMaximumFractionDigits() + " grouping "
                    + df.getGroupingSize() + "/" + df.isGroupingUsed() + " x" + df.getMultiplier() + " affixes ["
                    + df.getPositivePrefix() + "|" + df.getPositiveSuffix() + "|" + df.getNegativePrefix() + "|"
                    + df.getNegativeSuffix() + "] always. " + df.isDecimalSeparatorAlwaysShown());
            StringBuilder sb = new StringBuilder("   ");
            for (double v : values) {
                sb.append(df.format(v)).append(" | ");
            }
            for (long v : longs) {
                sb.append(df.format(v)).append(" | ");
            }
            System.out.println(sb.toString().replace("\u221e", "INF"));
        }
        System.out.println();
        String[] bad = {"#.#.#", "0#", "#,##0.0#0", "0.0E", "'abc", ";", "%%0", "0,", "0.0,0", "0E#", "#0%%", "0..0", "a;b",
            "0;0;0", "0E-0", "#,"};
        for (String p : bad) {
            try {
                DecimalFormat df = new DecimalFormat(p);
                System.out.println("accepted " + p + " -> " + df.toPattern());
            } catch (IllegalArgumentException e) {
                System.out.println("rejected " + e.getMessage());
            }
        }
        System.out.println();
        DecimalFormat df = new DecimalFormat("#,##0.00");
        df.setGroupingSize(4);
        System.out.println(df.format(123456789.5) + " " + df.toPattern());
        df.setGroupingUsed(false);
        df.setMinimumIntegerDigits(12);
        System.out.println(df.format(123456789.5) + " " + df.toPattern());
        df.applyPattern("0.0##E0");
        System.out.println(df.format(0.000123456) + " " + df.format(98765) + " " + df.toPattern());
        df.setDecimalSeparatorAlwaysShown(true);
        df.applyPattern("#");
        df.setDecimalSeparatorAlwaysShown(true);
        System.out.println(df.format(42) + " " + df.toPattern());
        df.setPositivePrefix("pos ");
        df.setNegativePrefix("neg ");
        df.setNegativeSuffix(" !");
        System.out.println(df.format(42) + " " + df.format(-42) + " " + df.toPattern());
        df.setMultiplier(-3);
        System.out.println(df.format(42) + " " + df.format(-42.5) + " " + df.getMultiplier());
        try {
            df.setGroupingSize(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("setGroupingSize(-1): " + e.getMessage());
        }
        DecimalFormat copy = (DecimalFormat) df.clone();
        System.out.println("clone equal: " + copy.equals(df) + ", after change: " + (copy.equals(new DecimalFormat("#"))));
    }
}
