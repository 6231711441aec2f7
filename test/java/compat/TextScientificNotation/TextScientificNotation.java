import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A lab-measurement table in scientific and engineering notation with DecimalFormat. */
public class TextScientificNotation {
    static final String[] PREFIXES = {"f", "p", "n", "u", "m", "", "k", "M", "G", "T"};

    static String siPrefix(double v, String unit) {
        if (v == 0) {
            return "0 " + unit;
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(v)) / 3);
        exp = Math.max(-5, Math.min(4, exp));
        DecimalFormat df = new DecimalFormat("0.###");
        return df.format(v / Math.pow(1000, exp)) + " " + PREFIXES[exp + 5] + unit;
    }

    public static void main(String[] args) {
        String[] patterns = {"0.###E0", "00.##E0", "##0.#####E0", "0.000E00", "#.##E0", "##0.00E0", "0E0", "000E0"};
        double[] measurements = {6.02214076e23, 1.602e-19, 299792458, 0.000345, 12345.6789, 1.0, 0.1, 987654321.123, 42,
            7.0e-9, -3.3e4, 0.0, 1e100, 5e-324};
        StringBuilder head = new StringBuilder(String.format("%-22s", "value"));
        for (String p : patterns) {
            head.append(String.format("%-16s", p));
        }
        System.out.println(head);
        DecimalFormat[] formats = new DecimalFormat[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            formats[i] = new DecimalFormat(patterns[i], DecimalFormatSymbols.getInstance(Locale.US));
        }
        for (double v : measurements) {
            StringBuilder line = new StringBuilder(String.format("%-22s", Double.toString(v)));
            for (DecimalFormat f : formats) {
                line.append(String.format("%-16s", f.format(v)));
            }
            System.out.println(line);
        }
        System.out.println();
        long[] counts = {0, 1, 999, 1000, 123456789, Long.MAX_VALUE, -98765};
        for (long c : counts) {
            StringBuilder line = new StringBuilder(String.format("%-22d", c));
            for (DecimalFormat f : formats) {
                line.append(String.format("%-16s", f.format(c)));
            }
            System.out.println(line);
        }
        System.out.println();
        double[] si = {4.7e-12, 2.2e-9, 0.000047, 0.0033, 1, 47000, 2.2e6, 3.3e9, 1.5e13, 0, -0.015};
        for (double v : si) {
            System.out.printf("%-12s %-12s %-12s%n", Double.toString(v), siPrefix(v, "F"), siPrefix(v, "Ohm"));
        }
        DecimalFormat custom = new DecimalFormat("0.00E0");
        DecimalFormatSymbols sym = custom.getDecimalFormatSymbols();
        sym.setExponentSeparator(" x 10^");
        sym.setMinusSign('~');
        custom.setDecimalFormatSymbols(sym);
        System.out.println(custom.format(0.000123) + " | " + custom.format(-45600) + " | " + custom.toPattern());
    }
}
