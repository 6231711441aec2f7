import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Savings and loan calculator: compound interest table and a mortgage amortization schedule. */
public class BigDecimalCompoundInterest {
    static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);

    static String pad(Object o, int w) {
        String s = String.valueOf(o);
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < w; i++) sb.append(' ');
        return sb.append(s).toString();
    }

    public static void main(String[] args) {
        BigDecimal principal = new BigDecimal("10000.00");
        String[] rates = {"0.5", "1.25", "3", "4.875", "7.2"};
        System.out.println("Year" + pad("0.5%", 12) + pad("1.25%", 12) + pad("3%", 12) + pad("4.875%", 12) + pad("7.2%", 12));
        BigDecimal[] balances = new BigDecimal[rates.length];
        for (int i = 0; i < rates.length; i++) balances[i] = principal;
        for (int year = 1; year <= 30; year++) {
            StringBuilder row = new StringBuilder(pad(year, 4));
            for (int i = 0; i < rates.length; i++) {
                BigDecimal monthly = new BigDecimal(rates[i]).divide(new BigDecimal("1200"), MC);
                for (int m = 0; m < 12; m++) {
                    balances[i] = balances[i].add(balances[i].multiply(monthly)).setScale(2, RoundingMode.HALF_EVEN);
                }
                row.append(pad(balances[i], 12));
            }
            if (year <= 5 || year % 5 == 0) System.out.println(row);
        }
        // Closed form for comparison: P(1+r/12)^(360)
        for (String r : rates) {
            BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(r).divide(new BigDecimal("1200"), MC));
            BigDecimal closed = principal.multiply(factor.pow(360, MC)).setScale(2, RoundingMode.HALF_EVEN);
            System.out.println("closed form " + r + "%: " + closed + " (pow exact digits " + factor.pow(12).precision() + ")");
        }
        System.out.println();
        // Mortgage: payment = P*r / (1 - (1+r)^-n)
        BigDecimal loan = new BigDecimal("250000");
        BigDecimal r = new BigDecimal("6.5").divide(new BigDecimal("1200"), MC);
        int n = 360;
        BigDecimal onePlus = BigDecimal.ONE.add(r);
        BigDecimal payment = loan.multiply(r).divide(BigDecimal.ONE.subtract(onePlus.pow(-n, MC)), MC).setScale(2, RoundingMode.UP);
        System.out.println("Monthly payment: " + payment);
        BigDecimal balance = loan, totalInterest = BigDecimal.ZERO;
        System.out.println("  #   interest  principal      balance");
        for (int k = 1; k <= n && balance.signum() > 0; k++) {
            BigDecimal interest = balance.multiply(r).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal toPrincipal = payment.subtract(interest).min(balance);
            balance = balance.subtract(toPrincipal);
            totalInterest = totalInterest.add(interest);
            if (k <= 3 || k % 60 == 0 || k >= n - 1) {
                System.out.println(pad(k, 3) + pad(interest, 11) + pad(toPrincipal, 11) + pad(balance, 13));
            }
        }
        System.out.println("Total interest: " + totalInterest + ", remaining " + balance);
        BigDecimal apr = new BigDecimal("6.5");
        BigDecimal ear = BigDecimal.ONE.add(apr.divide(new BigDecimal("1200"), MC)).pow(12, MC).subtract(BigDecimal.ONE).movePointRight(2);
        System.out.println("Effective annual rate: " + ear.round(new MathContext(8)) + "% engineering " + ear.round(new MathContext(3)).toEngineeringString());
        System.out.println("Rule of 72 vs exact doubling years at 6.5%: " + new BigDecimal(72).divide(apr, 2, RoundingMode.HALF_UP)
                + " vs " + new BigDecimal(Math.log(2) / Math.log(1 + 0.065)).setScale(2, RoundingMode.HALF_UP));
    }
}
