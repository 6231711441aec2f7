import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invoice generator with exact money arithmetic: discounts, per-rate VAT and banker's rounding. */
public class BigDecimalInvoice {
    record Line(String sku, String description, BigDecimal unitPrice, BigDecimal quantity, BigDecimal vatRate, BigDecimal discountPct) {}

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }

    static String col(String s, int w, boolean right) {
        StringBuilder sb = new StringBuilder();
        if (right) for (int i = s.length(); i < w; i++) sb.append(' ');
        sb.append(s.length() > w ? s.substring(0, w) : s);
        if (!right) for (int i = s.length(); i < w; i++) sb.append(' ');
        return sb.toString();
    }

    public static void main(String[] args) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("A-100", "Widget, standard", new BigDecimal("19.99"), new BigDecimal("3"), new BigDecimal("20"), BigDecimal.ZERO));
        lines.add(new Line("A-101", "Widget, deluxe", new BigDecimal("49.95"), new BigDecimal("2"), new BigDecimal("20"), new BigDecimal("12.5")));
        lines.add(new Line("B-200", "Coffee beans (kg)", new BigDecimal("23.40"), new BigDecimal("1.375"), new BigDecimal("5.5"), BigDecimal.ZERO));
        lines.add(new Line("B-201", "Tea, loose (kg)", new BigDecimal("31.05"), new BigDecimal("0.250"), new BigDecimal("5.5"), new BigDecimal("5")));
        lines.add(new Line("C-300", "Consulting hour", new BigDecimal("125.00"), new BigDecimal("7.75"), new BigDecimal("20"), new BigDecimal("10")));
        lines.add(new Line("D-400", "Book", new BigDecimal("12.345"), new BigDecimal("4"), BigDecimal.ZERO, BigDecimal.ZERO));
        lines.add(new Line("E-500", "Cable 0.5m", new BigDecimal("0.015"), new BigDecimal("1000"), new BigDecimal("20"), new BigDecimal("33.333")));

        System.out.println(col("SKU", 6, false) + col("Description", 20, false) + col("Qty", 8, true) + col("Price", 9, true)
                + col("Disc%", 7, true) + col("Net", 10, true) + col("VAT%", 6, true));
        BigDecimal netTotal = BigDecimal.ZERO;
        Map<BigDecimal, BigDecimal> netByRate = new LinkedHashMap<>();
        for (Line l : lines) {
            BigDecimal gross = l.unitPrice().multiply(l.quantity());
            BigDecimal discount = gross.multiply(l.discountPct()).divide(HUNDRED);
            BigDecimal net = money(gross.subtract(discount));
            netTotal = netTotal.add(net);
            netByRate.merge(l.vatRate().stripTrailingZeros(), net, BigDecimal::add);
            System.out.println(col(l.sku(), 6, false) + col(l.description(), 20, false) + col(l.quantity().toPlainString(), 8, true)
                    + col(l.unitPrice().toPlainString(), 9, true) + col(l.discountPct().toPlainString(), 7, true)
                    + col(net.toPlainString(), 10, true) + col(l.vatRate().toPlainString(), 6, true));
            System.out.println("      exact gross " + gross + ", discount " + discount + " (scale " + discount.scale() + ")");
        }
        System.out.println();
        BigDecimal vatTotal = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> e : netByRate.entrySet()) {
            BigDecimal vat = money(e.getValue().multiply(e.getKey()).divide(HUNDRED));
            vatTotal = vatTotal.add(vat);
            System.out.println("VAT " + col(e.getKey().toPlainString() + "%", 5, true) + " on " + col(e.getValue().toString(), 9, true) + " = " + vat);
        }
        BigDecimal total = netTotal.add(vatTotal);
        System.out.println("Net total:   " + netTotal);
        System.out.println("VAT total:   " + vatTotal);
        System.out.println("Grand total: " + total);
        // Split into 3 installments; the last absorbs the remainder cents.
        BigDecimal[] parts = new BigDecimal[3];
        BigDecimal each = total.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
        parts[0] = each;
        parts[1] = each;
        parts[2] = total.subtract(each.multiply(BigDecimal.valueOf(2)));
        System.out.println("Installments: " + parts[0] + " + " + parts[1] + " + " + parts[2] + " = " + parts[0].add(parts[1]).add(parts[2]));
        // Currency conversion, quoted to 6 decimals, settled to cents with each rounding mode.
        BigDecimal rate = new BigDecimal("1.084375");
        BigDecimal usd = total.multiply(rate);
        System.out.println("In USD exact: " + usd);
        for (RoundingMode m : RoundingMode.values()) {
            try {
                System.out.println("  " + col(m.toString(), 11, false) + " " + usd.setScale(2, m) + "  negated " + usd.negate().setScale(2, m));
            } catch (ArithmeticException ex) {
                System.out.println("  " + col(m.toString(), 11, false) + " " + ex.getMessage());
            }
        }
        BigDecimal perUnit = total.divide(new BigDecimal("1018.625"), 10, RoundingMode.HALF_EVEN);
        System.out.println("average per unit: " + perUnit + " -> " + perUnit.stripTrailingZeros() + " eq 2dp? " + money(perUnit).equals(new BigDecimal("0.57")));
        try {
            System.out.println(total.divide(BigDecimal.valueOf(7)));
        } catch (ArithmeticException ex) {
            System.out.println("total/7: " + ex.getMessage());
        }
        System.out.println("compare 2.50 vs 2.5: equals=" + new BigDecimal("2.50").equals(new BigDecimal("2.5"))
                + " compareTo=" + new BigDecimal("2.50").compareTo(new BigDecimal("2.5"))
                + " hash " + new BigDecimal("2.50").hashCode() + "/" + new BigDecimal("2.5").hashCode());
    }
}
