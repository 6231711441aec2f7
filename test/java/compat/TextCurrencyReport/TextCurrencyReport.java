import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A quarterly sales report formatted with DecimalFormat: money, percentages, growth, per-mille shares. */
public class TextCurrencyReport {
    record Region(String name, double[] quarters) {
        double total() {
            double t = 0;
            for (double q : quarters) {
                t += q;
            }
            return t;
        }
    }

    public static void main(String[] args) {
        DecimalFormat money = new DecimalFormat("$#,##0.00;($#,##0.00)");
        DecimalFormat pct = new DecimalFormat("+#,##0.0%;-#,##0.0%");
        DecimalFormat share = new DecimalFormat("0.0' pm'");
        share.setMultiplier(1000);
        DecimalFormat compact = new DecimalFormat("#,##0.#");
        DecimalFormat units = new DecimalFormat("00000");
        List<Region> regions = new ArrayList<>();
        regions.add(new Region("North", new double[] {125000.5, 130250.255, 98000.0, 150321.125}));
        regions.add(new Region("South", new double[] {88000.0, 79000.994, 81234.005, 90000.015}));
        regions.add(new Region("East", new double[] {-1500.5, 2000.0, 0.0, 450.125}));
        regions.add(new Region("West", new double[] {1e6, 1.25e6, 999999.995, 2.5e6}));
        regions.add(new Region("Online", new double[] {0.004, 0.005, 0.015, 0.025}));

        double grand = 0;
        for (Region r : regions) {
            grand += r.total();
        }
        StringBuilder header = new StringBuilder(pad("Region", -8));
        for (int q = 1; q <= 4; q++) {
            header.append(pad("Q" + q, 16));
        }
        header.append(pad("Total", 18)).append(pad("Share", 10));
        System.out.println(header);
        for (Region r : regions) {
            StringBuilder line = new StringBuilder(pad(r.name(), -8));
            for (double q : r.quarters()) {
                line.append(pad(money.format(q), 16));
            }
            line.append(pad(money.format(r.total()), 18));
            line.append(pad(share.format(r.total() / grand), 10));
            System.out.println(line);
        }
        System.out.println(pad("All", -8) + pad(money.format(grand), 82));
        System.out.println();

        System.out.println("Quarter-over-quarter growth");
        for (Region r : regions) {
            StringBuilder line = new StringBuilder(pad(r.name(), -8));
            double[] q = r.quarters();
            for (int i = 1; i < q.length; i++) {
                line.append(pad(q[i - 1] == 0 ? "n/a" : pct.format((q[i] - q[i - 1]) / Math.abs(q[i - 1])), 12));
            }
            System.out.println(line);
        }
        System.out.println();

        System.out.println("Rounding of half cents (default HALF_EVEN vs HALF_UP vs DOWN)");
        DecimalFormat halfUp = (DecimalFormat) money.clone();
        halfUp.setRoundingMode(RoundingMode.HALF_UP);
        DecimalFormat down = (DecimalFormat) money.clone();
        down.setRoundingMode(RoundingMode.DOWN);
        double[] cents = {0.125, 0.135, 0.145, 2.675, 1.005, 10.555, -0.125, 1234.565, 0.5, 99.995};
        for (double c : cents) {
            System.out.println(pad(Double.toString(c), 10) + pad(money.format(c), 14) + pad(halfUp.format(c), 14)
                    + pad(down.format(c), 14));
        }
        System.out.println();

        NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
        NumberFormat number = NumberFormat.getNumberInstance(Locale.US);
        number.setMaximumFractionDigits(2);
        number.setMinimumFractionDigits(2);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.US);
        percent.setMinimumFractionDigits(1);
        System.out.println("Totals: " + usd.format(grand) + " | " + number.format(grand) + " | avg share "
                + percent.format(1.0 / regions.size()));
        System.out.println("Units shipped: " + units.format(42) + ", " + units.format(1234567) + ", " + compact.format(1234.56)
                + ", " + compact.format(0.04));
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.US);
        symbols.setGroupingSeparator('\'');
        symbols.setDecimalSeparator(',');
        DecimalFormat swiss = new DecimalFormat("#,##0.00", symbols);
        System.out.println("Swiss-style: " + swiss.format(grand) + " pattern " + swiss.toPattern() + " / "
                + money.toPattern() + " / " + pct.toPattern() + " / " + share.toPattern());
    }

    /** Right-aligns (positive width) or left-aligns (negative width) without String.format. */
    static String pad(String s, int width) {
        int w = Math.abs(width);
        if (s.length() >= w) {
            return s;
        }
        String spaces = " ".repeat(w - s.length());
        return width < 0 ? s + spaces : spaces + s;
    }
}
