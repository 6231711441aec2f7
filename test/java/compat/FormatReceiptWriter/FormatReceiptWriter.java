import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Formatter;
import java.util.Locale;

/** Builds receipts through Formatter objects, PrintWriter.printf and StringBuilder appendables. */
public class FormatReceiptWriter {
    static String receipt(String store, String[] items, int[] qty, double[] price) {
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        out.printf("%s%n", center(store, 32));
        out.printf("%s%n", "=".repeat(32));
        double total = 0;
        for (int i = 0; i < items.length; i++) {
            double line = qty[i] * price[i];
            total += line;
            out.printf("%-18.18s%3dx%10.2f%n", items[i], qty[i], line);
        }
        out.printf("%s%n", "-".repeat(32));
        out.format("%-21s%11.2f%n", "TOTAL", total);
        out.format(Locale.ROOT, "%-21s%11.2f%n", "VAT incl. 19%", total * 19 / 119);
        out.flush();
        return sw.toString();
    }

    static String center(String s, int width) {
        int left = (width - s.length()) / 2;
        return String.format("%" + (left + s.length()) + "s", s);
    }

    public static void main(String[] args) {
        System.out.print(receipt("CORNER SHOP", new String[] {"Milk 1l", "Bread, wholegrain sourdough", "Eggs (10)", "Apples"},
                new int[] {2, 1, 1, 6}, new double[] {1.09, 3.495, 2.99, 0.35}));
        System.out.println();

        // a Formatter accumulating into a StringBuilder
        StringBuilder sb = new StringBuilder("LOG:");
        Formatter f = new Formatter(sb);
        for (int i = 0; i < 5; i++) {
            f.format(" [%d:%s]", i, Integer.toBinaryString(i));
        }
        System.out.println(f.toString());
        System.out.println("same object: " + (f.out() == sb) + ", locale " + f.locale() + ", ioException " + f.ioException());
        f.flush();
        f.close();
        f.close();

        // a Formatter with its own StringBuilder and an explicit locale
        Formatter g = new Formatter(Locale.US);
        g.format("%08.3f|", Math.PI).format("%-6b|", true).format("%S|", "done");
        System.out.println(g);

        // Formatter writing straight to System.out
        Formatter console = new Formatter(System.out);
        console.format("console: %s %d %.1f%n", "direct", 42, 2.25);
        console.flush();

        // PrintWriter with auto-flush over System.out
        PrintWriter pw = new PrintWriter(System.out, true);
        pw.printf("auto-flushed %s%n", "printf");
        pw.format(Locale.GERMANY, "german %,.2f%n", 1234567.891);

        // String.format with every argument type in one go
        Object[] all = {"str", 'c', 1, 2L, (short) 3, (byte) 4, 5.5f, 6.25, true, null};
        System.out.println(String.format("%s %c %d %d %d %d %.1f %.2f %b %s", all));
        System.out.printf("%s%n", (Object) new String[] {"array", "as", "one"}.length);
        System.out.printf("no args at all%n");
        System.out.printf("%n");
        System.out.println(String.format("%-10s|%10s|", "left", "right").length());
    }
}
