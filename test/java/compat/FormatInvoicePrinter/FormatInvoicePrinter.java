import java.util.ArrayList;
import java.util.List;

/** Prints invoices with aligned columns, discounts, tax and totals (printf / String.format). */
public class FormatInvoicePrinter {
    record Item(String sku, String description, int quantity, double unitPrice, double discountPct) {
        double gross() {
            return quantity * unitPrice;
        }

        double discount() {
            return gross() * discountPct / 100.0;
        }

        double net() {
            return gross() - discount();
        }
    }

    static final class Invoice {
        final int number;
        final String customer;
        final String address;
        final double taxRate;
        final List<Item> items = new ArrayList<>();

        Invoice(int number, String customer, String address, double taxRate) {
            this.number = number;
            this.customer = customer;
            this.address = address;
            this.taxRate = taxRate;
        }

        Invoice add(String sku, String description, int qty, double price, double discountPct) {
            items.add(new Item(sku, description, qty, price, discountPct));
            return this;
        }
    }

    static final String RULE = "-".repeat(78);

    static void print(Invoice inv) {
        System.out.println(RULE);
        System.out.printf("INVOICE #%06d%50s%n", inv.number, "ACME Supplies Ltd.");
        System.out.printf("Bill to: %-30s Tax rate: %5.2f%%%n", inv.customer, inv.taxRate);
        System.out.printf("         %-30s%n", inv.address);
        System.out.println(RULE);
        System.out.printf("%-8s %-28s %5s %10s %6s %12s%n", "SKU", "Description", "Qty", "Unit", "Disc", "Amount");
        System.out.println(RULE);
        double subtotal = 0;
        double discounts = 0;
        int lines = 0;
        for (Item it : inv.items) {
            String desc = it.description().length() > 28 ? it.description().substring(0, 25) + "..." : it.description();
            System.out.printf("%-8s %-28s %5d %10.2f %5.1f%% %,12.2f%n", it.sku(), desc, it.quantity(), it.unitPrice(),
                    it.discountPct(), it.net());
            subtotal += it.net();
            discounts += it.discount();
            lines++;
        }
        System.out.println(RULE);
        double tax = subtotal * inv.taxRate / 100.0;
        double total = subtotal + tax;
        System.out.printf("%64s %,13.2f%n", "Subtotal:", subtotal);
        System.out.printf("%64s %,13.2f%n", "Discounts given:", discounts);
        System.out.printf("%64s %,13.2f%n", String.format("Tax (%.1f%%):", inv.taxRate), tax);
        System.out.printf("%64s %,13.2f%n", "TOTAL DUE:", total);
        System.out.printf("%d line(s); average line %.3f; largest line %s%n", lines, lines == 0 ? 0.0 : subtotal / lines,
                largest(inv));
        System.out.println();
    }

    static String largest(Invoice inv) {
        Item best = null;
        for (Item it : inv.items) {
            if (best == null || it.net() > best.net()) {
                best = it;
            }
        }
        return best == null ? "n/a" : String.format("%s (%.2f)", best.sku(), best.net());
    }

    public static void main(String[] args) {
        Invoice a = new Invoice(1042, "Wile E. Coyote", "1 Desert Road, Mesa", 8.25)
                .add("RKT-01", "Rocket skates (pair)", 2, 149.99, 0)
                .add("ANV-10", "Anvil, 100 lb, cast iron with extra long handle", 1, 89.5, 10)
                .add("MAG-03", "Giant magnet", 3, 45.125, 5)
                .add("SEED-9", "Bird seed, 5 kg", 12, 3.333, 0)
                .add("TNT-02", "Dynamite kit", 4, 19.995, 12.5);
        Invoice b = new Invoice(7, "Road Runner", "Beep Beep Lane 2", 0)
                .add("SNK-01", "Sneakers", 1, 0.005, 0)
                .add("WTR-55", "Water bottle", 1000, 0.995, 33.333);
        Invoice c = new Invoice(123456, "Empty Corp", "Nowhere", 20);
        print(a);
        print(b);
        print(c);

        // a summary line per invoice, built with String.format and formatted()
        for (Invoice inv : List.of(a, b, c)) {
            double sum = 0;
            for (Item it : inv.items) {
                sum += it.net();
            }
            System.out.println(String.format("%-15s|%8d|%12.2f|%+.2e", inv.customer, inv.items.size(), sum, sum));
            System.out.println("%s owes %.2f".formatted(inv.customer, sum * (1 + inv.taxRate / 100)));
        }
    }
}
