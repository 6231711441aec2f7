/** A loan amortization schedule and savings projection, printed with printf. */
public class FormatLoanSchedule {
    static double payment(double principal, double annualRate, int months) {
        double r = annualRate / 12;
        if (r == 0) {
            return principal / months;
        }
        return principal * r / (1 - Math.pow(1 + r, -months));
    }

    static void schedule(double principal, double annualRate, int months, int showEvery) {
        double pay = payment(principal, annualRate, months);
        System.out.printf("Loan %,.2f at %.3f%% for %d months: payment %,.2f%n", principal, annualRate * 100, months, pay);
        System.out.printf("%5s %14s %12s %12s %16s%n", "month", "payment", "interest", "principal", "balance");
        double balance = principal;
        double totalInterest = 0;
        for (int m = 1; m <= months; m++) {
            double interest = balance * annualRate / 12;
            double toPrincipal = pay - interest;
            balance -= toPrincipal;
            totalInterest += interest;
            if (m % showEvery == 0 || m == 1 || m == months) {
                System.out.printf("%5d %,14.2f %,12.2f %,12.2f %,16.2f%n", m, pay, interest, toPrincipal,
                        Math.abs(balance) < 5e-9 ? 0.0 : balance);
            }
        }
        System.out.printf("total interest %,.2f (%.2f%% of principal)%n%n", totalInterest, 100 * totalInterest / principal);
    }

    public static void main(String[] args) {
        schedule(250_000, 0.0425, 360, 60);
        schedule(18_500, 0.069, 60, 12);
        schedule(1_000, 0.0, 10, 5);
        schedule(5_000_000, 0.12, 24, 6);

        System.out.println("Savings projection (monthly deposit 500.00)");
        System.out.printf("%4s %18s %18s %12s%n", "year", "deposited", "balance", "growth");
        double balance = 0;
        for (int year = 1; year <= 30; year++) {
            for (int m = 0; m < 12; m++) {
                balance = balance * (1 + 0.07 / 12) + 500;
            }
            double deposited = 500.0 * 12 * year;
            if (year <= 5 || year % 5 == 0) {
                System.out.printf("%4d %,18.2f %,18.2f %11.1f%%%n", year, deposited, balance,
                        100 * (balance - deposited) / deposited);
            }
        }
        double[] rates = {0.01, 0.025, 0.05, 0.075, 0.1};
        System.out.println();
        System.out.printf("%-8s", "rate");
        for (int y : new int[] {1, 5, 10, 20, 40}) {
            System.out.printf("%14s", y + "y");
        }
        System.out.println();
        for (double r : rates) {
            System.out.printf("%-8s", String.format("%.1f%%", r * 100));
            for (int y : new int[] {1, 5, 10, 20, 40}) {
                System.out.printf("%14.4f", Math.pow(1 + r, y));
            }
            System.out.println();
        }
    }
}
